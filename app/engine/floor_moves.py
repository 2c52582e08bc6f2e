"""The floor's facts moved by a command's own row changes, without reading anything.

After giving the floor, the queue or taking the floor back, what changed is all in the
command's journaled rows: the running turn ended and a new one started, a queue entry
opened or closed, the command is now the one Ctrl+Z undoes. :func:`moved_floor` applies
them to the held facts; whenever a change is not one it can follow exactly (an undo, a
tour started or stopped, a turn corrected, two people queued at the same instant), it
answers None and the engine reads the floor again (``facts.reload_floor``).
``tests/test_commands.py`` compares the result with a full read after every command.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, Literal

from app.engine.facts import MeetingFacts, QueueFact, RunningTurn, TourFact
from app.engine.turn_sums import TurnSums, TurnTaking, appended
from models import Role

Row = Mapping[str, Any]
# The tables a floor command may write and this module follows.
FOLLOWED = frozenset({"speaking_turns", "queue_entries"})


def moved_floor(
    facts: MeetingFacts,
    name: str,
    changes: Sequence[Sequence[Any]],
    sums: TurnSums,
) -> MeetingFacts | None:
    """``facts`` after the (done, not undone) command ``name`` wrote ``changes``; None when
    they must be read again instead."""
    if any(change[0] not in FOLLOWED for change in changes):
        return None
    queue = list(facts.queue)
    turns = _turns_moving(queue, facts.meeting.id, changes)
    if turns is None:
        return None
    running = _running_after(facts.running, turns)
    if running is False:
        return None
    queue.sort(key=lambda q: q.queued_at)
    if len({q.queued_at for q in queue}) != len(queue):
        return None  # two at the same instant: the stored order decides, read it
    taking = _taking_after(facts, changes)
    if taking is None:
        return None
    tour = _tour_after(facts.tour, changes)
    if tour is False:
        return None
    undo_name, redo_name = (name, None) if changes else (facts.undo_name, facts.redo_name)
    return replace(
        facts,
        totals=sums,
        running=running,
        queue=tuple(queue),
        tour=tour,
        current_changes=taking[0],
        current_last=taking[1],
        undo_name=undo_name,
        redo_name=redo_name,
    )


def _turns_moving(
    queue: list[QueueFact], meeting_id: uuid.UUID, changes: Sequence[Sequence[Any]]
) -> list[tuple[Row | None, Row | None]] | None:
    """The turns' changes, the queue's applied to ``queue``; None if one is not followed (of
    another session, or a queue change it cannot apply)."""
    turns: list[tuple[Row | None, Row | None]] = []
    for table, _pk, before, after in changes:
        if _meeting(before, after) != meeting_id:
            return None
        if table == "speaking_turns":
            turns.append((before, after))
        elif not _queue_after(queue, before, after):
            return None
    return turns


def _taking_after(facts: MeetingFacts, changes: Sequence[Sequence[Any]]) -> TurnTaking | None:
    """The current item's speaker changes and last speaker after ``changes``; None if they
    must be read again."""
    taking = (facts.current_changes, facts.current_last)
    item = facts.current_item
    return taking if item is None else appended(item.id, changes, taking)


def _meeting(before: Row | None, after: Row | None) -> uuid.UUID | None:
    row = after if after is not None else before
    return uuid.UUID(str(row["meeting_id"])) if row is not None else None


def _running_after(
    running: RunningTurn | None, turns: list[tuple[Row | None, Row | None]]
) -> RunningTurn | Literal[False] | None:
    """The running turn after the turns' changes; False if they are not ones this follows
    (a running turn corrected, a turn running that was not held as such)."""
    ended = False
    started: Row | None = None
    for before, after in turns:
        was_running = before is not None and before.get("ended_at") is None
        runs = after is not None and after.get("ended_at") is None
        if was_running:
            assert before is not None
            if runs or running is None or str(running.id) != str(before["id"]):
                return False
            ended = True
        elif runs:
            if started is not None:
                return False
            started = after
    if started is None:
        return None if ended else running
    if running is not None and not ended:
        return False  # two turns running at once: never written by one command
    run = started.get("phase_run_id")
    return RunningTurn(
        uuid.UUID(str(started["id"])),
        uuid.UUID(str(started["item_id"])),
        uuid.UUID(str(run)) if run is not None else None,
        uuid.UUID(str(started["member_id"])),
        Role(started["role"]),
        datetime.fromisoformat(started["started_at"]),
    )


def _queue_after(queue: list[QueueFact], before: Row | None, after: Row | None) -> bool:
    """Apply one queue entry's change to ``queue``; False if it cannot be followed."""
    if before is not None and before.get("left_at") is None:
        left = QueueFact(
            uuid.UUID(str(before["member_id"])), datetime.fromisoformat(before["queued_at"])
        )
        if left not in queue:
            return False
        queue.remove(left)
    if after is not None and after.get("left_at") is None:
        queue.append(
            QueueFact(
                uuid.UUID(str(after["member_id"])), datetime.fromisoformat(after["queued_at"])
            )
        )
    return True


def _tour_after(
    tour: TourFact | None, changes: Sequence[Sequence[Any]]
) -> TourFact | Literal[False] | None:
    """The tour after ``changes`` (no tour round written): those who spoke since it began
    gain each new turn's speaker; False if a turn moved otherwise while a tour runs."""
    if tour is None:
        return None
    spoken = set(tour.spoken)
    for _table, _pk, before, after in changes:
        if _table != "speaking_turns":
            continue
        if before is None and after is not None:
            if uuid.UUID(str(after["item_id"])) != tour.item_id:
                return False
            if datetime.fromisoformat(after["started_at"]) >= tour.started_at:
                spoken.add(uuid.UUID(str(after["member_id"])))
        elif (
            before is None
            or after is None
            or before.get("started_at") != after.get("started_at")
            or before.get("member_id") != after.get("member_id")
        ):
            return False
    return replace(tour, spoken=frozenset(spoken))
