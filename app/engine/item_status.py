"""Where an agenda item is in its run — a plain enum, so that the words shown for it
(``app.vocabulary``) load without the engine and SQLAlchemy."""

from __future__ import annotations

import enum


class ItemStatus(enum.StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    SKIPPED = "skipped"
