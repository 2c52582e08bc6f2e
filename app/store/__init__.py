"""Cercle's local store: one SQLite file, opened in one place, never silently damaged."""

from app.store.database import Store, head_revision, open_store
from app.store.errors import (
    AlreadyOpenError,
    CorruptDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    NotCercleDatabaseError,
    ReadOnlyLocationError,
    StoreError,
)
from app.store.reading import open_read_only

__all__ = [
    "AlreadyOpenError",
    "CorruptDatabaseError",
    "NewerDatabaseError",
    "NotADatabaseError",
    "NotCercleDatabaseError",
    "ReadOnlyLocationError",
    "Store",
    "StoreError",
    "head_revision",
    "open_read_only",
    "open_store",
]
