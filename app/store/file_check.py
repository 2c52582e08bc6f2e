"""What a store opened before its file was checked carries: the check's outcome
(``app.store.deferred_check`` runs it; ``Store.transaction`` waits for it)."""

from __future__ import annotations

from typing import Protocol

from app.store.errors import StoreError


class FileCheck(Protocol):
    """The check of a file opened before it was checked (``app.store.deferred_check``)."""

    @property
    def sound(self) -> bool: ...

    @property
    def done(self) -> bool: ...

    @property
    def error(self) -> StoreError | None: ...

    def wait_sound(self) -> None: ...
