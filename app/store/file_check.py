"""What a store opened before its file was checked carries: the check's outcome
(``app.store.deferred_check`` runs it; ``Store.transaction`` waits for it)."""

from __future__ import annotations

from typing import Protocol

from app.store.errors import StoreError


class FileCheck(Protocol):
    """The check of a file opened before it was checked (``app.store.deferred_check``)."""

    @property
    def sound(self) -> bool:
        """The check is over and the file passed it: writing is allowed."""

    @property
    def done(self) -> bool:
        """Whether the check is over, passed or not."""

    @property
    def error(self) -> StoreError | None:
        """Why the file may not be written (None while running, or when it passed)."""

    def wait_sound(self) -> None:
        """Return once the file passed its check; raise why it may not be written otherwise."""
