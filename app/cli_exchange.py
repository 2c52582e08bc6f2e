"""The command line of exchanging networks: ``export-network``, ``merge``, ``publish``,
``update`` (see ``app.exchange``)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import networks
from app.clock import SystemClock
from app.exchange.report import MergeReport
from app.exchange.server import identity, open_server, publish, update
from app.exchange.service import export_network, merge_file
from app.i18n import _, n_
from app.store import Store

COMMANDS = ("export-network", "merge", "publish", "update")


def add_commands(
    commands: Any, command: Callable[[Any, str, str], argparse.ArgumentParser]
) -> None:
    """Declare the commands on the main parser's ``commands`` (with ``command`` of app.cli)."""
    export = command(
        commands, "export-network", _("écrire tout l'historique d'un réseau dans un fichier")
    )
    export.add_argument("name", help=_("nom du réseau"))
    export.add_argument(
        "--out", required=True, type=Path, help=_("fichier à écrire, par exemple reseau.cercle")
    )
    export.add_argument(
        "--include-confidential",
        action="store_true",
        help=_(
            "inclure les contenus confidentiels (pour déplacer votre propre réseau entre vos "
            "propres postes seulement)"
        ),
    )
    merge = command(
        commands, "merge", _("fusionner un fichier de réseau (ou une base Cercle) dans la base")
    )
    merge.add_argument("file", type=Path, help=_("le fichier à fusionner"))
    merge.add_argument(
        "--dry-run", action="store_true", help=_("aperçu seulement : rien n'est écrit")
    )
    server_help = _("adresse du serveur (par défaut : $CERCLE_SERVER)")
    pub = command(commands, "publish", _("publier un réseau sur le serveur"))
    pub.add_argument("name", help=_("nom du réseau"))
    pub.add_argument("--server", help=server_help)
    pub.add_argument("--dry-run", action="store_true", help=_("aperçu seulement"))
    upd = command(commands, "update", _("mettre à jour vos réseaux depuis le serveur"))
    upd.add_argument("--server", help=server_help)
    upd.add_argument(
        "--me", help=_("votre nom ou votre courriel, tel que le serveur le connaît ($CERCLE_ME)")
    )
    upd.add_argument("--dry-run", action="store_true", help=_("aperçu seulement"))


def reads_only(args: argparse.Namespace) -> bool:
    """Export and previews only read this database (they work beside an open window)."""
    if args.command == "export-network":
        return True
    return args.command in COMMANDS and bool(getattr(args, "dry_run", False))


def run(store: Store, args: argparse.Namespace) -> int:
    """Run one of ``COMMANDS`` on ``store``."""
    if args.command == "export-network":
        return _export(store, args)
    if args.command == "merge":
        return _show(merge_file(store, args.file, dry_run=args.dry_run))
    location = args.server or os.environ.get("CERCLE_SERVER", "")
    if args.command == "publish":
        with store.session() as db:
            network_id = networks.find(db, args.name).id
        with open_server(location) as server:
            return _show(publish(store, server, network_id, dry_run=args.dry_run))
    me = identity(getattr(args, "me", None) or os.environ.get("CERCLE_ME", ""))
    with open_server(location) as server:
        return _show(update(store, server, me, dry_run=args.dry_run))


def _export(store: Store, args: argparse.Namespace) -> int:
    with store.session() as db:
        network_id = networks.find(db, args.name).id  # whatever the case and accents
    result = export_network(
        store,
        network_id,
        args.out,
        SystemClock().now(),
        include_confidential=args.include_confidential,
    )
    print(
        _("{path} : tout l'historique de « {network} » ({rows}).").format(
            path=result.path,
            network=result.network,
            rows=n_("{n} ligne", "{n} lignes", result.rows),
        )
    )
    if result.confidential_included:
        print(
            _(
                "Attention : ce fichier contient les contenus confidentiels (cas de "
                "codéveloppement, captures confidentielles). Ne le confiez à personne d'autre "
                "que vous-même."
            ),
            file=sys.stderr,
        )
    else:
        withheld = sum(result.withheld.values())
        print(
            n_(
                "Contenus confidentiels retenus sur ce poste : {n} élément (ajoutez "
                "--include-confidential pour déplacer votre réseau entre vos propres postes).",
                "Contenus confidentiels retenus sur ce poste : {n} éléments (ajoutez "
                "--include-confidential pour déplacer votre réseau entre vos propres postes).",
                withheld,
            )
        )
    return 0


def _show(report: MergeReport) -> int:
    print("\n".join(report.lines()))
    return 0
