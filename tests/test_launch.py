"""Launching `cercle`: the commands answer in text, the window's refusals show in a window,
and with no display Cercle says so before writing anything."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.display import window_problem
from app.store.backup import make_backup
from tests.conftest import Room
from tests.test_safety import damage, run_a_little

ROOT = Path(__file__).resolve().parent.parent


def test_commands_never_wait_for_the_restore_dialog(
    room: Room, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    import ui.shell.launcher

    run_a_little(room)
    path = room.store.path
    good = make_backup(path, "session-close")
    room.store.close()
    damage(path)

    def no_dialog(*_: Any, **__: Any) -> Any:
        raise AssertionError("a command asked in a dialog")

    monkeypatch.setattr(QMessageBox, "question", no_dialog)
    monkeypatch.setattr(QMessageBox, "critical", no_dialog)
    for command in (["info"], ["backup"], ["export-booklet", "--out", str(path.parent / "l.pdf")]):
        assert ui.shell.launcher.main(["--db", str(path), *command]) == 1
        err = capsys.readouterr().err
        assert str(good) in err and "cercle restore" in err and err.count("\n") == 1


def test_a_refusal_at_launch_is_shown_in_a_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    import ui.shell.launcher

    bad = tmp_path / "photo.sqlite3"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(ui.shell.launcher, "can_show_a_window", lambda: True)
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text))
    )
    assert ui.shell.launcher.main(["--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert shown == [("Cercle ne peut pas s'ouvrir", err.strip().removeprefix("cercle: "))]
    assert "n'est pas une base de données Cercle" in shown[0][1]
    # A command answers in text only, even where a window could be shown.
    assert ui.shell.launcher.main(["--db", str(bad), "info"]) == 1
    assert len(shown) == 1


def without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="displays are Linux's concern")
def test_without_a_display_cercle_says_so_and_writes_nothing(tmp_path: Path) -> None:
    env = {**without_display(), "CERCLE_HOME": str(tmp_path / "home")}
    for argv in (["--db", str(tmp_path / "mine.sqlite3")], ["--demo"], [], ["--lang", "en"]):
        done = subprocess.run(
            [sys.executable, "-m", "ui", *argv],
            capture_output=True, text=True, cwd=ROOT, env=env, timeout=60,
        )  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and done.stdout == ""
        assert ("DISPLAY" in done.stderr) and ("WAYLAND_DISPLAY" in done.stderr)
        assert not (tmp_path / "mine.sqlite3").exists() and not (tmp_path / "home").exists()
    assert "no screen is available" in done.stderr  # the last one, in English
    # The commands without a window still work there.
    info = subprocess.run(
        [sys.executable, "-m", "ui", "--db", str(tmp_path / "mine.sqlite3"), "info"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60,
    )  # fmt: skip
    assert info.returncode == 0, info.stderr


def test_a_platform_plugin_that_cannot_load_is_named(tmp_path: Path) -> None:
    plugins = tmp_path / "platforms"
    plugins.mkdir()
    (plugins / "libqxcb.so").write_bytes(b"not a library")
    problem = window_problem({"DISPLAY": ":0"}, plugins, platform="linux")
    assert problem is not None and "module d'affichage de Qt ne se charge pas" in problem
    assert "rien n'a été écrit" in problem
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}, plugins, platform="linux") is None
    assert window_problem({}, plugins, platform="win32") is None
    assert "DISPLAY" in (window_problem({}, plugins, platform="linux") or "")


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb to have a display")
def test_a_display_that_does_not_answer_is_named() -> None:
    problem = window_problem({"DISPLAY": ":97"}, platform="linux")
    assert problem is not None and ":97" in problem and "ne répond pas" in problem


def test_output_cut_short_by_a_pipe_is_no_error(tmp_path: Path) -> None:
    done = subprocess.run(
        f"{sys.executable} -m app --db {tmp_path / 'x.sqlite3'} info | true",
        shell=True, capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert done.stderr == ""
