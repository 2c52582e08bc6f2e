"""The live state of a session: a pure function of its stored facts and *now*.

Everything the cockpit and the projector show — timers, overruns, ahead/behind, who
speaks, the queue in order, shares and balance — is computed here, never counted.

Over 400 lines: one pure function of the facts, with the frozen snapshots it returns; the
schedule, fairness and statistics are already apart (``timeline``, ``fairness``,
``statistics``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.engine.facts import ItemFact, LeanTopicFact, MeetingFact, MeetingFacts
from app.engine.fairness import Fairness, allowed_speakers, fairness
from app.engine.item_status import ItemStatus as ItemStatus  # its home: light
from app.engine.statistics import Balance, balance
from app.engine.timeline import (
    Progress,
    Schedule,
    Timer,
    TimerLevel,
    active_seconds,
    estimate_schedule,
)
from app.methods import Method, MethodCatalogue, Phase
from app.text import fold
from models import MeetingStatus, QueueMode, Role


def planned_phases(item: ItemFact, method: Method) -> tuple[tuple[Phase, int], ...]:
    """The phases this item runs, with their minutes for this session.

    An item's ``phase_minutes`` fixes a phase's minutes (0 leaves it out; an optional
    phase runs only when given minutes). The other phases share what is left of the
    item's planned minutes in proportion to their default durations, in whole minutes
    that add up exactly: a co-development planned for 90 minutes gets 90 minutes of phases.
    """
    chosen: list[tuple[Phase, int | None]] = []
    for phase in method.phases:
        fixed = item.phase_minutes.get(phase.key)
        if fixed is None and phase.optional:
            continue
        if fixed is not None and fixed <= 0:
            continue
        chosen.append((phase, None if fixed is None else int(fixed)))
    free = [p for p, fixed in chosen if fixed is None]
    weights = {p.key: p.minutes if p.minutes > 0 else 1 for p in free}
    defaults = sum(weights.values())
    budget = max(item.planned_minutes - sum(fixed for _, fixed in chosen if fixed is not None), 0)
    if item.planned_minutes <= 0 or not free or defaults == budget:
        return tuple((p, fixed if fixed is not None else p.minutes) for p, fixed in chosen)
    # Largest remainder: scaled minutes rounded down, the lost minutes to the largest parts.
    # A short item gives some phases no minute at all rather than timers that add up to
    # more than the item (a 1-minute case once ran a 20-minute phase timer).
    exact = {key: weight * budget / defaults for key, weight in weights.items()}
    minutes = {key: int(value) for key, value in exact.items()}
    by_remainder = sorted(exact, key=lambda k: exact[k] - minutes[k], reverse=True)
    for key in by_remainder[: budget - sum(minutes.values())]:
        minutes[key] += 1
    return tuple((p, fixed if fixed is not None else minutes[p.key]) for p, fixed in chosen)


def item_role(
    item: ItemFact, method: Method, member_id: uuid.UUID, facilitator: uuid.UUID | None
) -> Role:
    """A person's role in an item: as assigned, else facilitator, else the method's default."""
    role = item.roles.get(member_id)
    if role is not None:
        return role
    if member_id == facilitator:
        return Role.FACILITATOR
    return Role.CONSULTANT if Role.CONSULTANT in method.roles else Role.PARTICIPANT


@dataclass(frozen=True)
class PhaseState:
    number: int  # 1-based position among the item's phases
    count: int
    phase: Phase
    timer: Timer
    next_phase: Phase | None


@dataclass(frozen=True)
class ItemState:
    id: uuid.UUID
    position: int
    title: str
    method: Method
    status: ItemStatus
    timer: Timer  # planned vs actual of the whole item
    confidential: bool
    phases: tuple[tuple[Phase, int], ...]
    # Actual seconds per phase key (several runs of a phase add up).
    phase_seconds: Mapping[str, float]
    phase: PhaseState | None  # the current phase while the item runs


@dataclass(frozen=True)
class ParticipantState:
    member_id: uuid.UUID
    name: str
    role: Role
    speaking: bool
    seconds: float  # in the current item (the session when no item runs)
    turns: int
    share: float
    session_seconds: float
    silent: bool  # present and not yet spoken in the scope
    dominant: bool  # above twice the fair share among those the phase lets speak
    queue_position: int | None  # 1-based
    tile: int | None = None  # the member's own tile number (their key), None for a guest
    allowed: bool = True  # the current phase lets them speak


@dataclass(frozen=True)
class SpeakerState:
    member_id: uuid.UUID
    name: str
    role: Role
    started_at: datetime
    timer: Timer  # against the per-turn soft limit (planned 0 = no limit)
    outside_rule: bool  # speaks although the phase's rule gives the floor to others


@dataclass(frozen=True)
class QueuedState:
    member_id: uuid.UUID
    name: str
    queued_at: datetime
    item_seconds: float


@dataclass(frozen=True)
class TourState:
    budget_seconds: int
    order: tuple[tuple[uuid.UUID, str, bool], ...]  # (member, name, already spoken)
    next_member: uuid.UUID | None


@dataclass(frozen=True)
class TopicState:
    id: uuid.UUID
    title: str
    votes: int
    status: str  # "to_discuss" / "discussing" / "discussed"
    timer: Timer | None
    extensions: int


@dataclass(frozen=True)
class LiveState:
    now: datetime
    meeting: MeetingFact
    items: tuple[ItemState, ...]
    current: ItemState | None
    timer: Timer | None  # the big timer: current topic, else phase, else item
    speaker: SpeakerState | None
    queue: tuple[QueuedState, ...]
    participants: tuple[ParticipantState, ...]
    present: tuple[uuid.UUID, ...]
    item_balance: Balance | None
    session_balance: Balance
    role_shares: Mapping[Role, float]
    schedule: Schedule
    fairness: Fairness
    tour: TourState | None
    topics: tuple[TopicState, ...]
    undo_name: str | None
    redo_name: str | None
    elapsed: float = 0.0  # session time since its start
    names: Mapping[uuid.UUID, str] = field(default_factory=dict)

    @property
    def status(self) -> MeetingStatus:
        """Whether the session is planned, running or closed."""
        return self.meeting.status

    @property
    def next_item(self) -> ItemState | None:
        """The first item still to be taken up: the one « Point suivant » or « Démarrer le point »
        starts."""
        return next((i for i in self.items if i.status is ItemStatus.PENDING), None)


def _item_state(item: ItemFact, method: Method, now: datetime) -> ItemState:
    phases = planned_phases(item, method)
    if item.skipped:
        status = ItemStatus.SKIPPED
    elif item.ended_at is not None:
        status = ItemStatus.DONE
    elif item.started_at is not None:
        status = ItemStatus.PAUSED if item.open_pause else ItemStatus.RUNNING
    else:
        status = ItemStatus.PENDING
    actual = active_seconds(item.started_at, item.ended_at, item.pauses, now)
    phase_seconds: dict[str, float] = defaultdict(float)
    for run in item.runs:
        phase_seconds[run.phase_key] += active_seconds(
            run.started_at, run.ended_at, item.pauses, now
        )
    phase_state = None
    current_run = item.current_run
    if current_run is not None and status in (ItemStatus.RUNNING, ItemStatus.PAUSED):
        keys = [p.key for p, _ in phases]
        if current_run.phase_key in keys:
            idx = keys.index(current_run.phase_key)
            phase, minutes = phases[idx]
            phase_state = PhaseState(
                number=idx + 1,
                count=len(phases),
                phase=phase,
                timer=Timer(minutes * 60.0, phase_seconds[phase.key]),
                next_phase=phases[idx + 1][0] if idx + 1 < len(phases) else None,
            )
    return ItemState(
        id=item.id,
        position=item.position,
        title=item.title,
        method=method,
        status=status,
        timer=Timer(item.planned_minutes * 60.0, actual),
        confidential=item.confidential,
        phases=phases,
        phase_seconds=dict(phase_seconds),
        phase=phase_state,
    )


def _fairness(
    facts: MeetingFacts,
    items: Sequence[ItemState],
    current: ItemState | None,
    current_fact: ItemFact | None,
    present: Sequence[uuid.UUID],
    facilitator: uuid.UUID | None,
    now: datetime,
) -> Fairness:
    """The floor's balance in the current phase among those it lets speak (app.engine.fairness);
    the whole session when no item runs."""
    running = facts.running
    seconds: dict[uuid.UUID, float] = defaultdict(float)
    if current is None or current_fact is None:
        for t in facts.totals:
            seconds[t.member_id] += t.seconds
        if running is not None:
            seconds[running.member_id] += max((now - running.started_at).total_seconds(), 0.0)
        elapsed = sum(i.timer.elapsed for i in items)
        return fairness(seconds, present, elapsed)
    phase = current.phase.phase if current.phase else None
    runs = {r.id for r in current_fact.runs if phase is not None and r.phase_key == phase.key}

    def in_scope(item_id: uuid.UUID, run_id: uuid.UUID | None) -> bool:
        return item_id == current.id and (phase is None or run_id in runs)

    for t in facts.totals:
        if in_scope(t.item_id, t.phase_run_id):
            seconds[t.member_id] += t.seconds
    if running is not None and in_scope(running.item_id, running.phase_run_id):
        seconds[running.member_id] += max((now - running.started_at).total_seconds(), 0.0)
    method = current.method
    allowed = allowed_speakers(
        present, phase, lambda m: item_role(current_fact, method, m, facilitator)
    )
    return fairness(seconds, allowed, current.timer.elapsed)


# A session started further than this from its planned start was moved to another slot:
# its end is then its actual start plus its planned length, not the old planned end.
RESCHEDULED = timedelta(hours=2)


def planned_end(meeting: MeetingFact) -> datetime:
    """When the session should end: the planned end, unless it was run at another time."""
    started = meeting.started_at
    if started is not None and abs(started - meeting.planned_start) > RESCHEDULED:
        return started + (meeting.planned_end - meeting.planned_start)
    return meeting.planned_end


_PROGRESS = {
    ItemStatus.PENDING: Progress.PENDING,
    ItemStatus.RUNNING: Progress.CURRENT,
    ItemStatus.PAUSED: Progress.CURRENT,
    ItemStatus.DONE: Progress.DONE,
    ItemStatus.SKIPPED: Progress.SKIPPED,
}


def _schedule(meeting: MeetingFact, items: tuple[ItemState, ...], now: datetime) -> Schedule:
    slot_end = planned_end(meeting)
    start = slot_end - (meeting.planned_end - meeting.planned_start)  # moved when rescheduled
    ended = (meeting.ended_at or now) if meeting.status is MeetingStatus.CLOSED else None
    return estimate_schedule(
        (start, slot_end),
        meeting.started_at,
        ended,
        [(i.timer.planned, i.timer.elapsed, _PROGRESS[i.status]) for i in items],
        now,
    )


def _topic_state(topic: LeanTopicFact, method: Method, item: ItemFact, now: datetime) -> TopicState:
    rules = method.lean_coffee
    timer = None
    if topic.started_at is not None and rules is not None:
        minutes = rules.timebox_minutes + sum(rules.extension_minutes[: topic.extensions])
        timer = Timer(
            minutes * 60.0, active_seconds(topic.started_at, topic.ended_at, item.pauses, now)
        )
    if topic.ended_at is not None:
        status = "discussed"
    elif topic.started_at is not None:
        status = "discussing"
    else:
        status = "to_discuss"
    return TopicState(topic.id, topic.title, topic.total_votes, status, timer, topic.extensions)


def topic_order(topics: tuple[LeanTopicFact, ...]) -> list[LeanTopicFact]:
    """Lean Coffee discussion order: most dots first, then the earliest proposed."""
    return sorted(topics, key=lambda t: (-t.total_votes, t.proposed_at))


def compute_state(facts: MeetingFacts, methods: MethodCatalogue, now: datetime) -> LiveState:
    """The whole live state of the session at ``now``."""
    meeting = facts.meeting
    item_methods = {
        i.id: methods.methods.get(i.method_key) or methods.get("free") for i in facts.items
    }
    items = tuple(_item_state(i, item_methods[i.id], now) for i in facts.items)
    current = next((s for s in items if s.status in (ItemStatus.RUNNING, ItemStatus.PAUSED)), None)
    current_fact = facts.item(current.id) if current else None

    # Tiles in the order of their numbers, which never move (app.membership); someone
    # present without a tile of this network (a guest) comes after, by name.
    unnumbered = 1 << 30
    present = sorted(
        (m for m, a in facts.attendance.items() if a.present_at(now)),
        key=lambda m: (facts.tiles.get(m, unnumbered), fold(facts.names.get(m, "")), str(m)),
    )

    # Seconds and turns per member: in the current item, and over the session.
    item_seconds: dict[uuid.UUID, float] = defaultdict(float)
    item_turns: dict[uuid.UUID, int] = defaultdict(int)
    session_seconds: dict[uuid.UUID, float] = defaultdict(float)
    session_turns: dict[uuid.UUID, int] = defaultdict(int)
    role_seconds: dict[Role, float] = defaultdict(float)
    for t in facts.totals:
        session_seconds[t.member_id] += t.seconds
        session_turns[t.member_id] += t.turns
        if current and t.item_id == current.id:
            item_seconds[t.member_id] += t.seconds
            item_turns[t.member_id] += t.turns
            role_seconds[t.role] += t.seconds
    running = facts.running
    speaker = None
    if running is not None:
        elapsed = max((now - running.started_at).total_seconds(), 0.0)
        session_seconds[running.member_id] += elapsed
        session_turns[running.member_id] += 1
        if current and running.item_id == current.id:
            item_seconds[running.member_id] += elapsed
            item_turns[running.member_id] += 1
            role_seconds[running.role] += elapsed
        phase = current.phase.phase if current and current.phase else None
        speaker = SpeakerState(
            member_id=running.member_id,
            name=facts.names.get(running.member_id, "?"),
            role=running.role,
            started_at=running.started_at,
            timer=Timer(float(meeting.turn_limit_seconds), elapsed),
            outside_rule=phase is not None and not phase.allows(running.role),
        )

    item_balance = (
        balance(item_seconds, item_turns, present, facts.current_changes)
        if current is not None
        else None
    )
    # The session's turn-taking needs every turn in order: the minutes compute it, not the
    # 10 Hz live state.
    session_balance = balance(session_seconds, session_turns, present, None)
    role_total = sum(role_seconds.values())
    role_shares = {r: s / role_total for r, s in role_seconds.items()} if role_total > 0 else {}

    scope_seconds, scope_turns = (
        (item_seconds, item_turns) if current else (session_seconds, session_turns)
    )
    scope_balance = item_balance or session_balance

    fair = _fairness(facts, items, current, current_fact, present, meeting.facilitator_id, now)

    queue_facts = list(facts.queue)
    if meeting.queue_mode is QueueMode.BALANCED:
        queue_facts.sort(key=lambda q: (item_seconds.get(q.member_id, 0.0), q.queued_at))
    queue = tuple(
        QueuedState(
            q.member_id,
            facts.names.get(q.member_id, "?"),
            q.queued_at,
            item_seconds.get(q.member_id, 0.0),
        )
        for q in queue_facts
    )
    queue_positions = {q.member_id: n for n, q in enumerate(queue, start=1)}

    participants = tuple(
        ParticipantState(
            member_id=m,
            name=facts.names.get(m, "?"),
            role=(
                item_role(current_fact, current.method, m, meeting.facilitator_id)
                if current and current_fact
                else (Role.FACILITATOR if m == meeting.facilitator_id else Role.PARTICIPANT)
            ),
            speaking=running is not None and running.member_id == m,
            seconds=scope_seconds.get(m, 0.0),
            turns=scope_turns.get(m, 0),
            share=fair.shares.get(m, 0.0),
            session_seconds=session_seconds.get(m, 0.0),
            silent=m in scope_balance.silent,
            dominant=m in fair.dominant,
            allowed=m in fair.allowed,
            queue_position=queue_positions.get(m),
            tile=facts.tiles.get(m),
        )
        for m in present
    )

    tour = None
    if facts.tour is not None and current is not None and facts.tour.item_id == current.id:
        order = tuple(
            (m, facts.names.get(m, "?"), m in facts.tour.spoken)
            for m in facts.tour.order
            if m in set(present) or m in facts.tour.spoken
        )
        nxt = next(
            (m for m, _, done in order if not done and (not running or running.member_id != m)),
            None,
        )
        tour = TourState(facts.tour.budget_seconds, order, nxt)

    topics: tuple[TopicState, ...] = ()
    timer = None
    if current is not None and current_fact is not None:
        timer = current.phase.timer if current.phase else current.timer
        current_topics = tuple(t for t in facts.topics if t.item_id == current.id)
        topics = tuple(
            _topic_state(t, current.method, current_fact, now) for t in topic_order(current_topics)
        )
        discussing = next((t for t in topics if t.status == "discussing"), None)
        if discussing is not None and discussing.timer is not None:
            timer = discussing.timer

    elapsed = active_seconds(meeting.started_at, meeting.ended_at, (), now)
    return LiveState(
        now=now,
        meeting=meeting,
        items=items,
        current=current,
        timer=timer,
        speaker=speaker,
        queue=queue,
        participants=participants,
        present=tuple(present),
        item_balance=item_balance,
        session_balance=session_balance,
        role_shares=role_shares,
        schedule=_schedule(meeting, items, now),
        fairness=fair,
        tour=tour,
        topics=topics,
        undo_name=facts.undo_name,
        redo_name=facts.redo_name,
        elapsed=elapsed,
        names=facts.names,
    )


__all__ = [
    "ItemState",
    "ItemStatus",
    "LiveState",
    "ParticipantState",
    "PhaseState",
    "QueuedState",
    "SpeakerState",
    "TimerLevel",
    "TopicState",
    "TourState",
    "compute_state",
    "item_role",
    "planned_phases",
    "topic_order",
]
