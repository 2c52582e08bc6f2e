"""Whatever file is found where the database should be, every command answers in one
sentence, fails, prints no traceback, leaves the file's bytes as they were, and never hangs.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.planning import add_member, create_network
from app.store import AlreadyOpenError, CorruptDatabaseError, open_store
from app.store.backup import make_backup
from app.store.safety import check_database, latest_good_backup
from tests.conftest import START
from tests.test_store import read_only_folder_with_a_database

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 20  # seconds for any one command: far beyond what a refusal takes


def sound_database(path: Path, template: Path | None = None) -> Path:
    if template is not None:
        shutil.copy(template, path)
    else:
        with open_store(path):
            pass
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for suffix in ("-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def corrupt_an_index(path: Path) -> None:
    """Change one byte of a key inside an index page: ``quick_check`` still says ok, only
    ``integrity_check`` sees the row missing from its index."""
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_memberships_member_id'"
    ).fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    page = (root - 1) * page_size
    cell = page + int.from_bytes(data[page + 8 : page + 10], "big")
    for at in range(cell, cell + 60):
        if chr(data[at]) in "123456789abcdef":
            data[at] = ord("0")
            break
    path.write_bytes(bytes(data))


def corrupt_a_page(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(bytes(range(256)) * 16)


def bytes_of(path: Path) -> object:
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    if path.is_fifo():
        return "fifo"
    return path.read_bytes()


def foreign_sqlite(path: Path, _template: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()


def newer_schema(path: Path, template: Path) -> None:
    sound_database(path, template)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()


def truncated(path: Path, template: Path) -> None:
    sound_database(path, template)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


# The kinds of bad file made in place, from nothing or from a sound database.
MAKERS: dict[str, Callable[[Path, Path], object]] = {
    "random bytes": lambda path, _t: path.write_bytes(os.urandom(8192)),
    "truncated": truncated,
    "foreign SQLite": foreign_sqlite,
    "newer schema": newer_schema,
    "0 bytes": lambda path, _t: path.write_bytes(b""),
    "directory": lambda path, _t: path.mkdir(),
    "fifo": lambda path, _t: os.mkfifo(path),
    "index corruption": lambda path, t: corrupt_an_index(sound_database(path, t)),
    "corrupted page": lambda path, t: corrupt_a_page(sound_database(path, t)),
}


@contextmanager
def bad_file(kind: str, folder: Path, template: Path) -> Iterator[Path]:
    """A file of ``kind`` at a database's place (a real Cercle database where it matters)."""
    path = folder / "cercle.sqlite3"
    with ExitStack() as stack:
        if kind == "read-only folder":
            path = stack.enter_context(read_only_folder_with_a_database())
        elif kind == "symbolic link":  # to a database open in another Cercle
            real = sound_database(folder / "real.sqlite3", template)
            path.symlink_to(real)
            stack.enter_context(open_store(real))
        elif kind in MAKERS:
            MAKERS[kind](path, template)
        else:
            raise AssertionError(kind)
        yield path


KINDS = (
    "random bytes", "truncated", "foreign SQLite", "newer schema", "read-only folder", "0 bytes",
    "directory", "fifo", "symbolic link", "index corruption", "corrupted page",
)  # fmt: skip
# The command line's commands on the bad file (the window is tried in a real process).
COMMANDS: dict[str, Callable[[Path, Path], list[str]]] = {
    "info": lambda db, _out: ["--db", str(db), "info"],
    "demo": lambda db, _out: ["--db", str(db), "demo"],
    "check": lambda db, _out: ["--db", str(db), "check"],
    "backup": lambda db, _out: ["--db", str(db), "backup"],
    "restore": lambda db, out: ["--db", str(out / "target.sqlite3"), "restore", str(db), "--yes"],
    "export-minutes": lambda db, out: ["--db", str(db), "export-minutes", "--session", "1",
                                       "--out", str(out / "cr.pdf")],
    "export-booklet": lambda db, out: ["--db", str(db), "export-booklet", "--out",
                                       str(out / "livret.pdf")],
    "import-members": lambda db, out: ["--db", str(db), "import-members", str(out / "m.csv"),
                                       "--network", "R"],
}  # fmt: skip
# What is still fine to do with such a file: `check`, `restore` (from it) and `info` read a
# file in a read-only folder, or follow a link to a database that another Cercle holds
# (reading needs no lock and writes nothing: app.cli_reading).
ACCEPTED = {
    ("read-only folder", "check"), ("read-only folder", "restore"), ("read-only folder", "info"),
    ("symbolic link", "check"), ("symbolic link", "restore"), ("symbolic link", "info"),
    ("symbolic link", "export-booklet"), ("symbolic link", "import-members"),
}  # fmt: skip


# What the answer to `info` and `check` names, for the kinds that used to be misnamed
# ("[Errno 21] Is a directory", "read-only", a traceback, or silently a new database).
NAMED = {
    "directory": "est un dossier, pas une base de données",
    "fifo": "n'est pas un fichier ordinaire",
    "0 bytes": "est vide (0 octet)",
    "index corruption": "missing from index",
    "symbolic link": "déjà ouverte dans une autre fenêtre Cercle",
}


class Hung(Exception):
    pass


def run_with_timeout(argv: list[str]) -> int:
    def hung(*_: Any) -> None:
        raise Hung(" ".join(argv))

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(TIMEOUT)
    try:
        return main(argv)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small Cercle database with one network of three people, made once."""
    path = tmp_path_factory.mktemp("template") / "cercle.sqlite3"
    with open_store(path) as store, store.transaction() as db:
        network = create_network(db, "R", START)
        for name in ("Léa", "Karim", "Sofia"):
            add_member(db, network, name, START)
    return path


@pytest.mark.parametrize("kind", KINDS)
def test_every_command_refuses_a_bad_file_in_one_sentence_and_leaves_it_untouched(
    kind: str,
    template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    figures: Callable[[str], None],
) -> None:
    started = time.perf_counter()
    out = tmp_path / "out"
    out.mkdir()
    (out / "m.csv").write_text("Nom;Prénom\nDurand;Léa\n", encoding="utf-8")
    with bad_file(kind, tmp_path, template) as path:
        before = bytes_of(path)
        for name, argv in COMMANDS.items():
            status = run_with_timeout(argv(path, out))
            captured = capsys.readouterr()
            said = captured.err + captured.out
            assert "Traceback" not in said, (kind, name, said)
            if (kind, name) in ACCEPTED:
                assert status == 0, (kind, name, said)
            else:
                assert status != 0, (kind, name, said)
                message = captured.err.strip() or captured.out.strip()
                assert message and len(message) < 600, (kind, name, said)
                if name in ("info", "check") and kind in NAMED and (kind, name) not in ACCEPTED:
                    assert NAMED[kind] in said, (kind, name, said)
            assert bytes_of(path) == before, (kind, name)
        for name, written in (("export-minutes", "cr.pdf"), ("export-booklet", "livret.pdf")):
            assert (out / written).exists() == ((kind, name) in ACCEPTED), (kind, name)
        # The window, in a real process: refused before any window or any write.
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CERCLE_HOME": str(tmp_path)}
        done = subprocess.run(
            [sys.executable, "-m", "ui", "--db", str(path)],
            capture_output=True, text=True, cwd=ROOT, env=env, timeout=60,
        )  # fmt: skip
        assert done.returncode == 1, (kind, done.stderr)
        assert done.stderr.startswith("cercle: ") and "Traceback" not in done.stderr
        assert done.stderr.strip().count("\n") == 0, done.stderr
        assert bytes_of(path) == before, kind
    figures(
        f"bad file «{kind}»: {len(COMMANDS) + 1} commands refused in one sentence, "
        f"file unchanged, {time.perf_counter() - started:.1f} s"
    )


def test_an_empty_file_with_a_good_backup_beside_it_is_not_replaced_by_a_new_database(
    template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = sound_database(tmp_path / "cercle.sqlite3", template)
    good = make_backup(path, "session-close")
    path.write_bytes(b"")
    assert main(["--db", str(path), "info"]) == 1
    err = capsys.readouterr().err
    assert "vide (0 octet)" in err and str(good) in err and "cercle restore" in err
    assert path.read_bytes() == b""
    offered: list[Path] = []

    def window(store: Any, _args: object) -> int:
        return 0

    assert main(["--db", str(path)], window, lambda m, b: offered.append(b) or True) == 0
    assert offered == [good] and check_database(path).ok
    # An empty backup is skipped, never a traceback.
    empty = good.with_name(f"{path.stem}-29991231T000000000000Z-manual.sqlite3")
    empty.write_bytes(b"")
    corrupt_a_page(path)
    assert latest_good_backup(path) == good
    assert not check_database(empty).ok
    assert main(["--db", str(tmp_path / "other.sqlite3"), "restore", str(empty), "--yes"]) == 1
    assert "vide" in capsys.readouterr().err


def test_a_new_database_never_exists_half_made_under_its_name(tmp_path: Path) -> None:
    path = tmp_path / "cercle.sqlite3"
    with open_store(path):
        pass
    assert sorted(p.name for p in tmp_path.iterdir() if "creating" in p.name) == []
    assert check_database(path).ok


def test_a_link_to_an_open_database_is_the_same_database(template: Path, tmp_path: Path) -> None:
    real = sound_database(tmp_path / "real.sqlite3", template)
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    with open_store(real), pytest.raises(AlreadyOpenError):
        open_store(link)
    with open_store(link) as store:
        assert store.path == real
        with pytest.raises(AlreadyOpenError):
            open_store(real)


def test_index_damage_stops_the_opening_before_anything_is_written(
    template: Path, tmp_path: Path
) -> None:
    path = sound_database(tmp_path / "cercle.sqlite3", template)
    corrupt_an_index(path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # what used to guard
    con.close()
    before = path.read_bytes()
    with pytest.raises(CorruptDatabaseError, match="missing from index"):
        open_store(path)
    assert path.read_bytes() == before
    assert not check_database(path).ok  # the same verdict as `cercle check`


def test_a_damaged_search_index_stops_the_opening(template: Path, tmp_path: Path) -> None:
    path = sound_database(tmp_path / "cercle.sqlite3", template)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO repertoire_fts(rowid, title, body, tags) VALUES (999, 'x', 'y', '')")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = path.read_bytes()
    with pytest.raises(CorruptDatabaseError):
        open_store(path)
    assert path.read_bytes() == before
    assert not check_database(path).ok
