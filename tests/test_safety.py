"""Protection of the facilitator's data: check, backups, restore, a damaged file, a full disk."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main
from app.engine.errors import DiskFullError
from app.engine.session import SessionEngine
from app.paths import backups_dir
from app.store import open_store
from app.store.backup import list_backups, make_backup
from app.store.errors import AlreadyOpenError, StoreError
from app.store.safety import check_database, latest_good_backup, restore
from models import EntryKind
from tests.conftest import Room, make_room


def damage(path: Path) -> None:
    """Scribble over a page in the middle of the file (a disk or a copy gone wrong)."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(os.urandom(4096))


def run_a_little(room: Room) -> None:
    e = room.engine
    e.add_item("Tour de table", "tour_de_table", 20)
    e.start_item()
    for name in ("Léa", "Karim", "Sofia"):
        e.give_floor(room[name])
        room.clock.advance(minutes=2)
    e.capture(EntryKind.DECISION, "Le REX trimestriel devient un rituel")


def test_check_passes_a_sound_database_and_names_what_is_wrong(room: Room) -> None:
    run_a_little(room)
    path = room.store.path
    assert check_database(path, room.clock.now()).ok
    with room.store.transaction() as db:  # a turn overlapping another: Cercle's own rule
        db.execute(
            text(
                "UPDATE speaking_turns SET ended_at = :late WHERE ended_at = ("
                "SELECT min(ended_at) FROM speaking_turns)"
            ),
            {"late": (room.clock.now() + timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M:%S.%f")},
        )
    report = check_database(path, room.clock.now())
    assert not report.ok
    assert any("overlap" in p for p in report.problems)


def test_check_reports_a_damaged_file_without_writing_to_it(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    with open_store(path) as store, store.transaction() as db:
        db.execute(text("CREATE TABLE padding (x BLOB)"))
        for _ in range(40):
            db.execute(text("INSERT INTO padding VALUES (randomblob(4000))"))
    damage(path)
    before = path.read_bytes()
    report = check_database(path)
    assert not report.ok
    assert path.read_bytes() == before


def test_backups_rotate_keeping_the_newest(room: Room, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CERCLE_BACKUPS_KEEP", "3")
    start = datetime(2026, 3, 12, 9, tzinfo=UTC)
    made = [
        make_backup(room.store.path, "session-close", now=start + timedelta(days=n))
        for n in range(6)
    ]
    assert list_backups(room.store.path) == made[:2:-1]
    assert all(check_database(p).ok for p in list_backups(room.store.path))


def test_restore_sets_the_current_file_aside_and_puts_the_backup_back(
    room: Room, tmp_path: Path
) -> None:
    run_a_little(room)
    backup = make_backup(room.store.path, "manual")
    room.engine.capture(EntryKind.DECISION, "Une décision prise après la sauvegarde")
    path = room.store.path
    with pytest.raises(AlreadyOpenError):  # never under an open Cercle
        restore(path, backup)
    room.store.close()
    aside = restore(path, backup)
    with open_store(path) as store, store.session() as db:
        titles = set(db.execute(text("SELECT title FROM repertoire_entries")).scalars())
    assert "Une décision prise après la sauvegarde" not in titles
    assert "Le REX trimestriel devient un rituel" in titles
    kept = sqlite3.connect(aside)
    assert ("Une décision prise après la sauvegarde",) in kept.execute(
        "SELECT title FROM repertoire_entries"
    ).fetchall()
    kept.close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="ne passe pas la vérification"):
        restore(path, bad)


def test_the_command_line_checks_backs_up_and_restores(
    room: Room, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run_a_little(room)
    path = str(room.store.path)
    room.store.close()
    assert main(["--db", path, "check"]) == 0
    assert "aucun problème" in capsys.readouterr().out
    assert main(["--db", path, "backup"]) == 0
    [backup] = list_backups(Path(path))
    monkeypatch.setattr("builtins.input", lambda _question: "n")
    assert main(["--db", path, "restore", str(backup)]) == 1
    assert "Rien n'a été changé" in capsys.readouterr().out
    assert main(["--db", path, "restore", str(backup), "--yes"]) == 0
    assert "ancienne base est gardée" in capsys.readouterr().out
    damage(Path(path))
    assert main(["--db", path, "check"]) == 1
    assert "problème" in capsys.readouterr().out


def test_a_damaged_database_is_not_opened_and_the_latest_good_backup_is_offered(
    room: Room, capsys: pytest.CaptureFixture[str]
) -> None:
    run_a_little(room)
    path = room.store.path
    good = make_backup(path, "session-close")
    room.store.close()
    damage(path)
    newer = backups_dir(path) / f"{path.stem}-29991231T000000000000Z-manual.sqlite3"
    shutil.copy(path, newer)  # a damaged backup, newer than the good one: skipped
    assert latest_good_backup(path) == good
    before = path.read_bytes()
    opened: list[Path] = []

    def window(store: object, _args: object) -> int:
        opened.append(store.path)  # type: ignore[attr-defined]
        return 0

    assert main(["--db", str(path)], open_window=window, offer_restore=lambda m, b: False) == 1
    err = capsys.readouterr().err
    assert "endommagée" in err and str(good) in err and "cercle restore" in err
    assert path.read_bytes() == before and opened == []
    offered: list[Path] = []
    assert (
        main(
            ["--db", str(path)],
            open_window=window,
            offer_restore=lambda message, backup: offered.append(backup) or True,
        )
        == 0
    )
    assert offered == [good] and opened == [path]
    assert check_database(path).ok


@contextmanager
def tiny_disk() -> Iterator[Path]:
    """A 6 MB filesystem (tmpfs): real "disk full" errors from SQLite."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tiny filesystem needs root")
    folder = Path(tempfile.mkdtemp(prefix="cercle-full-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(folder)])
    if done.returncode != 0:
        pytest.skip("cannot mount a tiny filesystem here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)  # even with a file still open
        shutil.rmtree(folder, ignore_errors=True)


def test_a_full_disk_is_told_and_the_session_goes_on_once_space_is_freed(
    methods: object, clock: object
) -> None:
    with tiny_disk() as folder:
        store = open_store(folder / "cercle.sqlite3")
        room = make_room(store, clock, methods)  # type: ignore[arg-type]
        run_a_little(room)
        acknowledged = room.engine.capture(EntryKind.DECISION, "Décision avant le disque plein")
        filler = folder / "filler"
        with filler.open("wb", buffering=0) as handle:  # nothing left to flush at close
            try:
                while True:
                    handle.write(b"\0" * 65536)
                    handle.flush()
            except OSError:
                pass
        e = room.engine
        with pytest.raises(DiskFullError, match="Le disque est plein"):
            for n in range(200):  # fill what little room SQLite still had
                e.capture(EntryKind.IDEA, f"idée {n}", body="x" * 3000)
        filler.unlink()
        after = e.capture(EntryKind.DECISION, "Décision une fois la place libérée")
        fresh = SessionEngine(store, room.meeting_id, room.clock, room.engine.methods)
        ids = {c.id for c in fresh.facts.captures}
        assert {acknowledged, after} <= ids
        store.close()
        report = check_database(folder / "cercle.sqlite3", room.clock.now())
        assert report.ok, report.problems


def test_a_generated_organisation_is_consistent(tmp_path: Path, methods: object) -> None:
    from app.synthetic import Scale, generate

    path = tmp_path / "org.sqlite3"
    with open_store(path) as store:
        counts = generate(
            store,
            Scale(
                networks=2, years=1, members=(8, 12), turns_per_session=120, entries_per_session=20
            ),
            methods,  # type: ignore[arg-type]
        )
    assert counts["networks"] == 2 and counts["sessions"] == 24
    assert 8 * 2 <= counts["members"] <= 12 * 2
    assert counts["turns"] > 24 * 100 and counts["entries"] == 24 * 20
    report = check_database(path, datetime(2030, 1, 1, tzinfo=UTC))
    assert report.ok, report.problems[:5]
