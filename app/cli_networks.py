"""The command line of a facilitator's own networks and people.

``cercle network create/list/rename/archive/unarchive``, ``cercle member
add/list/leave --network NAME`` and ``cercle import-members FILE --network NAME [--apply]``.
Every write is one transaction; a refusal is one sentence and a non-zero exit (``app.cli``
prints it). ``network list`` and ``member list`` only read: they work beside an open window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from app import networks
from app.clock import SystemClock
from app.i18n import _, n_
from app.networks import (
    add_person,
    create,
    find,
    find_person,
    listing,
    people,
    person_leaves,
    rename,
    set_archived,
)
from app.store import Store, StoreError
from app.vocabulary import network_kind_name
from models import MembershipRole, NetworkKind

Command = Callable[[Any, str, str], argparse.ArgumentParser]

ROLE_CHOICES = {r.value: r for r in MembershipRole}


def kind_word(kind: NetworkKind | None) -> str:
    """A network's kind in the reader's language, a dash when not given."""
    return network_kind_name(kind) if kind is not None else "—"


def add_commands(commands: Any, command: Command) -> None:
    """The ``network`` and ``member`` commands, each with its actions."""
    network = command(commands, "network", _("créer, lister, renommer, archiver vos réseaux"))
    actions = network.add_subparsers(dest="action", metavar=_("ACTION"), required=True)
    create_cmd = command(actions, "create", _("créer un réseau (seul le nom est requis)"))
    create_cmd.add_argument("name", help=_("nom du réseau"))
    create_cmd.add_argument(
        "--kind", choices=[k.value for k in NetworkKind], help=_("type de réseau")
    )
    create_cmd.add_argument("--intention", help=_("intention commune"))
    create_cmd.add_argument("--sponsor", help=_("commanditaire"))
    create_cmd.add_argument("--pilot", help=_("pilote"))
    create_cmd.add_argument("--facilitators", help=_("animateurs"))
    create_cmd.add_argument("--rhythm", type=int, help=_("jours entre deux séances"))
    create_cmd.add_argument("--minutes", type=int, help=_("durée d'une séance, en minutes"))
    create_cmd.add_argument(
        "--autonomy", type=int, help=_("curseur autonomie (0) ↔ alignement (100)")
    )
    create_cmd.add_argument(
        "--structuring", type=int, help=_("curseur structuration faible (0) ↔ forte (100)")
    )
    listed = command(actions, "list", _("les réseaux (lecture seule)"))
    listed.add_argument("--all", action="store_true", help=_("avec les réseaux archivés"))
    renamed = command(actions, "rename", _("renommer un réseau"))
    renamed.add_argument("name", help=_("nom actuel"))
    renamed.add_argument("new_name", help=_("nouveau nom"))
    for name, help_text in (
        ("archive", _("archiver un réseau en sommeil (son historique est gardé)")),
        ("unarchive", _("ramener un réseau archivé")),
    ):
        command(actions, name, help_text).add_argument("name", help=_("nom du réseau"))

    member = command(commands, "member", _("ajouter, lister, faire partir les membres"))
    member_actions = member.add_subparsers(dest="action", metavar=_("ACTION"), required=True)
    add = command(member_actions, "add", _("ajouter une personne (ou la faire revenir)"))
    add.add_argument("name", help=_("nom de la personne"))
    add.add_argument("--email", default="", help=_("adresse e-mail"))
    add.add_argument("--unit", default="", help=_("service"))
    add.add_argument("--role", choices=list(ROLE_CHOICES), default="member", help=_("rôle"))
    members_list = command(member_actions, "list", _("les membres (lecture seule)"))
    members_list.add_argument("--all", action="store_true", help=_("avec ceux qui sont partis"))
    gone = command(member_actions, "leave", _("une personne quitte le réseau"))
    gone.add_argument("name", help=_("nom ou e-mail de la personne"))
    for parser in (add, members_list, gone):
        parser.add_argument("--network", required=True, help=_("nom du réseau"))


def is_read_only(args: argparse.Namespace) -> bool:
    """Whether the command only reads (opened read-only, without the lock)."""
    return args.command in ("network", "member") and args.action == "list"


def run(store: Store | None, args: argparse.Namespace) -> int:
    """Run a ``network`` or ``member`` command; ``store`` is None when there is no file yet
    (a read-only command then says so)."""
    if store is None:
        print(_no_network())
        return 0
    if args.command == "network":
        return _network(store, args)
    return _member(store, args)


def _no_network() -> str:
    return _("Aucun réseau pour l'instant : créez le vôtre avec « cercle network create NOM ».")


def _network(store: Store, args: argparse.Namespace) -> int:
    now = SystemClock().now()
    if args.action == "list":
        with store.session() as db:
            rows = [r for r in listing(db) if args.all or not r.archived]
        if not rows:
            print(_no_network())
        for r in rows:
            archived = f"  [{_('archivé')}]" if r.archived else ""
            print(
                f"{r.name}{archived} — {kind_word(r.kind)} · "
                + n_("{n} membre", "{n} membres", r.members)
                + ", "
                + n_("{n} séance", "{n} séances", r.sessions)
            )
        return 0
    with store.transaction() as db:
        if args.action == "create":
            fields = {
                "kind": args.kind,
                "intention": args.intention,
                "sponsor": args.sponsor,
                "pilot": args.pilot,
                "facilitators": args.facilitators,
                "target_rhythm_days": args.rhythm,
                "meeting_minutes": args.minutes,
                "autonomy_alignment": args.autonomy,
                "structuring": args.structuring,
            }
            create(db, args.name, now, **fields)
            message = _("Réseau créé : {name}.").format(name=" ".join(args.name.split()))
        elif args.action == "rename":
            network = find(db, args.name)
            rename(db, network.id, args.new_name)
            message = _("Réseau renommé : {old} → {new}.").format(
                old=network.name, new=args.new_name.strip()
            )
        else:
            network = find(db, args.name)
            set_archived(db, network.id, now if args.action == "archive" else None)
            message = (
                _("Réseau archivé : {name} (son historique est gardé).")
                if args.action == "archive"
                else _("Réseau ramené : {name}.")
            ).format(name=network.name)
    print(message)
    return 0


def _member(store: Store, args: argparse.Namespace) -> int:
    now = SystemClock().now()
    if args.action == "list":
        with store.session() as db:
            network = find(db, args.network)
            rows = people(db, network.id, with_left=args.all)
        for r in rows:
            key = str(r.tile) if r.tile is not None and r.left_on is None else "–"
            left = (
                "  " + _("parti·e le {date}").format(date=r.left_on.isoformat())
                if r.left_on
                else ""
            )
            details = " · ".join(part for part in (r.email, r.unit) if part)
            print(f"{key:>3}  {r.name}{'  ' + details if details else ''}{left}")
        return 0
    with store.transaction() as db:
        network = find(db, args.network)
        if args.action == "add":
            add_person(
                db,
                network.id,
                args.name,
                now,
                email=args.email,
                unit=args.unit,
                role=ROLE_CHOICES[args.role],
            )
            message = _("{name} est membre de {network}.").format(
                name=" ".join(args.name.split()), network=network.name
            )
        else:
            member_id = find_person(db, network.id, args.name)
            person_leaves(db, network.id, member_id, now.astimezone().date())
            message = _("{name} a quitté {network} (son historique est gardé).").format(
                name=args.name, network=network.name
            )
    print(message)
    return 0


def import_members(store: Store, args: argparse.Namespace) -> int:
    """`cercle import-members`: preview a file's rows; with --apply, import them."""
    from app.members_import import RowStatus, apply, preview

    try:
        data = args.file.expanduser().read_bytes()
    except OSError as error:
        raise StoreError(
            _("Impossible de lire {path} : {error}").format(path=args.file, error=error.strerror)
        ) from error
    with store.session() as db:
        network_id = networks.find(db, args.network).id  # whatever the case and accents
        previewed = preview(db, network_id, data)
    if previewed.problem:
        print(previewed.problem, file=sys.stderr)
        return 1
    words = {
        RowStatus.NEW: _("nouveau"),
        RowStatus.JOIN: _("rejoint"),
        RowStatus.DUPLICATE: _("doublon"),
        RowStatus.ERROR: _("erreur"),
    }
    print(
        _("Fichier lu en {encoding}, séparateur « {delimiter} ».").format(
            encoding=previewed.encoding, delimiter=previewed.delimiter
        )
    )
    for row in previewed.rows:
        detail = f" — {row.message}" if row.message else ""
        print(f"  {_('ligne')} {row.line:>4}  {words[row.status]:9} {row.name}{detail}")
    summary = _("{new} nouveaux, {join} qui rejoignent, {dup} doublons, {err} erreurs.").format(
        new=previewed.count(RowStatus.NEW),
        join=previewed.count(RowStatus.JOIN),
        dup=previewed.count(RowStatus.DUPLICATE),
        err=previewed.count(RowStatus.ERROR),
    )
    print(summary)
    if not args.apply:
        print(_("Aperçu seulement : rien n'a été écrit (ajoutez --apply pour importer)."))
        return 0
    with store.transaction() as db:
        added = apply(db, previewed, SystemClock().now())
    print(n_("{n} personne ajoutée au réseau.", "{n} personnes ajoutées au réseau.", added))
    return 0
