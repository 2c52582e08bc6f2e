"""The command line: ``cercle [--db PATH] [--lang fr|en] [--demo] [COMMAND]``.

Without a command, Cercle opens its window on the database. The window itself lives in
``ui/``: it is handed in by the launcher (``ui.shell.launcher``), so that this module — like all
of ``app/`` — runs without Qt.

Over 400 lines: the parser and the dispatch of every command in one place; the reading
commands live in ``app.cli_reading``, the networks' in ``app.cli_networks``, the exports'
in ``app.cli_exports`` (the parser's declarations could follow them: issue 17).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import __version__, cli_exports, networks
from app.cli_networks import add_commands as add_network_commands
from app.cli_networks import run as run_network_command
from app.cli_reading import count, read_only, reads_only
from app.clock import SystemClock
from app.engine.errors import EngineError
from app.export.errors import ExportError
from app.i18n import _, n_, set_language
from app.methods import load_methods
from app.paths import default_db_path, demo_db_path, user_methods_dir
from app.store import Store, StoreError, open_store
from app.store.backup import make_backup
from app.store.errors import CorruptDatabaseError
from models import Network

# Opens the window on an open store; returns the process exit status.
WindowOpener = Callable[[Store, argparse.Namespace], int]
# Builds the demo database at a path before the window opens, showing how far it is; False
# when it failed (it has said why). The window shows a progress window; commands print text.
DemoBuilder = Callable[[Path, argparse.Namespace], bool]


def _add_common_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """Options every command takes, before or after its name.

    Only the main parser holds the defaults: a command's parser must not overwrite what
    was given before the command's name (``cercle --db X info``).
    """
    parser.add_argument(
        "--db",
        type=Path,
        default=None if defaults else argparse.SUPPRESS,
        help=_("fichier de base de données (par défaut : $CERCLE_DB, sinon {path})").format(
            path=default_db_path()
        ),
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


def _command(commands: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    command: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
    _add_common_options(command, defaults=False)
    return command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cercle",
        description=_(
            "Cercle : l'instrument de l'animateur de réseaux apprenants. "
            "Sans commande, ouvre la fenêtre."
        ),
    )
    _add_common_options(parser, defaults=True)
    parser.add_argument("--version", action="version", version=f"cercle {__version__}")
    commands = parser.add_subparsers(dest="command", metavar=_("COMMANDE"))
    demo = _command(
        commands, "demo", _("créer la base de démonstration (un réseau, six séances passées)")
    )
    demo.add_argument(
        "--reset", action="store_true", help=_("recréer la base de démonstration à neuf")
    )
    _command(commands, "info", _("où sont les données, et ce qu'elles contiennent"))
    _command(commands, "methods", _("les méthodes d'animation disponibles"))
    minutes = _command(
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
    backup = _command(commands, "backup", _("copier la base dans son dossier de sauvegardes"))
    backup.add_argument(
        "--keep", type=int, help=_("nombre de sauvegardes à garder (par défaut 10)")
    )
    restore_cmd = _command(
        commands, "restore", _("remettre une sauvegarde à la place de la base actuelle")
    )
    restore_cmd.add_argument("file", type=Path, help=_("la sauvegarde à remettre"))
    restore_cmd.add_argument(
        "--yes", action="store_true", help=_("ne pas demander de confirmation")
    )
    _command(commands, "check", _("vérifier la base (intégrité, clés, règles de Cercle)"))
    generate_cmd = _command(
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
    members = _command(
        commands, "import-members", _("importer des membres d'un fichier CSV (tableur)")
    )
    members.add_argument("file", type=Path, help=_("le fichier CSV (séparateur ; ou ,)"))
    members.add_argument("--network", required=True, help=_("nom du réseau"))
    members.add_argument(
        "--apply", action="store_true", help=_("écrire (sans cette option : aperçu seulement)")
    )
    booklet = _command(commands, "export-booklet", _("écrire le livret d'accueil PDF d'un réseau"))
    booklet.add_argument("--network", help=_("nom du réseau (facultatif s'il n'y en a qu'un)"))
    booklet.add_argument("--out", required=True, type=Path, help=_("fichier PDF à écrire"))
    cli_exports.add_commands(commands, _command)
    add_network_commands(commands, _command)
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db)
    if args.demo or args.command == "demo":
        return demo_db_path()
    return default_db_path()


def ensure_demo(
    path: Path, *, reset: bool = False, progress: Callable[[int, int], None] | None = None
) -> Store:
    """Open the demo database at ``path``, filling it when new (or when ``reset``).

    Refuses to add demo data to a database that already holds networks: demo data never
    mixes with a facilitator's own. ``progress`` is told how far the seeding is (steps done,
    steps in all); it is never called when the demo is already there.
    """
    from app.demo import seed_demo  # the demo drives the engine: loaded when needed

    if reset:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    store = open_store(path)
    try:
        if count(store, Network) == 0:
            seed_demo(store, SystemClock().now(), progress=progress)
        elif not _is_demo(store):
            raise StoreError(
                _(
                    "{path} contient déjà vos propres réseaux : la démonstration ne s'y ajoute "
                    "pas. Choisissez un autre fichier."
                ).format(path=path),
                path,
            )
    except BaseException:
        store.close()
        raise
    return store


def _is_demo(store: Store) -> bool:
    from app.demo import NETWORK_NAME

    with store.session() as db:
        names = list(db.scalars(select(Network.name)))
    return names == [NETWORK_NAME]


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


def _generate(args: argparse.Namespace) -> int:
    from app.synthetic import Scale, generate

    out = args.out.expanduser().absolute()
    if out.exists():
        raise StoreError(_("{path} existe déjà : choisissez un nouveau fichier.").format(path=out))
    low, _sep, high = args.members.partition("-")
    if not low.isdigit() or (high and not high.isdigit()):
        raise StoreError(_("--members attend un nombre ou un intervalle, par exemple 8-25."))
    scale = Scale(
        networks=max(args.networks, 1),
        years=max(args.years, 1),
        members=(int(low), int(high or low)),
        turns_per_session=max(args.turns_per_session, 1),
        entries_per_session=max(args.entries_per_session, 0),
    )
    with open_store(out) as store:
        counts = generate(store, scale, load_methods(user_methods_dir()), seed=args.seed)
    print(
        _(
            "{path} : {networks} réseau(x), {members} membres, {sessions} séances, "
            "{turns} tours de parole, {entries} entrées du répertoire."
        ).format(path=out, **counts)
    )
    return 0


def _import_members(store: Store, args: argparse.Namespace) -> int:
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


def _check(path: Path) -> int:
    from app.store.safety import check_database

    report = check_database(path)
    if report.ok:
        print(_("{path} : aucun problème trouvé.").format(path=report.path))
        return 0
    print(
        n_("{path} : {n} problème :", "{path} : {n} problèmes :", len(report.problems)).format(
            path=report.path
        )
    )
    for problem in report.problems:
        print(f"  - {problem}")
    return 1


def _restore(path: Path, backup: Path, yes: bool) -> int:
    from app.store.safety import restore

    backup = backup.expanduser().absolute()
    if not yes:
        question = _(
            "Remplacer {path} par la sauvegarde {backup} ? La base actuelle sera mise de côté "
            "dans ses sauvegardes. [o/N] "
        ).format(path=path, backup=backup)
        if input(question).strip().lower() not in ("o", "oui", "y", "yes"):
            print(_("Rien n'a été changé."))
            return 1
    aside = restore(path, backup)
    print(_("Sauvegarde remise en place. L'ancienne base est gardée : {path}").format(path=aside))
    return 0


# Asked, when the database fails its check at start-up, whether to put a backup back:
# (the message, the backup) → yes or no. The window asks with a dialog.
RestoreOffer = Callable[[str, Path], bool]


def _latest_backup_told(path: Path, error: CorruptDatabaseError) -> tuple[StoreError, Path | None]:
    """The refusal of a damaged database, naming its latest sound backup when there is one."""
    from app.store.safety import latest_good_backup

    backup = latest_good_backup(path)
    if backup is None:
        return error, None
    message = _(
        "{error} La dernière sauvegarde saine est {backup}. Pour la remettre en place : "
        'cercle restore "{backup}"'
    ).format(error=error, backup=backup)
    return StoreError(message, path), backup


def _open(path: Path, offer: RestoreOffer | None) -> Store:
    """Open the database; a damaged one is never opened for writing — a good backup is offered."""
    from app.store.safety import restore

    try:
        return open_store(path)
    except CorruptDatabaseError as error:
        refusal, backup = _latest_backup_told(path, error)
        if backup is None:
            raise
        if offer is None or not offer(str(refusal), backup):
            raise refusal from error
        restore(path, backup)
        return open_store(path)


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
    if args.command == "check":
        return _check(path)
    if args.command == "restore":
        return _restore(path, args.file, args.yes)
    if args.command == "generate":
        return _generate(args)
    if reads_only(args):
        if args.demo and not path.exists():
            ensure_demo(path).close()  # the demo is made when first asked for
        try:
            return read_only(path, args, _import_members)
        except CorruptDatabaseError as error:
            refusal, backup = _latest_backup_told(path, error)
            if backup is None:
                raise
            raise refusal from error
    if args.command == "demo" or args.demo:
        # The first launch of the demo window: built with a progress window, off its thread.
        first = build_demo is not None and args.command is None and not path.exists()
        if first and build_demo is not None and not build_demo(path, args):
            return 1
        store = ensure_demo(path, reset=getattr(args, "reset", False))
    else:
        store = _open(path, offer_restore)
    with store:
        if args.command in ("network", "member"):
            return run_network_command(store, args)
        if args.command == "demo":
            print(_("Base de démonstration prête : {path}").format(path=store.path))
            return 0
        if args.command == "backup":
            copy = make_backup(store.path, "manual", keep=args.keep)
            print(_("Sauvegarde écrite : {path}").format(path=copy))
            return 0
        if args.command == "import-members":
            return _import_members(store, args)
        if open_window is None:
            print(_("Cette commande n'a pas de fenêtre : lancez « cercle »."), file=sys.stderr)
            return 2
        return open_window(store, args)
