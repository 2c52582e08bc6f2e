"""The command line's parser: every command, its options and their help, in the session's
language. The exports' and the networks' commands declare theirs in their own modules."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app import __version__, cli_exchange, cli_exports
from app.cli_networks import add_commands as add_network_commands
from app.i18n import _
from app.paths import default_db_path


def add_common_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """Options every command takes, before or after its name.

    Only the main parser holds the defaults: a command's parser must not overwrite what
    was given before the command's name (``cercle --db X info``).
    """
    parser.add_argument(
        "--db",
        default=None if defaults else argparse.SUPPRESS,
        help=_(
            "fichier de base de données, ou adresse d'un serveur PostgreSQL "
            "(postgresql+psycopg://utilisateur@serveur/base ; par défaut : $CERCLE_DB, "
            "sinon {path})"
        ).format(path=default_db_path()),
    )
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=None if defaults else argparse.SUPPRESS,
        help=_("langue (fr, en ; la fenêtre garde celle choisie, sinon celle du système)"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=False if defaults else argparse.SUPPRESS,
        help=_("ouvrir le réseau de démonstration (créé s'il manque, dans son propre fichier)"),
    )


def command_parser(commands: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    command: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
    add_common_options(command, defaults=False)
    return command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cercle",
        description=_(
            "Cercle : l'instrument de l'animateur de réseaux apprenants. "
            "Sans commande, ouvre la fenêtre."
        ),
    )
    add_common_options(parser, defaults=True)
    parser.add_argument("--version", action="version", version=f"cercle {__version__}")
    commands = parser.add_subparsers(dest="command", metavar=_("COMMANDE"))
    demo = command_parser(
        commands, "demo", _("créer la base de démonstration (un réseau, six séances passées)")
    )
    demo.add_argument(
        "--reset", action="store_true", help=_("recréer la base de démonstration à neuf")
    )
    command_parser(commands, "info", _("où sont les données, et ce qu'elles contiennent"))
    command_parser(commands, "methods", _("les méthodes d'animation disponibles"))
    minutes = command_parser(
        commands, "export-minutes", _("écrire le compte rendu d'une séance (PDF, Markdown, Word)")
    )
    minutes.add_argument(
        "--session", required=True, help=_("numéro de la séance, ou son identifiant")
    )
    minutes.add_argument("--network", help=_("nom du réseau (si plusieurs ont ce numéro)"))
    minutes.add_argument(
        "--out", required=True, type=Path, help=_("fichier à écrire : .pdf, .md ou .docx")
    )
    minutes.add_argument(
        "--include-speaking-stats",
        action="store_true",
        help=_("ajouter les temps de parole (graphique, parts, indice d'équilibre)"),
    )
    minutes.add_argument(
        "--include-confidential",
        action="store_true",
        help=_("inclure les contenus confidentiels (le cas exposé, les idées confidentielles)"),
    )
    backup = command_parser(commands, "backup", _("copier la base dans son dossier de sauvegardes"))
    backup.add_argument(
        "--keep", type=int, help=_("nombre de sauvegardes à garder (par défaut 10)")
    )
    restore_cmd = command_parser(
        commands, "restore", _("remettre une sauvegarde à la place de la base actuelle")
    )
    restore_cmd.add_argument("file", type=Path, help=_("la sauvegarde à remettre"))
    restore_cmd.add_argument(
        "--yes", action="store_true", help=_("ne pas demander de confirmation")
    )
    command_parser(commands, "check", _("vérifier la base (intégrité, clés, règles de Cercle)"))
    generate_cmd = command_parser(
        commands, "generate", _("créer une grande base synthétique (mesures, essais)")
    )
    generate_cmd.add_argument("--out", required=True, type=Path, help=_("fichier à créer"))
    generate_cmd.add_argument("--networks", type=int, default=1, help=_("nombre de réseaux"))
    generate_cmd.add_argument(
        "--years", type=int, default=5, help=_("années de séances mensuelles")
    )
    generate_cmd.add_argument(
        "--members", default="30", help=_("membres par réseau : 30, ou un intervalle 8-25")
    )
    generate_cmd.add_argument(
        "--turns-per-session", type=int, default=1700, help=_("tours de parole par séance")
    )
    generate_cmd.add_argument(
        "--entries-per-session", type=int, default=250, help=_("captures par séance")
    )
    generate_cmd.add_argument("--seed", type=int, default=2026, help=_("graine du hasard"))
    members = command_parser(
        commands, "import-members", _("importer des membres d'un fichier CSV (tableur)")
    )
    members.add_argument("file", type=Path, help=_("le fichier CSV (séparateur ; ou ,)"))
    members.add_argument("--network", required=True, help=_("nom du réseau"))
    members.add_argument(
        "--apply", action="store_true", help=_("écrire (sans cette option : aperçu seulement)")
    )
    booklet = command_parser(
        commands, "export-booklet", _("écrire le livret d'accueil PDF d'un réseau")
    )
    booklet.add_argument("--network", help=_("nom du réseau (facultatif s'il n'y en a qu'un)"))
    booklet.add_argument("--out", required=True, type=Path, help=_("fichier PDF à écrire"))
    cli_exports.add_commands(commands, command_parser)
    add_network_commands(commands, command_parser)
    cli_exchange.add_commands(commands, command_parser)
    return parser
