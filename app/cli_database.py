"""The command line's care of the database file: check it, put a backup back, open it (a
damaged one is never opened for writing: its latest sound backup is offered), the demo's own
file, and a large synthetic database for measures."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from app.cli_reading import count
from app.clock import SystemClock
from app.i18n import _, n_
from app.methods import load_methods
from app.paths import user_methods_dir
from app.store import Store, StoreError, open_store
from app.store.address import Location, ServerDatabase
from app.store.errors import CorruptDatabaseError, ServerHasNoFileError
from models import Network


def ensure_demo(
    path: Location, *, reset: bool = False, progress: Callable[[int, int], None] | None = None
) -> Store:
    """Open the demo database at ``path``, filling it when new (or when ``reset``).

    Refuses to add demo data to a database that already holds networks: demo data never
    mixes with a facilitator's own. ``progress`` is told how far the seeding is (steps done,
    steps in all); it is never called when the demo is already there.
    """
    from app.demo import seed_demo  # the demo drives the engine: loaded when needed

    if reset and isinstance(path, ServerDatabase):
        raise StoreError(
            _(
                "--reset efface une base : sur un serveur, c'est à l'administrateur de le faire "
                "(dropdb puis createdb) ; {url} n'a pas été modifiée."
            ).format(url=path),
            path,
        )
    if reset:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    store = open_store(path)
    try:
        if count(store, Network) == 0:
            seed_demo(store, SystemClock().now(), progress=progress)
        elif not is_demo(store):
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


def is_demo(store: Store) -> bool:
    from app.demo_content import NETWORK_NAME

    with store.session() as db:
        names = list(db.scalars(select(Network.name)))
    return names == [NETWORK_NAME]


def generate_database(args: argparse.Namespace) -> int:
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


def check(path: Location) -> int:
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


def restore_backup(path: Location, backup: Path, yes: bool) -> int:
    from app.store.safety import restore

    if isinstance(path, ServerDatabase):
        raise ServerHasNoFileError(path)

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


def latest_backup_told(path: Path, error: CorruptDatabaseError) -> tuple[StoreError, Path | None]:
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


def open_database(path: Location, offer: RestoreOffer | None) -> Store:
    """Open the database; a damaged one is never opened for writing — a good backup is offered."""
    from app.store.safety import restore

    if isinstance(path, ServerDatabase):  # no file, so no backup of Cercle's to offer
        return open_store(path)

    try:
        return open_store(path)
    except CorruptDatabaseError as error:
        refusal, backup = latest_backup_told(path, error)
        if backup is None:
            raise
        if offer is None or not offer(str(refusal), backup):
            raise refusal from error
        restore(path, backup)
        return open_store(path)
