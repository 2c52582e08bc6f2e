"""The commands that only read: ``info``, ``network list``, ``member list``, the exports
and an import's preview.

They open the database read-only and take no lock, so they work while the window is open on
the same file, and they never create a database where there is none (``app.store``'s
``open_read_only``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from sqlalchemy import func, select

from app import cli_exchange, cli_exports
from app.cli_networks import is_read_only as is_read_only_network_command
from app.cli_networks import run as run_network_command
from app.clock import SystemClock
from app.export.errors import ExportError
from app.i18n import _
from app.methods import load_methods
from app.paths import data_dir, demo_db_path, user_methods_dir
from app.store import Store, StoreError, head_revision, open_read_only
from app.store.location import Location
from models import Meeting, Member, Network, RepertoireEntry, SpeakingTurn

Command = Callable[[Store, argparse.Namespace], int]


def count(store: Store, model: type) -> int:
    with store.session() as db:
        return int(db.scalar(select(func.count()).select_from(model)) or 0)


def info(store: Store) -> int:
    print(_("Dossier des données : {path}").format(path=data_dir()))
    print(_("Base de données : {path}").format(path=store.location))
    print(_("Schéma : {revision}").format(revision=head_revision()))
    print(_("Méthodes personnelles : {path}").format(path=user_methods_dir()))
    for label, model in (
        (_("Réseaux"), Network),
        (_("Membres"), Member),
        (_("Séances"), Meeting),
        (_("Tours de parole"), SpeakingTurn),
        (_("Entrées du répertoire"), RepertoireEntry),
    ):
        print(_("{label} : {count}").format(label=label, count=count(store, model)))
    return 0


def _export_minutes(store: Store, args: argparse.Namespace) -> int:
    from app.export.minutes import find_session
    from app.export.minutes_data import Options
    from app.export.minutes_formats import export_minutes_as

    try:
        meeting_id = find_session(store, args.session, args.network)
    except ExportError as error:
        raise ExportError(f"{error}{_demo_hint(args)}") from error
    out = export_minutes_as(
        store,
        meeting_id,
        load_methods(user_methods_dir()),
        SystemClock().now(),
        args.out.expanduser().absolute(),
        Options(args.lang, args.include_speaking_stats, args.include_confidential),
    )
    print(_("Compte rendu écrit : {path}").format(path=out))
    return 0


def _demo_hint(args: argparse.Namespace) -> str:
    """ " (it exists in the demo: add --demo)" when the session asked for is the demo's."""
    demo = demo_db_path()
    if args.demo or args.db is not None or not args.session.isdigit() or not demo.exists():
        return ""
    from app.export.minutes import find_session

    try:
        store = open_read_only(demo)
        if store is None:
            return ""
        with store:
            find_session(store, args.session, args.network)
    except (StoreError, ExportError):
        return ""
    return " " + _("La séance n° {ref} existe dans la démonstration : ajoutez --demo.").format(
        ref=args.session
    )


def _export_booklet(store: Store, args: argparse.Namespace) -> int:
    from app.export.booklet import export_booklet

    network_id, _name = cli_exports.find_network(store, args.network)
    out = export_booklet(
        store, network_id, SystemClock().now(), args.out.expanduser().absolute(), args.lang
    )
    print(_("Livret écrit : {path}").format(path=out))
    return 0


READ_ONLY = ("info", "export-minutes", "export-booklet", *cli_exports.COMMANDS)


def reads_only(args: argparse.Namespace) -> bool:
    """Commands that only read: they take no lock (they work beside an open window) and
    never create a database."""
    return (
        args.command in READ_ONLY
        or is_read_only_network_command(args)
        or (args.command == "import-members" and not args.apply)
        or cli_exchange.reads_only(args)
    )


def read_only(path: Location, args: argparse.Namespace, import_members: Command) -> int:
    store = open_read_only(path)
    if store is None:
        if args.command == "info":
            return _info_without_file(path)
        if args.command in ("network", "member"):
            return run_network_command(None, args)
        raise StoreError(
            _(
                "Aucune base de données à {path} : créez votre réseau avec "
                "« cercle network create NOM » (ou ouvrez la démonstration avec --demo)."
            ).format(path=path),
            path,
        )
    with store:
        if args.command == "info":
            return info(store)
        if args.command == "export-minutes":
            return _export_minutes(store, args)
        if args.command == "export-booklet":
            return _export_booklet(store, args)
        if args.command == "import-members":
            return import_members(store, args)
        if args.command in cli_exports.COMMANDS:
            return cli_exports.run(store, args)
        if args.command in cli_exchange.COMMANDS:
            return cli_exchange.run(store, args)
        return run_network_command(store, args)


def _info_without_file(path: Location) -> int:
    print(_("Dossier des données : {path}").format(path=data_dir()))
    print(_("Base de données : {path} (pas encore créée : rien n'a été écrit)").format(path=path))
    print(_("Méthodes personnelles : {path}").format(path=user_methods_dir()))
    print(_("Pour commencer : cercle network create NOM, ou cercle pour la fenêtre."))
    return 0
