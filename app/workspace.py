"""The application core as the windows see it: one open database, a clock, the methods.

Views ask the workspace for plain snapshots and send it commands; they never touch the
database themselves (see ARCHITECTURE.md, "The windows"). Its parts: ``app.workspace_core``
(the store, the clock, the one command runner), ``app.workspace_sessions`` (planning, cases,
rituals), ``app.workspace_repertoire`` (search and curation), ``app.workspace_networks``
(steering, networks, people).
"""

from __future__ import annotations

from app.clock import Clock
from app.methods import load_methods
from app.paths import user_methods_dir
from app.planning import (
    NetworkSummary,
    overview,
)
from app.store import Store
from app.workspace_networks import NetworkDesk
from app.workspace_repertoire import RepertoireDesk
from app.workspace_sessions import SessionDesk


class Workspace(SessionDesk, RepertoireDesk, NetworkDesk):
    @classmethod
    def open(cls, store: Store, clock: Clock) -> Workspace:
        """A workspace on ``store`` with the shipped and the facilitator's own methods."""
        return cls(store, clock, load_methods(user_methods_dir()))

    def overview(self) -> list[NetworkSummary]:
        """Every network and its sessions, for the home screen."""
        with self.store.session() as db:
            return overview(db)
