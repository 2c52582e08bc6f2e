"""Cercle's own consistency rules over stored facts, beyond what SQLite checks.

Used by the tests (property and crash tests), the demo's self-check, and ``cercle check``.
Each rule returns plain sentences naming what is wrong; an empty list means all is well.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from itertools import pairwise

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.facts import ItemFact, load_facts
from app.engine.timeline import active_seconds
from models import Meeting, SpeakingTurn

TOLERANCE_SECONDS = 0.001


def check_meeting(db: Session, meeting_id: uuid.UUID, now: datetime) -> list[str]:
    """Problems found in one session's facts at ``now`` (an empty list when consistent)."""
    facts = load_facts(db, meeting_id)
    turns = list(
        db.scalars(
            select(SpeakingTurn)
            .where(SpeakingTurn.meeting_id == meeting_id)
            .order_by(SpeakingTurn.started_at)
        )
    )
    items = {i.id: i for i in facts.items}
    problems = _turn_sequence_problems(turns, now)
    for turn in turns:
        problems += _turn_problems(turn, items.get(turn.item_id), now)
    for item in facts.items:
        problems += _item_problems(item, now)
    open_items = [i for i in facts.items if i.started_at and not i.ended_at]
    if len(open_items) > 1:
        problems.append(f"{len(open_items)} items are running at once")
    return problems


def _turn_sequence_problems(turns: list[SpeakingTurn], now: datetime) -> list[str]:
    """More than one turn running, or turns overlapping (``turns`` in order of start)."""
    problems: list[str] = []
    running = [t for t in turns if t.ended_at is None]
    if len(running) > 1:
        problems.append(f"{len(running)} turns are running at once")
    for before, after in pairwise(turns):
        end = before.ended_at or now
        if end > after.started_at:
            problems.append(f"turns {before.id} and {after.id} overlap")
    return problems


def _turn_problems(turn: SpeakingTurn, item: ItemFact | None, now: datetime) -> list[str]:
    """One turn against its own times and its item's (``item`` None when it is unknown)."""
    problems: list[str] = []
    end = turn.ended_at or now
    if turn.ended_at is not None and turn.ended_at < turn.started_at:
        problems.append(f"turn {turn.id} ends before it starts")
    if item is None or item.started_at is None:
        problems.append(f"turn {turn.id} belongs to an item that never started")
        return problems
    if turn.started_at < item.started_at or end > (item.ended_at or now):
        problems.append(f"turn {turn.id} lies outside its item's time")
    for p0, p1 in item.pauses:
        if p0 < end and (p1 or now) > turn.started_at:
            problems.append(f"turn {turn.id} overlaps a pause of its item")
    return problems


def _item_problems(item: ItemFact, now: datetime) -> list[str]:
    """One item: phases only once started, their times summing to the item's, one current."""
    if item.started_at is None:
        return [f"item {item.title!r} has phases but never started"] if item.runs else []
    problems: list[str] = []
    actual = active_seconds(item.started_at, item.ended_at, item.pauses, now)
    phases = sum(active_seconds(r.started_at, r.ended_at, item.pauses, now) for r in item.runs)
    if abs(actual - phases) > TOLERANCE_SECONDS:
        problems.append(
            f"item {item.title!r}: actual time {actual:.3f} s but its phases sum to {phases:.3f} s"
        )
    if item.ended_at is None and sum(1 for r in item.runs if r.ended_at is None) != 1:
        problems.append(f"item {item.title!r} runs without exactly one current phase")
    return problems


def check_all(db: Session, now: datetime) -> list[str]:
    """Problems in every session of the database."""
    problems: list[str] = []
    for meeting_id, number in db.execute(select(Meeting.id, Meeting.number)).all():
        problems += [f"session {number}: {p}" for p in check_meeting(db, meeting_id, now)]
    return problems
