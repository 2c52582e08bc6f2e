"""The command line: ``cercle [--db PATH] [--lang fr|en] [--demo] [COMMAND]``.

Without a command, Cercle opens its window on the database. The window itself lives in
``ui/``: it is handed in by the launcher (``ui.shell.launcher``), so that this module — like all
of ``app/`` — runs without Qt.

Here: what runs a command. The parser is ``app.cli_parser``; the database's care (check,
restore, open, the demo's file, a synthetic database) ``app.cli_database``; the reading
commands ``app.cli_reading``, the networks' and members' ``app.cli_networks``, the exports'
``app.cli_exports``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import cli_exchange
from app.cli_database import (
    RestoreOffer,
    check,
    ensure_demo,
    generate_database,
    latest_backup_told,
    open_database,
    restore_backup,
)
from app.cli_networks import import_members
from app.cli_networks import run as run_network_command
from app.cli_parser import build_parser
from app.cli_reading import read_only, reads_only
from app.engine.errors import EngineError
from app.export.errors import ExportError
from app.i18n import _, set_language
from app.methods import load_methods
from app.paths import demo_db_path, user_methods_dir
from app.store import Store, StoreError
from app.store.backup import make_backup
from app.store.errors import CorruptDatabaseError
from app.store.location import Location, default_location, parse_location

# Opens the window on an open store; returns the process exit status.
WindowOpener = Callable[[Store, argparse.Namespace], int]
# Builds the demo database at a path before the window opens, showing how far it is; False
# when it failed (it has said why). The window shows a progress window; commands print text.
DemoBuilder = Callable[[Path, argparse.Namespace], bool]


def _db_path(args: argparse.Namespace) -> Location:
    """The database asked for: ``--db`` (a path or a server's URL), the demo's own file, or
    ``CERCLE_DB``/the data folder's. A URL Cercle does not know is refused, never taken as a
    folder name."""
    if args.db is not None:
        return parse_location(str(args.db))
    if args.demo or args.command == "demo":
        return demo_db_path()
    return default_location()


def _exists(location: Location) -> bool:
    """Whether there is a database to look at (a server database is asked when opened)."""
    return not isinstance(location, Path) or location.exists()


def _methods(language: str) -> int:
    catalogue = load_methods(user_methods_dir())
    for method in sorted(catalogue.methods.values(), key=lambda m: m.key):
        phases = " · ".join(p.name.get(language) for p in method.phases)
        print(
            f"{method.key:15} {method.name.get(language)} ({method.default_minutes} min) — {phases}"
        )
    for error in catalogue.errors:
        print(_("Fichier refusé : {error}").format(error=error), file=sys.stderr)
    return 0


def main(
    argv: Sequence[str] | None = None,
    open_window: WindowOpener | None = None,
    offer_restore: RestoreOffer | None = None,
    show_refusal: Callable[[str], None] | None = None,
    build_demo: DemoBuilder | None = None,
) -> int:
    """Run the command line; returns the exit status (0 when all went well).

    Only the window asks questions in a dialog (``offer_restore``) and shows a refusal in
    one (``show_refusal``: started from a desktop entry, nobody reads stderr); the commands
    answer in text and never wait for a click.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if "en" in argv and "--lang" in argv:  # so that --help speaks the chosen language
        set_language("en")
    args = build_parser().parse_args(argv)
    args.lang_given = args.lang is not None  # the window otherwise keeps its own choice
    args.lang = args.lang or "fr"
    set_language(args.lang)
    window = open_window is not None and args.command is None
    if window:
        from app.display import window_problem

        problem = window_problem()
        if problem is not None:  # before anything is written (Qt would abort later)
            print(f"cercle: {problem}", file=sys.stderr)
            return 2
    try:
        status = _run(
            args, open_window, offer_restore if window else None, build_demo if window else None
        )
        sys.stdout.flush()  # inside the try: a closed pipe is told here, not at exit
        return status
    except BrokenPipeError:  # `cercle info | head -3`: the reader has all it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (StoreError, EngineError, ExportError) as exc:
        print(f"cercle: {exc}", file=sys.stderr)
        if window and show_refusal is not None:
            show_refusal(str(exc))
        return 1


def _run(
    args: argparse.Namespace,
    open_window: WindowOpener | None,
    offer_restore: RestoreOffer | None,
    build_demo: DemoBuilder | None = None,
) -> int:
    if args.command == "methods":
        return _methods(args.lang)
    path = _db_path(args)
    care = _DATABASE_CARE.get(args.command)
    if care is not None:  # the file itself, before it is opened
        return care(path, args)
    if reads_only(args):
        return _read(path, args)
    if args.command == "demo" or args.demo:
        # The first launch of the demo window: built with a progress window, off its thread.
        first = args.command is None and isinstance(path, Path) and not path.exists()
        if first and build_demo is not None and not build_demo(Path(str(path)), args):
            return 1
        store = ensure_demo(path, reset=getattr(args, "reset", False))
    else:
        store = open_database(path, offer_restore)
    with store:
        command = _STORE_COMMANDS.get(args.command)
        if command is not None:
            return command(store, args)
        if open_window is None:
            print(_("Cette commande n'a pas de fenêtre : lancez « cercle »."), file=sys.stderr)
            return 2
        return open_window(store, args)


def _read(path: Location, args: argparse.Namespace) -> int:
    """A reading command (no lock, read-only); a damaged file names its latest sound backup."""
    if args.demo and not _exists(path):
        ensure_demo(path).close()  # the demo is made when first asked for
    try:
        return read_only(path, args, import_members)
    except CorruptDatabaseError as error:
        if not isinstance(path, Path):
            raise
        refusal, backup = latest_backup_told(path, error)
        if backup is None:
            raise
        raise refusal from error


def _demo_ready(store: Store, args: argparse.Namespace) -> int:
    """``cercle demo``: the demo's database exists now; say where."""
    print(_("Base de démonstration prête : {path}").format(path=store.location))
    return 0


def _backup(store: Store, args: argparse.Namespace) -> int:
    """``cercle backup``: a manual copy beside the database, keeping ``--keep`` of them."""
    copy = make_backup(store.path, "manual", keep=args.keep)
    print(_("Sauvegarde écrite : {path}").format(path=copy))
    return 0


# Commands on the database's file itself, run before (or instead of) opening it.
_DATABASE_CARE: dict[str, Callable[[Location, argparse.Namespace], int]] = {
    "check": lambda path, args: check(path),
    "restore": lambda path, args: restore_backup(path, args.file, args.yes),
    "generate": lambda path, args: generate_database(args),
}

# Commands run on the open store; any other command (none: the window) opens the window.
_STORE_COMMANDS: dict[str, Callable[[Store, argparse.Namespace], int]] = {
    "network": run_network_command,
    "member": run_network_command,
    "demo": _demo_ready,
    "backup": _backup,
    "import-members": import_members,
    **dict.fromkeys(cli_exchange.COMMANDS, cli_exchange.run),
}
