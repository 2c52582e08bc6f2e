"""The engine's command machinery: facts held, one transaction per command, undo / redo.

Every command of the families (``agenda_commands``, ``floor_commands``, ``lean_commands``,
``session``) runs through :meth:`EngineCore.run_command`; see ``app/commands.py``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.clock import Clock
from app.commands import ChangeSet, CommandHub, Fact, facts_of, recorded
from app.engine.errors import DiskFullError, EngineError
from app.engine.facts import (
    MeetingFacts,
    load_captures,
    load_facts,
    redo_target,
    reload_floor,
    undo_names,
    undo_target,
)
from app.engine.floor_moves import moved_floor
from app.engine.journal import Change, reapply, revert
from app.engine.state import (
    LiveState,
    compute_state,
)
from app.engine.turn_sums import TurnSums, TurnTaking, appended
from app.i18n import _
from app.methods import MethodCatalogue
from models import (
    CommandRecord,
    SpeakingTurn,
)

T = TypeVar("T")
_LOG_INSERT = insert(cast(Table, CommandRecord.__table__))
# The facts re-read on their own after a command that changed nothing else.
PARTIAL = frozenset({Fact.FLOOR, Fact.QUEUE, Fact.CAPTURES})


class EngineCore:
    """One session's engine: its facts, and the one way its commands run and are undone."""

    def __init__(
        self,
        store: Any,
        meeting_id: uuid.UUID,
        clock: Clock,
        methods: MethodCatalogue,
        hub: CommandHub | None = None,
    ) -> None:
        self.store = store
        self.meeting_id = meeting_id
        self.clock = clock
        self.methods = methods
        self.hub = hub or CommandHub()
        self.last_changes: ChangeSet | None = None  # of this engine's latest command
        self._facts: MeetingFacts
        self.reload()

    # --- reading ----------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the stored facts (after a command, or when another view changed them)."""
        with self.store.session() as db:
            self._facts = load_facts(db, self.meeting_id)

    @property
    def facts(self) -> MeetingFacts:
        """The session as last read from the store (``reload`` or the latest command renews it)."""
        return self._facts

    def state(self, now: datetime | None = None) -> LiveState:
        """Everything shown about the session, computed at ``now`` (the clock by default)."""
        return compute_state(self._facts, self.methods, now or self.clock.now())

    def turns(self) -> list[SpeakingTurn]:
        """All speaking turns of the session, in order (for review and corrections)."""
        with self.store.session() as db:
            return list(
                db.scalars(
                    select(SpeakingTurn)
                    .where(SpeakingTurn.meeting_id == self.meeting_id)
                    .order_by(SpeakingTurn.started_at)
                )
            )

    # --- the command mechanism ----------------------------------------------------------

    def _run(self, name: str, args: dict[str, Any], body: Callable[[Session, datetime], T]) -> T:
        return self.run_command(name, args, body, frozenset())

    def run_command(
        self,
        name: str,
        args: dict[str, Any],
        body: Callable[[Session, datetime], T],
        touches: frozenset[Fact],
    ) -> T:
        """Run one command in this session's log: one transaction, journaled, announced.

        The workspace's commands come here too while the session is live, so that Ctrl+Z
        undoes a capture revised from the repertoire as it undoes a turn.
        """
        now = self.clock.now()
        with _disk_full_told(), self.store.transaction() as db:
            result, changes = recorded(db, body, now)
            if changes:
                self._record(db, name, args, now, changes)
        self._changed(
            name, facts_of(changes) | touches, changes, journaled=bool(changes), seen=not touches
        )
        return result

    def _changed(
        self,
        name: str,
        facts: frozenset[Fact],
        changes: list[Change],
        *,
        journaled: bool,
        undone: bool = False,
        replayed: bool = False,
        seen: bool = True,
    ) -> None:
        """Re-read only what changed, move the held turn sums by ``changes``, announce it.

        Only captures: they are read again; the floor or the queue (most live commands):
        running turn, queue and tour; anything else: every fact but the turn sums. The sums
        are moved by the command's own row changes (``undone``: by their undo), unless the
        command wrote rows the journal cannot see (``seen=False``) or removed what turns
        point to (a database cascade): then they are read again in full. After an ordinary
        command on the floor or the queue (not an undo or redo, ``replayed``), nothing is
        read: the held floor is moved by the changes too (``app.engine.floor_moves``).
        """
        if facts <= {Fact.CAPTURES}:
            with self.store.session() as db:
                undo_name, redo_name = undo_names(db, self.meeting_id)
                self._facts = replace(
                    self._facts,
                    captures=load_captures(db, self.meeting_id) if facts else self._facts.captures,
                    undo_name=undo_name,
                    redo_name=redo_name,
                )
        else:
            sums = (
                self._facts.totals.moved(self.meeting_id, changes, undone=undone)
                if seen and not _cascades_to_turns(changes, undone=undone)
                else None
            )
            moved = (
                moved_floor(self._facts, name, changes, sums)
                if sums is not None and not replayed and facts <= {Fact.FLOOR, Fact.QUEUE}
                else None
            )
            if moved is not None:
                self._facts = moved  # nothing to read: the changes said it all
            else:
                self._reread(facts, changes, sums, undone=undone)
        self.last_changes = ChangeSet(name, facts, self.meeting_id, journaled)
        self.hub.announce(self.last_changes)

    def _reread(
        self, facts: frozenset[Fact], changes: list[Change], sums: TurnSums | None, *, undone: bool
    ) -> None:
        """Read again the floor (or every fact), keeping the turn sums when they were moved."""
        with self.store.session() as db:
            if facts <= PARTIAL and sums is not None:
                self._facts = reload_floor(
                    db,
                    self._facts,
                    captures=Fact.CAPTURES in facts,
                    sums=sums,
                    taking=None if undone else self._taking_after(changes),
                )
            else:
                self._facts = load_facts(db, self.meeting_id, sums=sums)

    def _taking_after(self, changes: list[Change]) -> TurnTaking | None:
        """The current item's turn-taking moved by ``changes``, None if it must be read."""
        held = self._facts
        item = held.current_item
        if item is None:
            return None
        return appended(item.id, changes, (held.current_changes, held.current_last))

    def _record(
        self,
        db: Session,
        name: str,
        args: dict[str, Any],
        now: datetime,
        changes: list[Change],
        target_seq: int | None = None,
    ) -> None:
        seq = (
            db.scalar(
                select(func.max(CommandRecord.seq)).where(
                    CommandRecord.meeting_id == self.meeting_id
                )
            )
            or 0
        ) + 1
        # A plain insert, not the unit of work: the log is written, never read back here.
        db.execute(
            _LOG_INSERT,
            {
                "meeting_id": self.meeting_id,
                "seq": seq,
                "name": name,
                "args": {k: _arg(v) for k, v in args.items()},
                "at": now,
                "changes": changes,
                "target_seq": target_seq,
            },
        )

    # --- undo / redo ----------------------------------------------------------------------

    def undo(self) -> str:
        """Revert the last command not undone yet; returns its name."""
        return self._replay("undo")

    def redo(self) -> str:
        """Write again the last command undone; returns its name."""
        return self._replay("redo")

    def _replay(self, way: str) -> str:
        """Undo or redo one journaled command: its row changes reverted or applied again, the
        move itself journaled, the change announced."""
        now = self.clock.now()
        undo = way == "undo"
        with _disk_full_told(), self.store.transaction() as db:
            target = (undo_target if undo else redo_target)(db, self.meeting_id)
            if target is None:
                raise EngineError(
                    _("Il n'y a rien à annuler.") if undo else _("Il n'y a rien à rétablir.")
                )
            (revert if undo else reapply)(db, target.changes)
            target.undone_at = now if undo else None
            self._record(db, way, {"seq": target.seq}, now, [], target_seq=target.seq)
            name, changes = target.name, list(target.changes)
        self._changed(way, facts_of(changes), changes, journaled=True, undone=undo, replayed=True)
        return name


# Rows whose removal the database cascades to speaking turns (deleted, or their phase run
# set to NULL) without the journal seeing the turns change.
_TURN_PARENTS = frozenset({"meetings", "agenda_items", "phase_runs", "members"})


def _cascades_to_turns(changes: list[Change], *, undone: bool) -> bool:
    """Whether ``changes`` (or their undo) removed a row that turns hang on."""
    return any(
        table in _TURN_PARENTS and (before if undone else after) is None
        for table, _pk, before, after in changes
    )


@contextmanager
def _disk_full_told() -> Iterator[None]:
    """SQLite's "database or disk is full" as a sentence a facilitator can act on."""
    try:
        yield
    except OperationalError as error:
        if "full" not in str(error.orig).lower():
            raise
        raise DiskFullError(
            _(
                "Le disque est plein : cette commande n'a pas été enregistrée. Libérez de la "
                "place puis recommencez ; tout ce qui était déjà enregistré est intact."
            )
        ) from error


def _arg(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if hasattr(value, "value"):
        return value.value
    return value
