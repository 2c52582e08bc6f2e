"""The ``cercle`` command: the command line of ``app.cli`` with the window handed in."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.store import Store


def _open_window(store: Store, args: argparse.Namespace) -> int:
    # Qt is imported only when a window is really wanted: `cercle info` stays light.
    from ui.shell.application import run_window

    return run_window(store, language=args.lang if args.lang_given else None)


def _offer_restore(message: str, backup: Path) -> bool:
    """The database is damaged: ask, in a dialog, whether to put the latest good backup back."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.i18n import current_language
    from ui.shell.application import create_application

    create_application(current_language())
    answer = QMessageBox.question(
        None,
        QApplication.translate("Launcher", "Base de données endommagée"),
        message
        + "\n\n"
        + QApplication.translate(
            "Launcher",
            "Remettre cette sauvegarde en place maintenant ? (La base actuelle est "
            "gardée de côté.)",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def can_show_a_window() -> bool:
    """A person could see a dialog: a display is there, and Qt does not draw off screen."""
    from app.display import window_problem

    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    return window_problem() is None and platform not in ("offscreen", "minimal")


def _show_refusal(message: str) -> None:
    """Cercle refused to open (started from a desktop entry, nobody reads stderr): say why in
    a window, with the same words as the command line."""
    if not can_show_a_window():
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.i18n import current_language
    from ui.shell.application import create_application

    create_application(current_language())
    QMessageBox.critical(
        None, QApplication.translate("Launcher", "Cercle ne peut pas s'ouvrir"), message
    )


def _build_demo(path: Path, args: argparse.Namespace) -> bool:
    """The demo's first launch: built off the UI thread, a progress window meanwhile."""
    from ui.shell.demo_progress import build_demo

    return build_demo(path, args)


def main(argv: Sequence[str] | None = None) -> int:
    from app.collector import after_the_start, pause_for_the_start

    pause_for_the_start()  # until the first frame: what the start makes lives on
    args = list(sys.argv[1:] if argv is None else argv)
    # A plain window start shows its first frame before the core loads (ui.shell.quick_start).
    from ui.shell.quick_start import quick_start

    status = quick_start(args)  # turns the collector on again once its first frame shows
    after_the_start()  # the usual path (a command, a file to look at first…): on again
    if status is not None:
        return status
    from app.cli import main as cli_main

    return cli_main(
        args,
        open_window=_open_window,
        offer_restore=_offer_restore,
        show_refusal=_show_refusal,
        build_demo=_build_demo,
    )
