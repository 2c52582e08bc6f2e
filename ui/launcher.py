"""The ``cercle`` command: the command line of ``app.cli`` with the window handed in."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.cli import main as cli_main
from app.store import Store


def _open_window(store: Store, args: argparse.Namespace) -> int:
    # Qt is imported only when a window is really wanted: `cercle info` stays light.
    from ui.application import run_window

    return run_window(store, language=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(sys.argv[1:] if argv is None else argv, open_window=_open_window)
