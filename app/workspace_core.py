"""What every part of the workspace shares: the open database, the clock, the methods, the
hub where change sets are announced, and the one command runner (see ``app.commands``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from app.clock import Clock
from app.commands import Body, CommandHub, Fact, run_command
from app.engine.session import SessionEngine
from app.methods import MethodCatalogue
from app.store import Store
from app.store.session_lock import SessionLock, hold_session
from app.vocabulary import CommandName

T = TypeVar("T")


@dataclass
class WorkspaceCore:
    store: Store
    clock: Clock
    methods: MethodCatalogue
    # Where every command's change set is announced (the windows listen there).
    hub: CommandHub = field(default_factory=CommandHub)
    _held: SessionLock | None = field(default=None, init=False, repr=False)

    def engine(self, meeting_id: uuid.UUID) -> SessionEngine:
        """The live engine of one session."""
        return SessionEngine(self.store, meeting_id, self.clock, self.methods, self.hub)

    def go_live(self, engine: SessionEngine | None) -> None:
        """While a session runs, the workspace's commands are journaled in its log."""
        self.hub.live = engine

    def drive(self, meeting_id: uuid.UUID) -> SessionEngine:
        """Drive a running session from this Cercle: its engine, live, and held so that no
        other Cercle drives it at the same time (on a server database: ``session_lock``).
        A session another Cercle drives is refused in a sentence (SessionInUseError)."""
        if self._held is None or self._held.meeting_id != meeting_id:
            self.stop_driving()
            self._held = hold_session(self.store, meeting_id)
        engine = self.engine(meeting_id)
        self.go_live(engine)
        return engine

    def stop_driving(self) -> None:
        """Let the session go (another Cercle may drive it now)."""
        self.go_live(None)
        held, self._held = self._held, None
        if held is not None:
            held.release()

    def _command(
        self,
        command: CommandName,
        body: Body[T],
        /,
        *touches: Fact,
        journal: bool = True,
        **args: Any,
    ) -> T:
        """Run one command through the one runner (see ``app.commands``), journaled under its
        name (its word for Ctrl+Z: ``app.vocabulary``)."""
        return run_command(
            self.store,
            self.clock,
            self.hub,
            command.value,
            body,
            args=args,
            touches=touches,
            journal=journal,
        )


def facilitator_day(now: datetime) -> date:
    """The facilitator's calendar day at ``now``."""
    return now.astimezone().date()
