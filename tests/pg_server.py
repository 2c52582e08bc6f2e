"""A throwaway PostgreSQL server for the tests: Debian's binaries, a cluster in a temporary
folder, trust authentication on 127.0.0.1 only, a free port.

``.ci/run`` starts one the same way and exports ``CERCLE_TEST_PG``; without it, the test
run starts its own (once per run, shared by pytest-xdist's workers) when the binaries
exist, and the PostgreSQL variants skip, saying why, when they do not.

Run as a script (``python -m tests.pg_server start FOLDER``) it prints the URL of a server
started in FOLDER; ``stop FOLDER`` stops it.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock
from sqlalchemy.pool import NullPool

from app.store.address import ServerDatabase

ENV_URL = "CERCLE_TEST_PG"


def binaries() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: on the PATH, else Debian's newest."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_owner(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the ``postgres`` user."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@dataclass(frozen=True)
class Server:
    folder: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        bin_dir = binaries()
        if bin_dir is None:
            return
        subprocess.run(
            _as_owner(
                [
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(self.folder / "data"),
                    "-m",
                    "immediate",
                    "stop",
                ]
            ),
            capture_output=True,
            check=False,
        )


def start(folder: Path) -> Server:
    """Initialise a cluster in ``folder`` and start it; returns when it accepts connections."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL binaries (initdb, pg_ctl)")
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
    subprocess.run(
        _as_owner(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        ),
        capture_output=True,
        check=True,
    )
    # trust on 127.0.0.1 only: no other address is listened to.
    (data / "pg_hba.conf").write_text("host all all 127.0.0.1/32 trust\n", encoding="utf-8")
    if os.geteuid() == 0:
        shutil.chown(data / "pg_hba.conf", "postgres")
    for _attempt in range(5):  # a port taken between the probe and the start: another one
        port = free_port()
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={sockets} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        started = subprocess.run(
            _as_owner(
                [
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-l",
                    str(folder / "server.log"),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            ),
            capture_output=True,
            check=False,
        )
        if started.returncode == 0:
            return Server(folder, port)
        time.sleep(0.2)
    log = (folder / "server.log").read_text(encoding="utf-8", errors="replace")[-2000:]
    raise RuntimeError(f"PostgreSQL did not start:\n{log}")


def worker() -> str:
    """pytest-xdist's worker ("gw0", "gw1"…), or "main" without xdist."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def database_name(stem: str) -> str:
    """A database name of this worker's own (workers share one server)."""
    return f"{stem}_{worker()}".lower()


@contextmanager
def shared_server(basetemp: Path) -> Iterator[str]:
    """The URL of the run's server: ``CERCLE_TEST_PG``, else one started for the run.

    Under pytest-xdist every worker's basetemp has the same parent: the first worker starts
    the server there, the others use it, the last one to finish stops it.
    """
    import pytest

    given = os.environ.get(ENV_URL)
    if given:
        yield given
        return
    if binaries() is None:
        pytest.skip(
            "PostgreSQL is not installed (no initdb/pg_ctl on the PATH or under "
            "/usr/lib/postgresql): apt-get install postgresql, or set CERCLE_TEST_PG"
        )
    shared = basetemp.parent if "PYTEST_XDIST_WORKER" in os.environ else basetemp
    state = shared / "postgresql.json"
    with FileLock(str(shared / "postgresql.lock")):
        if state.exists():
            known = json.loads(state.read_text(encoding="utf-8"))
        else:
            # Not under pytest's basetemp: that folder is private to root, and the server
            # runs as the postgres user when the tests run as root.
            server = start(Path(tempfile.mkdtemp(prefix="cercle-test-pg-")))
            known = {"folder": str(server.folder), "port": server.port, "users": 0}
        known["users"] += 1
        state.write_text(json.dumps(known), encoding="utf-8")
    server = Server(Path(known["folder"]), int(known["port"]))
    try:
        yield server.url
    finally:
        with FileLock(str(shared / "postgresql.lock")):
            known = json.loads(state.read_text(encoding="utf-8"))
            known["users"] -= 1
            if known["users"] <= 0:
                server.stop()
                state.unlink()
                shutil.rmtree(server.folder, ignore_errors=True)
            else:
                state.write_text(json.dumps(known), encoding="utf-8")


def _admin(url: str) -> Any:
    from sqlalchemy import create_engine

    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def location(url: str, name: str) -> ServerDatabase:
    from sqlalchemy import make_url

    return ServerDatabase(make_url(url).set(database=name))


def _run(url: str, *statements: str) -> None:
    from sqlalchemy import text

    engine = _admin(url)
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def recreate(url: str, name: str) -> None:
    _run(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')


def create_from(url: str, name: str, template: str) -> None:
    _run(url, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def drop(url: str, name: str) -> None:
    _run(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- databases given back and emptied ------------------------------------------------------------
# A copy of the template costs the server 0.3-0.7 s of work (8 MB copied through its log, and
# as much to drop it), on a machine whose two cores the tests already fill; emptying a used
# copy with TRUNCATE costs about 0.1 s. TRUNCATE, not DELETE: a table emptied by DELETE keeps
# its pages, new rows land in the holes, and rows that tie in an ORDER BY come back in
# another order than in a new database (it made a capture test fail). A copy is emptied and
# given to the next test only when everything but the rows is still what the template had
# (the schema, its functions, rights and settings, alembic's revision): a test that changed
# any of it has its copy dropped, as before.

FINGERPRINT = """
SELECT md5(coalesce(string_agg(item, E'\\n' ORDER BY item), '')) FROM (
    SELECT 'schema ' || nspname || ' ' || coalesce(nspacl::text, '') AS item
    FROM pg_namespace WHERE nspname !~ '^pg_' AND nspname <> 'information_schema'
  UNION ALL
    SELECT 'relation ' || c.oid::regclass::text || ' ' || c.relkind::text || ' '
        || coalesce(c.relacl::text, '') || ' ' || coalesce(c.reloptions::text, '')
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
  UNION ALL
    SELECT 'column ' || a.attrelid::regclass::text || ' ' || a.attname || ' '
        || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull::text || ' '
        || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped
      AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
  UNION ALL
    SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' '
        || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace::regnamespace::text !~ '^pg_'
  UNION ALL
    SELECT 'index ' || indexdef FROM pg_indexes
    WHERE schemaname !~ '^pg_' AND schemaname <> 'information_schema'
  UNION ALL
    SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL
    SELECT 'function ' || p.oid::regprocedure::text || ' ' || md5(p.prosrc)
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
  UNION ALL
    SELECT 'extension ' || extname || ' ' || extversion FROM pg_extension
  UNION ALL
    SELECT 'search ' || cfgname FROM pg_ts_config
  UNION ALL
    SELECT 'settings ' || coalesce(setconfig::text, '') FROM pg_db_role_setting
    WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
  UNION ALL
    SELECT 'database ' || coalesce(datacl::text, '') FROM pg_database
    WHERE datname = current_database()
  UNION ALL
    SELECT 'revision ' || version_num FROM alembic_version
) AS everything
"""

DATA_TABLES = """
SELECT tablename FROM pg_tables
WHERE schemaname = 'public' AND tablename <> 'alembic_version' ORDER BY tablename
"""


class Recycler:
    """This worker's copies of the template: one taken per test, emptied when given back."""

    def __init__(self, url: str, template: str) -> None:
        from sqlalchemy import text

        self.url, self.template = url, template
        self.free: list[str] = []
        engine = _admin(location(url, template).url)
        try:
            with engine.connect() as connection:
                self.fingerprint = connection.execute(text(FINGERPRINT)).scalar_one()
                self.tables = list(connection.execute(text(DATA_TABLES)).scalars())
                for table in self.tables:  # emptied, not restored: the template has no row
                    if connection.execute(text(f'SELECT EXISTS (SELECT FROM "{table}")')).scalar():
                        raise RuntimeError(f"the template's {table} holds rows")
        finally:
            engine.dispose()
        names = ", ".join(f'"{table}"' for table in self.tables)
        self.truncate = f"TRUNCATE {names} RESTART IDENTITY"

    def take(self) -> str:
        """A database at the template's state, of this test's own."""
        if self.free:
            return self.free.pop()
        import uuid

        name = database_name("t_" + uuid.uuid4().hex[:12])
        create_from(self.url, name, self.template)
        return name

    def give_back(self, name: str) -> None:
        """Emptied for the next test when only its rows changed, else dropped."""
        if self._emptied(name):
            self.free.append(name)
        else:
            drop(self.url, name)

    def _emptied(self, name: str) -> bool:
        from sqlalchemy import text
        from sqlalchemy.exc import SQLAlchemyError

        engine = _admin(location(self.url, name).url)
        try:
            with engine.connect() as connection:
                connection.execute(  # what a test left connected (a Cercle that "disappeared")
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
                connection.execute(text("SET lock_timeout = '5s'"))
                if connection.execute(text(FINGERPRINT)).scalar_one() != self.fingerprint:
                    return False
                connection.execute(text(self.truncate))
            return True
        except SQLAlchemyError:
            return False
        finally:
            engine.dispose()

    def close(self) -> None:
        """Drops the copies not in use."""
        for name in self.free:
            drop(self.url, name)
        self.free.clear()


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: python -m tests.pg_server start|stop FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    if argv[0] == "start":
        print(start(folder).url)
        return 0
    bin_dir = binaries()
    if bin_dir is not None:
        subprocess.run(
            _as_owner([str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "stop"]),
            check=False,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
