"""A backup now and a check of the base, from « À propos » (Shift+F1): jobs of the one runner,
told step by step, stoppable; the window answers meanwhile. Waits on signals, never sleeps."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.clock import FakeClock
from app.jobs import CancelToken, Progress
from app.methods import MethodCatalogue
from app.store import Store
from app.store.backup import list_backups
from app.store.safety import CheckReport
from tests.conftest import Shoot, open_window


def _window(qtbot: QtBot, store: Store, clock: FakeClock, methods: MethodCatalogue) -> Any:
    """The window with « À propos » opened by its key (the dialog lives as long as the
    window: keep the window, not only the dialog)."""
    window = open_window(qtbot, store, clock, methods, (1366, 768))
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert window.about.isVisible()
    return window


def test_a_backup_and_a_check_from_the_about_dialog(
    qtbot: QtBot, store: Store, clock: FakeClock, methods: MethodCatalogue, shoot: Shoot
) -> None:
    window = _window(qtbot, store, clock, methods)
    about = window.about
    upkeep = about.upkeep
    upkeep.backup_button.click()
    job = upkeep.job
    assert job is not None and not upkeep.check_button.isEnabled()  # one job at a time
    with qtbot.waitSignal(job.ended, timeout=30_000):
        pass
    [backup] = list_backups(store.path)
    assert backup.name.endswith("-manual.sqlite3")
    assert upkeep.banner.text() == f"ℹ Sauvegarde faite : {backup}"
    assert not upkeep.strip.isVisible() and upkeep.check_button.isEnabled()

    upkeep.check_button.click()
    with qtbot.waitSignal(upkeep.job.ended, timeout=30_000):
        pass
    assert upkeep.banner.text() == "ℹ La base est saine : aucune anomalie trouvée."
    shoot(about, "about-upkeep-checked")


def test_a_held_backup_shows_its_step_and_annuler_stops_it_leaving_no_file(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    methods: MethodCatalogue,
    shoot: Shoot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()

    def held_backup(
        path: Path, reason: str, *, progress: Progress, cancel: CancelToken
    ) -> Path:  # a large base: the copy waits half-way until the test says
        progress(40, 100, "Copie de la base…")
        assert release.wait(30)
        cancel.check()
        pytest.fail("the backup was not stopped")

    monkeypatch.setattr("ui.shell.upkeep.make_backup", held_backup)
    window = _window(qtbot, store, clock, methods)
    about = window.about
    upkeep = about.upkeep
    upkeep.backup_button.click()
    with qtbot.waitSignal(upkeep.job.progressed, timeout=30_000):
        pass
    strip = upkeep.strip
    assert strip.isVisible() and strip.stop.isVisible()
    assert strip.label.text() == "Copie de la base…"
    assert (strip.bar.value(), strip.bar.maximum()) == (40, 100)
    shoot(about, "about-upkeep-backup-running")
    job = upkeep.job
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        strip.stop.click()
        assert not strip.stop.isEnabled() and strip.stop.text() == "Arrêt…"
        release.set()
    assert upkeep.banner.text() == "ℹ Arrêté : rien n'a été modifié."
    assert list_backups(store.path) == [] and upkeep.backup_button.isEnabled()


def test_a_damaged_base_is_said_with_its_first_problem(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    methods: MethodCatalogue,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    problems = ("integrity_check: Page 7 is never used", "foreign_key_check: turns row 3 → members")

    def damaged(path: Path, **_steps: Any) -> CheckReport:
        return CheckReport(path, problems)

    monkeypatch.setattr("ui.shell.upkeep.check_database", damaged)
    window = _window(qtbot, store, clock, methods)
    upkeep = window.about.upkeep
    upkeep.check_button.click()
    with qtbot.waitSignal(upkeep.job.ended, timeout=30_000):
        pass
    assert upkeep.banner.text() == (
        "⚠ 2 anomalies trouvées. La première : integrity_check: Page 7 is never used"
    )
    assert upkeep.banner.property("error")


def test_closing_the_dialog_stops_a_running_check(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    methods: MethodCatalogue,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()

    def held_check(path: Path, *, progress: Progress, cancel: CancelToken) -> CheckReport:
        progress(0, 4, "Vérification de l'intégrité du fichier…")
        assert release.wait(30)
        cancel.check()
        return CheckReport(path, ())

    monkeypatch.setattr("ui.shell.upkeep.check_database", held_check)
    window = _window(qtbot, store, clock, methods)
    about = window.about
    about.upkeep.check_button.click()
    job = about.upkeep.job
    with qtbot.waitSignal(job.cancelled, timeout=30_000):
        about.close()
        release.set()
    assert not about.isVisible()
