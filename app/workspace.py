"""The application core as the windows see it: one open database, a clock, the methods.

Views ask the workspace for plain snapshots and send it commands; they never touch the
database themselves (see ARCHITECTURE.md, "The windows").
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.clock import Clock
from app.engine.session import SessionEngine
from app.methods import MethodCatalogue, load_methods
from app.paths import user_methods_dir
from app.planning import NetworkSummary, overview
from app.store import Store


@dataclass
class Workspace:
    store: Store
    clock: Clock
    methods: MethodCatalogue

    @classmethod
    def open(cls, store: Store, clock: Clock) -> Workspace:
        """A workspace on ``store`` with the shipped and the facilitator's own methods."""
        return cls(store, clock, load_methods(user_methods_dir()))

    def overview(self) -> list[NetworkSummary]:
        """Every network and its sessions, for the home screen."""
        with self.store.session() as db:
            return overview(db)

    def engine(self, meeting_id: uuid.UUID) -> SessionEngine:
        """The live engine of one session."""
        return SessionEngine(self.store, meeting_id, self.clock, self.methods)
