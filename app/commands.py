"""One way to command, one way to see change (Anki's ``OpChanges``, see ARCHITECTURE.md).

Every user command, the live engine's and the workspace's alike, runs through
:func:`run_command`: one transaction, its row changes recorded (journaled for undo / redo
when a session is live), and a frozen :class:`ChangeSet` announced to whoever listens — the
windows, through one Qt signal in ``ui/shell/command_runner.py``. A change set names the kinds of
facts that changed (:class:`Fact`); each view re-reads only when a kind it shows is there.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session

from app.clock import Clock
from app.engine.journal import Change, ChangeRecorder

T = TypeVar("T")
Body = Callable[[Session, datetime], T]


class Fact(StrEnum):
    """The kinds of facts a command may change; views subscribe to the ones they show."""

    SESSION = "session"  # a session's own row: status, queue mode, turn limit, projector…
    AGENDA = "agenda"  # items, their roles, phases, pauses, Lean Coffee topics and votes
    FLOOR = "floor"  # speaking turns and tours
    QUEUE = "queue"
    ATTENDANCE = "attendance"
    CAPTURES = "captures"  # repertoire entries (captures of a session or not), revisions
    RITUALS = "rituals"
    CASES = "cases"  # co-development proposals
    PROFILE = "profile"  # a network's own row
    MEMBERS = "members"  # people and memberships


# Every table a command may write, and the kind of fact it holds (the journal excepted).
TABLE_FACTS: dict[str, Fact] = {
    "meetings": Fact.SESSION,
    "agenda_items": Fact.AGENDA,
    "item_roles": Fact.AGENDA,
    "pauses": Fact.AGENDA,
    "phase_runs": Fact.AGENDA,
    "lean_topics": Fact.AGENDA,
    "lean_votes": Fact.AGENDA,
    "speaking_turns": Fact.FLOOR,
    "tour_rounds": Fact.FLOOR,
    "queue_entries": Fact.QUEUE,
    "attendances": Fact.ATTENDANCE,
    "repertoire_entries": Fact.CAPTURES,
    "entry_revisions": Fact.CAPTURES,
    "entry_authors": Fact.CAPTURES,
    "ritual_answers": Fact.RITUALS,
    "case_proposals": Fact.CASES,
    "networks": Fact.PROFILE,
    "members": Fact.MEMBERS,
    "memberships": Fact.MEMBERS,
}


def facts_of(changes: Iterable[Change]) -> frozenset[Fact]:
    """The kinds of facts a list of recorded row changes touches."""
    return frozenset(TABLE_FACTS[c[0]] for c in changes if c[0] in TABLE_FACTS)


@dataclass(frozen=True)
class ChangeSet:
    """What one command changed: its name, the kinds of facts, the live session if any."""

    command: str
    facts: frozenset[Fact]
    meeting_id: uuid.UUID | None = None
    journaled: bool = False  # recorded in a session's log: Ctrl+Z undoes it

    def touches(self, *facts: Fact) -> bool:
        """Whether any of ``facts`` changed (a view's test before re-reading)."""
        return not self.facts.isdisjoint(facts)


Listener = Callable[[ChangeSet], None]


class Journal(Protocol):
    """A live session's log (the engine): workspace commands run there while it is live."""

    def run_command(
        self, name: str, args: dict[str, Any], body: Body[T], touches: frozenset[Fact]
    ) -> T: ...


class CommandHub:
    """Where change sets are announced, and which session's log journals commands now."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self.live: Journal | None = None

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with the change set of every command from now on."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling ``listener``."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def announce(self, changes: ChangeSet) -> None:
        """Tell every listener what a command changed (nothing is told for no change)."""
        if changes.facts:
            for listener in list(self._listeners):
                listener(changes)


def recorded(db: Session, body: Body[T], now: datetime) -> tuple[T, list[Change]]:
    """Run ``body`` in ``db`` and return its result with the row changes it made."""
    recorder = ChangeRecorder(db)
    try:
        result = body(db, now)
    finally:
        changes = recorder.finish()
    return result, changes


def run_command(
    store: Any,
    clock: Clock,
    hub: CommandHub,
    name: str,
    body: Body[T],
    *,
    args: dict[str, Any] | None = None,
    touches: Iterable[Fact] = (),
    journal: bool = True,
) -> T:
    """Run one user command: in the live session's log if one is live, else on its own.

    Either way it is one transaction, and its change set (the kinds of facts its rows
    show, plus ``touches`` for writes the recorder cannot see) is announced after commit.
    ``journal=False`` keeps a command out of the live session's undo (a whole network
    created, archived or deleted is not the room's to undo).
    """
    declared = frozenset(touches)
    if journal and hub.live is not None:
        return hub.live.run_command(name, args or {}, body, declared)
    with store.transaction() as db:
        result, changes = recorded(db, body, clock.now())
    hub.announce(ChangeSet(name, facts_of(changes) | declared))
    return result


__all__ = ["ChangeSet", "CommandHub", "Fact", "facts_of", "run_command"]
