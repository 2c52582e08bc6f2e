"""What the command line and the window call: export a network, merge a file or a store.

Every merge — a file, « Publier », « Mettre à jour » — is :func:`merge_slice`: the plan made
in the target's transaction, then written in it; a preview (``dry_run``) plans and writes
nothing. From the window, :func:`merge_command` runs it as one user command (one transaction,
its change set announced, never in a live session's undo).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.commands import CommandHub, Fact, run_command
from app.confidentiality import EXCHANGE_READER
from app.exchange.errors import ExchangeError
from app.exchange.files import manifest_for, open_incoming, write_slice
from app.exchange.merge import apply_plan, plan_merge
from app.exchange.redaction import redact
from app.exchange.report import MergeReport
from app.exchange.rows import Slice, read_slice
from app.i18n import _
from app.store import Store
from app.vocabulary import CommandName
from models import Network

# Told how far a long job is: (steps done, steps in all, what is being done).
Progress = Callable[[int, int, str], None]


def _quiet(_done: int, _total: int, _what: str) -> None:
    pass


@dataclass(frozen=True)
class ExportResult:
    """A written exchange file and what it holds."""

    path: Path
    network: str
    rows: int
    withheld: dict[str, int]
    confidential_included: bool


def network_slice(
    store: Store, network_ids: list[uuid.UUID], *, include_confidential: bool
) -> Slice:
    """The rows of ``network_ids`` in ``store``, as they may leave it."""
    with store.session() as db:
        data = read_slice(db.connection(), network_ids)
    return data if include_confidential else redact(data, EXCHANGE_READER)


def export_network(
    store: Store,
    network_id: uuid.UUID,
    out: Path,
    now: datetime,
    *,
    include_confidential: bool = False,
    progress: Progress = _quiet,
) -> ExportResult:
    """Write network ``network_id``'s whole history to the exchange file ``out``."""
    out = out.expanduser().absolute()
    here = store.file
    if here is not None and out.exists() and here.exists() and out.samefile(here):
        raise ExchangeError(
            _("{path} est la base ouverte : choisissez un autre fichier.").format(path=out)
        )
    with store.session() as db:
        network = db.get(Network, network_id)
        if network is None:
            raise ExchangeError(_("Ce réseau n'existe plus."))
        name = network.name
    progress(0, 3, _("Lecture de l'historique du réseau…"))
    data = network_slice(store, [network_id], include_confidential=include_confidential)
    progress(1, 3, _("Écriture du fichier…"))
    manifest = replace(
        manifest_for(store, name, network_id, now),
        confidential_included=include_confidential,
        withheld=dict(data.withheld),
        redacted=frozenset(data.redacted),
    )
    path = write_slice(out, data, manifest)
    progress(3, 3, _("Fichier écrit."))
    return ExportResult(path, name, data.size(), dict(data.withheld), include_confidential)


def merge_slice(db: Session, data: Slice, source: str, *, dry_run: bool = False) -> MergeReport:
    """Merge ``data`` into the store of ``db`` in its transaction (the caller commits)."""
    connection = db.connection()
    plan = plan_merge(connection, data, source, dry_run=dry_run)
    if not dry_run:
        apply_plan(connection, plan)
    return plan.report


def read_file(path: Path, progress: Progress = _quiet) -> Slice:
    """The networks an exchange file (or a whole Cercle database) holds, checked and read."""
    progress(0, 3, _("Vérification du fichier…"))
    with open_incoming(path) as incoming:
        progress(1, 3, _("Lecture du fichier…"))
        with incoming.engine.connect() as db:
            data = read_slice(db, incoming.network_ids)
        data.withheld = dict(incoming.manifest.withheld)
        data.redacted = set(incoming.manifest.redacted)
    return data


def merge_file(
    store: Store, path: Path, *, dry_run: bool = False, progress: Progress = _quiet
) -> MergeReport:
    """Merge the file ``path`` into ``store`` (one transaction), or preview it (``dry_run``)."""
    data = read_file(path, progress)
    progress(2, 3, _("Fusion…") if not dry_run else _("Préparation de l'aperçu…"))
    report = merge_into(store, data, path.name, dry_run=dry_run)
    progress(3, 3, _("Terminé."))
    return report


def merge_into(store: Store, data: Slice, source: str, *, dry_run: bool = False) -> MergeReport:
    """Merge ``data`` into ``store`` in one transaction of its own; a preview writes nothing."""
    if dry_run:
        with store.session() as db:
            report = merge_slice(db, data, source, dry_run=True)
            db.rollback()
        return report
    with store.transaction() as db:
        return merge_slice(db, data, source)


# Everything a merge may bring: the views re-read all they show.
MERGED_FACTS = (Fact.PROFILE, Fact.MEMBERS, Fact.SESSION, Fact.AGENDA, Fact.CAPTURES, Fact.CASES)


def merge_command(
    store: Store, clock: Clock, hub: CommandHub, data: Slice, source: str
) -> MergeReport:
    """The merge as one user command of the window (announced; never in a session's undo)."""

    def body(db: Session, _now: datetime) -> MergeReport:
        return merge_slice(db, data, source)

    return run_command(
        store,
        clock,
        hub,
        CommandName.MERGE_NETWORK,
        body,
        args={"source": source},
        touches=MERGED_FACTS,
        journal=False,
    )


def network_names(store: Store) -> dict[uuid.UUID, str]:
    """Every network of ``store`` by id."""
    with store.session() as db:
        return {row.id: row.name for row in db.execute(select(Network.id, Network.name))}
