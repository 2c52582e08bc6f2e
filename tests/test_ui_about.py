"""« À propos de Cercle »: which Cercle this is and where its files are, from a key."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import __version__
from app.clock import FakeClock
from app.methods import MethodCatalogue
from app.paths import data_dir
from app.store import Store
from tests.conftest import Shoot, open_window


def test_shift_f1_tells_the_version_the_folders_and_the_licence(
    qtbot: QtBot, store: Store, clock: FakeClock, methods: MethodCatalogue, shoot: Shoot
) -> None:
    window = open_window(qtbot, store, clock, methods, (1366, 768))
    assert not window.about.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    about = window.about
    assert about.isVisible()
    text = about.text()
    assert f"Cercle {__version__}" in text
    assert str(data_dir()) in text
    assert str(store.path) in text
    assert str(store.path.parent / "backups") in text
    assert "GPL-3.0-or-later" in text
    assert f"Python {platform.python_version()}" in text
    assert window.isActiveWindow() or about.isActiveWindow()
    assert not about.isModal()  # a running session goes on behind it
    shot = shoot(about, "about-fr")
    assert shot.stat().st_size > 5_000
    # Laid out within the laptop's screen, with room for long paths.
    assert about.sizeHint().width() <= 1366 and about.sizeHint().height() <= 768


def test_the_about_dialog_is_reachable_from_a_button_on_home(
    qtbot: QtBot, store: Store, clock: FakeClock, methods: MethodCatalogue, shoot: Shoot
) -> None:
    from PySide6.QtWidgets import QPushButton

    window = open_window(qtbot, store, clock, methods, (1366, 768))
    (button,) = [b for b in window.statusBar().findChildren(QPushButton) if "À propos" in b.text()]
    assert "Maj+F1" in button.text() or "Shift+F1" in button.text()
    shoot(window, "about-home-1366x768")
    button.click()
    assert window.about.isVisible()


def test_the_about_dialog_speaks_english(
    qtbot: QtBot, store: Store, clock: FakeClock, methods: MethodCatalogue, shoot: Shoot
) -> None:
    from PySide6.QtWidgets import QPushButton

    from app.workspace import Workspace
    from ui.shell.application import create_application
    from ui.shell.window import MainWindow

    app = create_application("en")
    try:
        window = MainWindow(Workspace(store, clock, methods))
        qtbot.addWidget(window)
        window.show_about()
        text = window.about.text()
        assert "Data folder" in text and "Backups" in text and "Free software" in text
        assert window.about.windowTitle() == "About Cercle"
        assert "Close" in text or any(
            b.text() == "Close" for b in window.about.findChildren(QPushButton)
        )
        shoot(window.about, "about-en")
    finally:
        for translator in app.property("cercle_translators") or []:
            app.removeTranslator(translator)


def test_the_window_carries_cercle_s_icon(
    qtbot: QtBot, store: Store, clock: FakeClock, methods: MethodCatalogue
) -> None:
    window = open_window(qtbot, store, clock, methods, (1366, 768))
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert QApplication.desktopFileName() == "org.cercle.Cercle"
    assert window.windowIcon().pixmap(64, 64).width() == 64


def test_the_open_folder_button_creates_a_missing_data_folder(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    methods: MethodCatalogue,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window = open_window(qtbot, store, clock, methods, (1366, 768))
    monkeypatch.setenv("CERCLE_HOME", str(tmp_path / "moved"))  # e.g. deleted meanwhile
    assert not data_dir().exists()
    window.show_about()
    window.about.open_folder.click()
    assert data_dir().is_dir()
    assert [Path(p) for p in opened] == [data_dir()]
