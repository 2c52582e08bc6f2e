"""A network's exchange file (``reseau.cercle``): writing one, and opening one to merge it.

The file is an SQLite database with Cercle's own schema at the current migration, holding
only that network's rows, plus a small manifest table (format version, where it comes from,
the network, when it was written, whether confidential content is in it, what was withheld).
So it is opened and checked by the store's own code, and ``merge`` reads any Cercle store: an
exchange file, or a whole Cercle database (all its networks).

Opening never writes to the file: it is copied into a temporary folder first (consistently,
even beside a writer), and an older file is upgraded there by the shipped migrations.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Column, Connection, Engine, MetaData, String, Table, Text, insert, select

from app.exchange.errors import ExchangeError
from app.exchange.policies import parents_first
from app.exchange.rows import ORDER, Slice, table
from app.i18n import _
from app.store import Store
from app.store.backup import copy_database
from app.store.database import create_sqlite_engine, head_revision, inspect_file, upgrade
from app.store.errors import (
    CorruptDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    NotCercleDatabaseError,
    StoreError,
)

FORMAT_VERSION = 1
SUFFIX = ".cercle"

_manifest_metadata = MetaData()
MANIFEST = Table(
    "cercle_exchange",
    _manifest_metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)


@dataclass(frozen=True)
class Manifest:
    """What an exchange file says of itself (a whole database has none: ``format`` 0)."""

    format: int = 0
    network: str = ""
    network_id: uuid.UUID | None = None
    source: str = ""
    exported_at: str = ""
    confidential_included: bool = False
    withheld: dict[str, int] = field(default_factory=dict)
    redacted: frozenset[uuid.UUID] = frozenset()


def write_slice(path: Path, data: Slice, manifest: Manifest) -> Path:
    """Write ``data`` to a new exchange file at ``path`` (complete, or not there at all)."""
    path = path.expanduser().absolute()
    partial = path.with_name(f".{path.name}.partial")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    try:
        engine = create_sqlite_engine(partial)
        try:
            upgrade(engine)
            with engine.begin() as db:
                _insert_all(db, data)
                _write_manifest(db, manifest)
        finally:
            engine.dispose()
        plain = sqlite3.connect(partial, isolation_level=None)
        try:
            plain.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            plain.close()
        os.replace(partial, path)
    except OSError as error:
        raise ExchangeError(
            _("Impossible d'écrire {path} : {error}").format(path=path, error=error.strerror)
        ) from error
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
    return path


def _insert_all(db: Connection, data: Slice) -> None:
    for name in ORDER:
        rows = data.of(name)
        if name == "agenda_items":
            rows = parents_first(rows)
        if rows:
            db.execute(insert(table(name)), rows)


def _write_manifest(db: Connection, manifest: Manifest) -> None:
    _manifest_metadata.create_all(db)
    values = {
        "format": str(manifest.format),
        "network": manifest.network,
        "network_id": str(manifest.network_id or ""),
        "source": manifest.source,
        "exported_at": manifest.exported_at,
        "confidential_included": "yes" if manifest.confidential_included else "no",
        "withheld": json.dumps(manifest.withheld),
        "redacted": json.dumps(sorted(str(i) for i in manifest.redacted)),
    }
    db.execute(insert(MANIFEST), [{"key": k, "value": v} for k, v in values.items()])


def read_manifest(db: Connection) -> Manifest:
    """The manifest of the exchange file ``db`` reads (``format`` 0: a whole database)."""
    if not db.dialect.has_table(db, MANIFEST.name):
        return Manifest()
    values = {row.key: row.value for row in db.execute(select(MANIFEST))}
    try:
        return Manifest(
            format=int(values.get("format", "0")),
            network=values.get("network", ""),
            network_id=uuid.UUID(values["network_id"]) if values.get("network_id") else None,
            source=values.get("source", ""),
            exported_at=values.get("exported_at", ""),
            confidential_included=values.get("confidential_included") == "yes",
            withheld={str(k): int(v) for k, v in json.loads(values.get("withheld", "{}")).items()},
            redacted=frozenset(uuid.UUID(i) for i in json.loads(values.get("redacted", "[]"))),
        )
    except (ValueError, TypeError, AttributeError) as error:
        raise ExchangeError(_("Le manifeste du fichier d'échange est illisible.")) from error


@dataclass
class Incoming:
    """An exchange file (or a Cercle database) opened for merging, on a private copy."""

    path: Path
    engine: Engine
    manifest: Manifest
    network_ids: list[uuid.UUID]


def refusal(path: Path, error: StoreError) -> ExchangeError:
    """Why ``path`` cannot be merged, in one sentence that says nothing was merged."""
    name = path.name
    if isinstance(error, NotADatabaseError):
        message = _("{name} n'est pas un fichier d'échange Cercle : rien n'a été fusionné.")
    elif isinstance(error, NotCercleDatabaseError):
        message = _(
            "{name} est une base SQLite d'un autre logiciel, pas un fichier d'échange Cercle : "
            "rien n'a été fusionné."
        )
    elif isinstance(error, NewerDatabaseError):
        message = _(
            "{name} vient d'une version plus récente de Cercle : mettez Cercle à jour pour le "
            "fusionner ; rien n'a été fusionné."
        )
    elif isinstance(error, CorruptDatabaseError):
        message = _(
            "{name} est incomplet ou endommagé (une copie interrompue ?) : rien n'a été "
            "fusionné ; exportez-le à nouveau."
        )
    else:
        return ExchangeError(str(error))
    return ExchangeError(message.format(name=name))


@contextmanager
def open_incoming(path: Path) -> Iterator[Incoming]:
    """Open ``path`` for merging: checked, copied aside, upgraded if older; never written."""
    path = path.expanduser().absolute()
    if not path.exists():
        raise ExchangeError(_("Le fichier {path} est introuvable.").format(path=path))
    with tempfile.TemporaryDirectory(prefix="cercle-merge-") as folder:
        copy = Path(folder) / "incoming.sqlite3"
        try:
            inspection = inspect_file(path)
            if inspection.revision is None:
                raise NotCercleDatabaseError(path)
            copy_database(path, copy)
        except StoreError as error:
            raise refusal(path, error) from error
        except (sqlite3.Error, OSError) as error:
            raise refusal(path, CorruptDatabaseError(path, str(error))) from error
        engine = create_sqlite_engine(copy)
        try:
            if inspection.revision != head_revision():
                upgrade(engine)
            with engine.connect() as db:
                manifest = read_manifest(db)
                networks = table("networks")
                ids = list(db.scalars(select(networks.c.id)))
            if manifest.format > FORMAT_VERSION:
                raise refusal(path, NewerDatabaseError(path, f"format {manifest.format}"))
            yield Incoming(path, engine, manifest, ids)
        finally:
            engine.dispose()
            shutil.rmtree(folder, ignore_errors=True)


def manifest_for(store: Store, network: str, network_id: uuid.UUID, now: datetime) -> Manifest:
    """The manifest of a file written from ``store`` now (confidential content withheld)."""
    return Manifest(
        format=FORMAT_VERSION,
        network=network,
        network_id=network_id,
        source=store.file.name if store.file is not None else str(store.location),
        exported_at=now.isoformat(),
    )
