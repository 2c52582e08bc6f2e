"""SQLite beside PostgreSQL on the same generated data: a live command late in a 3-hour
session, and search as you type. Prints figures, gates nothing.

The data is generated once into SQLite files under .bench/ (``app.synthetic``; the session
by ``bench.engine.build``), then copied row by row into a fresh database on a PostgreSQL
server through SQLAlchemy Core, so both backends hold exactly the same rows. The server is
``CERCLE_BENCH_PG`` (a URL of a server where this role may create databases) or one started
for the run on 127.0.0.1 with Debian's binaries (``tests/pg_server.py``, the tests' own);
without either, the PostgreSQL column says why it is missing.

    .venv/bin/python -m bench.backends [--runs 300] [--entries 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, make_url, select, text

from app.clock import FakeClock
from app.engine.session import SessionEngine
from app.methods import load_methods
from app.repertoire_search import search
from app.store import Store, open_store
from app.store.address import ServerDatabase
from bench.cache import CACHE
from bench.cache import repertoire as cached_repertoire
from bench.engine import build, percentile
from bench.repertoire import QUERIES
from models import Base, Meeting, MeetingStatus, SpeakingTurn

ENV_URL = "CERCLE_BENCH_PG"
SESSION_TURNS = 1800  # a 3-hour session late in its course (issue 17's measure: 1,866)


# --- the same data on both -----------------------------------------------------------------------


def session_file() -> Path:
    """A running 3-hour session with 15 present and ``SESSION_TURNS`` turns (built once)."""
    path = CACHE / f"session-{SESSION_TURNS}.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        with tempfile.TemporaryDirectory() as folder:
            engine, _clock, _people = build(Path(folder), 15, SESSION_TURNS)
            engine.store.close()
            shutil.copy(Path(folder) / "bench.sqlite3", path)
    return path


def repertoire_file(entries: int) -> Path:
    """One network of ``entries`` repertoire entries (bench/__main__'s own at 100k)."""
    return cached_repertoire(entries)


def copy_rows(source: Engine, target: Engine, batch: int = 5000) -> int:
    """Every row of Cercle's tables from ``source`` into ``target`` (migrated, empty)."""
    copied = 0
    with source.connect() as reading, target.begin() as writing:
        for table in Base.metadata.sorted_tables:
            result = reading.execution_options(stream_results=True).execute(select(table))
            while rows := result.mappings().fetchmany(batch):
                writing.execute(insert(table), [dict(r) for r in rows])
                copied += len(rows)
        if target.dialect.name == "postgresql":
            writing.execute(text("ANALYZE"))
    return copied


@contextmanager
def server() -> Iterator[str]:
    """The URL of a PostgreSQL server: ``CERCLE_BENCH_PG``, else Cercle's bench cluster in
    .bench/postgresql (created the first time, started for the run, stopped after)."""
    given = os.environ.get(ENV_URL)
    if given:
        yield given
        return
    from tests import pg_server

    if pg_server.binaries() is None:
        raise RuntimeError(
            "no PostgreSQL binaries (apt-get install postgresql, or set CERCLE_BENCH_PG)"
        )
    folder = (CACHE / "postgresql").resolve()
    if (folder / "data").exists():
        started = _restart(folder)
    else:
        shutil.rmtree(folder, ignore_errors=True)
        started = pg_server.start(folder)
    try:
        yield started.url
    finally:
        started.stop()


def _restart(folder: Path) -> Any:
    """Start the existing cluster in ``folder`` on a free port (tests/pg_server's options)."""
    import subprocess

    from tests import pg_server

    bin_dir = pg_server.binaries()
    assert bin_dir is not None
    port = pg_server.free_port()
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={folder / 'sockets'}"
    )
    subprocess.run(
        pg_server._as_owner(
            [
                *(str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-o", options),
                *("-l", str(folder / "server.log"), "-w", "-t", "60", "start"),
            ]
        ),
        capture_output=True,
        check=True,
    )
    return pg_server.Server(folder, port)


@contextmanager
def server_copy(url: str, source: Path) -> Iterator[tuple[Store, float]]:
    """A fresh database on the server holding ``source``'s rows, and the seconds the copy
    took (0 when an earlier run's copy of the same file serves as the template)."""
    from tests import pg_server

    stamp = f"{source.stat().st_mtime_ns:x}"[-8:]
    template = f"bench_{source.stem.replace('-', '_')}_{stamp}"
    seconds = 0.0
    if not _exists(url, template):
        pg_server.recreate(url, template)
        with open_store(ServerDatabase(make_url(url).set(database=template))) as store:
            reading = open_store(source)
            try:
                start = time.perf_counter()
                copy_rows(reading.engine, store.engine)
                seconds = time.perf_counter() - start
            finally:
                reading.close()
    name = "cercle_bench_" + uuid.uuid4().hex[:10]
    pg_server.create_from(url, name, template)
    try:
        with open_store(ServerDatabase(make_url(url).set(database=name))) as store:
            yield store, seconds
    finally:
        pg_server.drop(url, name)


def _exists(url: str, name: str) -> bool:
    from tests import pg_server

    engine = pg_server._admin(url)
    try:
        with engine.connect() as connection:
            found = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            ).scalar()
    finally:
        engine.dispose()
    return found is not None


@contextmanager
def file_copy(source: Path) -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / source.name
        shutil.copy(source, path)
        with open_store(path) as store:
            yield store


# --- the measures ---------------------------------------------------------------------------------


def give_floor(store: Store, runs: int) -> list[float]:
    """Milliseconds of give_floor incl. its commit and re-read, late in the session."""
    with store.session() as db:
        meeting_id = db.scalars(
            select(Meeting.id).where(Meeting.status == MeetingStatus.RUNNING)
        ).one()
        last = db.scalar(select(func.max(SpeakingTurn.started_at)))
    assert last is not None
    clock = FakeClock(last)
    engine = SessionEngine(store, meeting_id, clock, load_methods())
    people = sorted(engine.facts.names)
    rng = random.Random(11)
    samples = []
    for _ in range(runs):
        clock.advance(rng.uniform(5, 40))
        chosen = rng.choice(people)
        t0 = time.perf_counter()
        engine.give_floor(chosen)
        samples.append((time.perf_counter() - t0) * 1000)
    return samples


def searches(store: Store, rounds: int) -> list[float]:
    samples = []
    with store.session() as db:
        for _ in range(rounds):
            for queries in QUERIES.values():
                for query in queries:
                    t0 = time.perf_counter()
                    search(db, query)
                    samples.append((time.perf_counter() - t0) * 1000)
    return samples


Measure = Callable[[Store], list[float]]


@dataclass
class Compared:
    sqlite: list[float]
    server: list[float] = field(default_factory=list)  # empty: no server
    copy_seconds: float = 0.0

    def figure(self, fraction: float, on_server: bool) -> float:
        samples = self.server if on_server else self.sqlite
        return statistics.median(samples) if fraction == 0.5 else percentile(samples, fraction)


def compare(url: str | None, source: Path, measure: Measure) -> Compared:
    """``measure`` on a copy of ``source`` in SQLite, then on a copy on the server."""
    with file_copy(source) as store:
        result = Compared(measure(store))
    if url is not None:
        with server_copy(url, source) as (store, seconds):
            result.server, result.copy_seconds = measure(store), seconds
    return result


def table(runs: int, entries: int, rounds: int) -> list[str]:
    """The comparison's lines, ready to print."""
    session, repertoire = session_file(), repertoire_file(entries)
    with _server_or_reason() as (url, reason):
        floor = compare(url, session, lambda s: give_floor(s, runs))
        found = compare(url, repertoire, lambda s: searches(s, rounds))
    where = "PostgreSQL on 127.0.0.1" if url else f"PostgreSQL unavailable: {reason}"
    lines = [
        f"Backends on the same rows: SQLite file vs {where}",
        f"{'figure':56} {'SQLite':>9} {'PostgreSQL':>11} {'PG/SQLite':>9}",
    ]
    rows = (
        (f"give the floor, {SESSION_TURNS:,} turns in, incl. commit, median", floor, 0.5),
        (f"give the floor, {SESSION_TURNS:,} turns in, incl. commit, p99", floor, 0.99),
        (f"search as you type, {entries:,} entries, median", found, 0.5),
        (f"search as you type, {entries:,} entries, p95", found, 0.95),
    )
    for label, compared, fraction in rows:
        lite = compared.figure(fraction, on_server=False)
        if compared.server:
            pg = compared.figure(fraction, on_server=True)
            lines.append(f"{label:56} {lite:7.2f}ms {pg:9.2f}ms {pg / lite:8.2f}×")
        else:
            lines.append(f"{label:56} {lite:7.2f}ms {'—':>11} {'—':>9}")
    if found.server:
        lines.append(
            f"({len(found.sqlite)} queries, {len(floor.sqlite)} commands per backend"
            + (
                f"; the {entries:,} entries copied SQLite → PostgreSQL in "
                f"{found.copy_seconds:.1f} s, kept in .bench/postgresql for the next runs)"
                if found.copy_seconds
                else ")"
            )
        )
    return lines


@contextmanager
def _server_or_reason() -> Iterator[tuple[str | None, str]]:
    try:
        context = server()
        url = context.__enter__()
    except Exception as error:  # a missing or broken server is a line of the table
        yield None, str(error).splitlines()[0] if str(error) else type(error).__name__
        return
    try:
        yield url, ""
    finally:
        context.__exit__(None, None, None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300, help="commands per backend")
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the search queries")
    args = parser.parse_args()
    for line in table(args.runs, args.entries, args.rounds):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
