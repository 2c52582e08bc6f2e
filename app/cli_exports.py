"""Commands for after the room: the message to the members, calendars, the actions as CSV.

``cercle prepare-mail``, ``cercle export-calendar`` and ``cercle export-actions`` (the
minutes themselves are ``cercle export-minutes``, whose ``--out`` extension chooses PDF,
Markdown or Word); and, for the sponsor of several networks, ``cercle export-organisation``
(every network side by side). Kept apart from ``app.cli`` so that the main module stays readable.
"""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.clock import SystemClock
from app.export.errors import ExportError
from app.i18n import _
from app.methods import load_methods
from app.paths import user_methods_dir
from app.store import Store
from app.text import fold
from models import Meeting, MeetingStatus, Network

COMMANDS = ("prepare-mail", "export-calendar", "export-actions", "export-organisation")


def add_commands(
    commands: Any, command: Callable[[Any, str, str], argparse.ArgumentParser]
) -> None:
    """Declare the commands on the main parser's ``commands`` (with ``command`` of app.cli)."""
    mail = command(
        commands,
        "prepare-mail",
        _("préparer le message du compte rendu aux membres (.eml, rien n'est envoyé)"),
    )
    mail.add_argument("--session", required=True, help=_("numéro de la séance, ou son identifiant"))
    mail.add_argument("--network", help=_("nom du réseau (si plusieurs ont ce numéro)"))
    mail.add_argument(
        "--out", type=Path, help=_("fichier .eml à écrire (par défaut : le dossier d'envoi)")
    )
    mail.add_argument(
        "--include-speaking-stats",
        action="store_true",
        help=_("ajouter les temps de parole au compte rendu joint"),
    )
    calendar = command(
        commands,
        "export-calendar",
        _("écrire une invitation .ics : une séance, la prochaine, ou tout le programme"),
    )
    calendar.add_argument("--network", help=_("nom du réseau (facultatif s'il n'y en a qu'un)"))
    which = calendar.add_mutually_exclusive_group()
    which.add_argument("--session", help=_("numéro de la séance, ou son identifiant"))
    which.add_argument(
        "--next", action="store_true", help=_("la prochaine séance planifiée du réseau")
    )
    calendar.add_argument("--out", required=True, type=Path, help=_("fichier .ics à écrire"))
    actions = command(commands, "export-actions", _("écrire les actions d'un réseau en CSV"))
    actions.add_argument("--network", help=_("nom du réseau (facultatif s'il n'y en a qu'un)"))
    actions.add_argument("--out", required=True, type=Path, help=_("fichier CSV à écrire"))
    actions.add_argument(
        "--all", action="store_true", help=_("toutes les actions (par défaut : les ouvertes)")
    )
    actions.add_argument(
        "--spreadsheet",
        choices=("fr", "en"),
        default="fr",
        help=_("réglages du tableur : fr (« ; », dates 31/12/2026) ou en (« , », dates ISO)"),
    )
    organisation = command(
        commands,
        "export-organisation",
        _("écrire le rapport transversal : tous les réseaux côte à côte (PDF, pour le sponsor)"),
    )
    organisation.add_argument("--out", required=True, type=Path, help=_("fichier PDF à écrire"))
    organisation.add_argument(
        "--sponsor",
        help=_("seulement les réseaux de ce sponsor (une direction en pilote plusieurs)"),
    )


def find_network(store: Store, name: str | None) -> tuple[uuid.UUID, str]:
    """The network a person means: by name, or the only one there is."""
    with store.session() as db:
        networks = list(db.execute(select(Network.id, Network.name)).all())
    # found whatever the case and accents, as every other command finds a network
    chosen = [n for n in networks if name is None or fold(n.name) == fold(name)]
    if len(chosen) != 1:
        names = ", ".join(sorted((n.name for n in networks), key=fold)) or "—"
        raise ExportError(
            _("Précisez --network parmi : {names}.").format(names=names)
            if name is None
            else _("Aucun réseau ne s'appelle « {name} » (réseaux : {names}).").format(
                name=name, names=names
            )
        )
    return chosen[0].id, chosen[0].name


def run(store: Store, args: argparse.Namespace) -> int:
    """Run one of ``COMMANDS``; returns the exit status."""
    if args.command == "prepare-mail":
        return _prepare_mail(store, args)
    if args.command == "export-calendar":
        return _export_calendar(store, args)
    if args.command == "export-organisation":
        return _export_organisation(store, args)
    return _export_actions(store, args)


def _prepare_mail(store: Store, args: argparse.Namespace) -> int:
    from app.export.mail import prepare_mail
    from app.export.minutes import find_session
    from app.export.minutes_data import Options

    meeting_id = find_session(store, args.session, args.network)
    out = args.out.expanduser().absolute() if args.out else None
    prepared = prepare_mail(
        store,
        meeting_id,
        load_methods(user_methods_dir()),
        SystemClock().now(),
        out,
        Options(args.lang, args.include_speaking_stats),
    )
    print(
        _("Message préparé pour {count} membre(s) : {path}").format(
            count=prepared.recipients, path=prepared.path
        )
    )
    if not prepared.recipients:
        print(
            _(
                "Aucun membre n'a d'adresse e-mail : ajoutez les destinataires dans "
                "votre messagerie."
            )
        )
    elif prepared.without_email:
        print(
            _("Sans adresse e-mail (à prévenir autrement) : {names}").format(
                names=", ".join(prepared.without_email)
            )
        )
    print(_("Rien n'a été envoyé : ouvrez le fichier dans votre messagerie pour l'envoyer."))
    return 0


def _export_calendar(store: Store, args: argparse.Namespace) -> int:
    from app.export.calendar import export_programme, export_session
    from app.export.minutes import find_session

    methods = load_methods(user_methods_dir())
    now = SystemClock().now()
    out = args.out.expanduser().absolute()
    if args.session is not None:
        meeting_id = find_session(store, args.session, args.network)
        export_session(store, meeting_id, methods, now, out, args.lang)
    elif args.next:
        network_id, name = find_network(store, args.network)
        with store.session() as db:
            following = db.scalar(
                select(Meeting.id)
                .where(Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED)
                .order_by(Meeting.planned_start)
            )
        if following is None:
            raise ExportError(
                _("Le réseau {network} n'a aucune séance planifiée.").format(network=name)
            )
        export_session(store, following, methods, now, out, args.lang)
    else:
        network_id, _name = find_network(store, args.network)
        export_programme(store, network_id, methods, now, out, args.lang)
    print(_("Calendrier écrit : {path}").format(path=out))
    return 0


def _export_actions(store: Store, args: argparse.Namespace) -> int:
    from app.export.actions_csv import SETTINGS, export_actions

    network_id, _name = find_network(store, args.network)
    out = args.out.expanduser().absolute()
    count = export_actions(
        store,
        network_id,
        SystemClock().now().astimezone().date(),
        out,
        open_only=not args.all,
        settings=replace(SETTINGS[args.spreadsheet], language=args.lang),
    )
    print(_("{count} action(s) écrite(s) : {path}").format(count=count, path=out))
    return 0


def _export_organisation(store: Store, args: argparse.Namespace) -> int:
    from app.export.organisation import export_organisation

    out = args.out.expanduser().absolute()
    if out.suffix.lower() != ".pdf":
        raise ExportError(
            _("« {name} » : le rapport transversal s'écrit en .pdf.").format(name=out.name)
        )
    export_organisation(store, SystemClock().now(), out, args.lang, args.sponsor)
    print(_("Rapport transversal écrit : {path}").format(path=out))
    return 0
