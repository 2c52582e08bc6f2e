"""Steering indicators on hand-built histories with known answers."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from app.coexistence import coexistence
from app.engine.errors import EngineError
from app.network_profile import update_profile
from app.planning import add_member, create_network
from app.repertoire import capture
from app.steering_entries import EntryRow
from app.steering_history import History, MemberRow, Profile, SessionRow
from app.steering_indicators import (
    attendance_rate,
    attendance_trend,
    circles,
    contributions,
    critical_mass,
    equality_by_session,
    follow_through,
    gaps,
    leaders,
    never_client,
)
from app.steering_warnings import warnings
from app.store import Store
from models import ActionStatus, Circle, EntryKind, LifecycleStage, MeetingStatus, MembershipRole

START = datetime(2026, 1, 6, 9, tzinfo=UTC)


def profile(**changes: object) -> Profile:
    values: dict[str, object] = dict(
        id=uuid.uuid4(),
        name="Réseau",
        intention="",
        ground_rules="",
        autonomy_alignment=50,
        structuring=50,
        lifecycle_stage=LifecycleStage.MATURING,
        target_rhythm_days=28,
        meeting_minutes=180,
        sponsor="DRH",
    )
    values.update(changes)
    return Profile(**values)  # type: ignore[arg-type]


def people(n: int) -> list[MemberRow]:
    return [MemberRow(uuid.uuid4(), f"Membre {i:02d}", MembershipRole.MEMBER) for i in range(n)]


def sessions(
    members: list[MemberRow], present: list[list[int]], every: int = 28
) -> list[SessionRow]:
    return [
        SessionRow(
            uuid.uuid4(),
            n + 1,
            START + timedelta(days=every * n),
            MeetingStatus.CLOSED,
            present=frozenset(members[i].id for i in who),
            seconds={members[i].id: 60.0 for i in who},
        )
        for n, who in enumerate(present)
    ]


def history(
    members: list[MemberRow], rows: list[SessionRow], entries: list[EntryRow] = (), **p: object
) -> History:  # type: ignore[assignment]
    planned = SessionRow(uuid.uuid4(), 99, START + timedelta(days=400), MeetingStatus.PLANNED)
    return History(profile(**p), tuple(members), tuple([*rows, planned]), tuple(entries))


def test_nine_members_three_core_is_exactly_one_third() -> None:
    m = people(9)
    rows = sessions(m, [[0, 1, 2, 3]] * 6)  # 0–2 always there and contributing; 3 too, silent
    entries = [
        EntryRow(EntryKind.PRACTICE, rows[-1].start, authors=(m[i].id, m[i].id)) for i in range(3)
    ]
    h = history(m, rows, entries)
    circle = circles(h)
    assert [circle[m[i].id] for i in range(5)] == [
        Circle.CORE,
        Circle.CORE,
        Circle.CORE,
        Circle.ACTIVE,  # always there but no contribution yet
        Circle.PERIPHERAL,
    ]
    mass = critical_mass(h)
    assert (mass.engaged, mass.members) == (4, 9) and mass.reached
    without_active = history(m, sessions(m, [[0, 1, 2]] * 6), entries)
    mass = critical_mass(without_active)
    assert (mass.engaged, mass.share, mass.reached) == (3, pytest.approx(1 / 3), True)
    below = history(people(10), [], [])
    assert not critical_mass(below).reached


def test_attendance_over_three_and_six_sessions_and_its_trend() -> None:
    m = people(3)
    h = history(m, sessions(m, [[0], [0], [0], [0, 1], [1], [1]]))
    assert attendance_rate(h, m[0].id, 3) == pytest.approx(1 / 3)
    assert attendance_rate(h, m[0].id, 6) == pytest.approx(4 / 6)
    assert attendance_trend(h, m[0].id) == pytest.approx(1 / 3 - 1)
    assert attendance_trend(h, m[1].id) == pytest.approx(1.0)
    assert attendance_rate(history(m, []), m[0].id, 3) is None


def test_the_closed_sessions_are_picked_once_per_history() -> None:
    """Every indicator reads ``closed``, for each member: picked from the sessions once."""
    members = people(3)
    h = history(members, sessions(members, [[0], [0, 1], [2]]))
    assert h.closed is h.closed
    assert [s.number for s in h.closed] == [1, 2, 3]  # the planned session left out
    assert dataclasses.replace(h).closed == h.closed


def test_the_facilitators_judgement_wins_over_the_computed_circle() -> None:
    m = people(2)
    m[1] = MemberRow(m[1].id, m[1].name, MembershipRole.MEMBER, Circle.TRANSACTIONAL)
    h = history(m, sessions(m, [[0, 1]] * 6))
    assert circles(h)[m[1].id] is Circle.TRANSACTIONAL


def test_leaders_are_who_brings_cases_captures_and_carried_actions() -> None:
    m = people(4)
    rows = sessions(m, [[0, 1, 2, 3]] * 3)
    rows[0] = SessionRow(**{**rows[0].__dict__, "clients": frozenset({m[3].id})})
    entries = [
        EntryRow(EntryKind.DECISION, START, authors=(m[1].id,)),
        EntryRow(
            EntryKind.ACTION,
            START,
            owner=m[2].id,
            due_on=date(2026, 2, 1),
            action_status=ActionStatus.DONE,
            closed_at=START,
        ),
        EntryRow(EntryKind.LEARNING, START, authors=(m[2].id,)),
    ]
    h = history(m, rows, entries)
    assert [(h.name(i), c.total) for i, c in leaders(h)] == [
        ("Membre 02", 2),
        ("Membre 01", 1),
        ("Membre 03", 1),
    ]
    assert contributions(h)[m[3].id].cases == 1
    assert h.name(never_client(h)[0]) == "Membre 00" and m[3].id not in never_client(h)


def test_balance_of_the_floor_per_session() -> None:
    m = people(3)
    fair = SessionRow(
        uuid.uuid4(),
        1,
        START,
        MeetingStatus.CLOSED,
        present=frozenset(x.id for x in m),
        seconds={x.id: 60.0 for x in m},
    )
    one = SessionRow(
        uuid.uuid4(),
        2,
        START + timedelta(days=28),
        MeetingStatus.CLOSED,
        present=frozenset(x.id for x in m),
        seconds={m[0].id: 180.0},
    )
    h = history(m, [fair, one])
    assert [round(e, 6) for _s, e in equality_by_session(h)] == [1.0, 0.0]


def test_actions_on_time_late_open_and_dropped() -> None:
    today = date(2026, 3, 1)
    due = date(2026, 2, 1)

    def action(
        status: ActionStatus, closed: datetime | None = None, due_on: date = due
    ) -> EntryRow:
        return EntryRow(
            EntryKind.ACTION, START, due_on=due_on, action_status=status, closed_at=closed
        )

    h = history(
        people(1),
        [],
        [
            action(ActionStatus.DONE, datetime(2026, 1, 20, tzinfo=UTC)),
            action(ActionStatus.DONE, datetime(2026, 2, 10, tzinfo=UTC)),
            action(ActionStatus.OPEN),
            action(ActionStatus.OPEN, due_on=date(2026, 4, 1)),
            action(ActionStatus.DROPPED),
        ],
    )
    f = follow_through(h, today)
    assert (f.on_time, f.late, f.open, f.dropped) == (1, 2, 1, 1)


def test_rhythm_drift_and_critical_mass_warnings() -> None:
    m = people(6)
    slow = history(m, sessions(m, [[0, 1, 2, 3]] * 4, every=60), autonomy_alignment=10)
    assert [d for _s, d in gaps(slow)] == [60, 60, 60]
    said = warnings(slow, date(2026, 12, 1))
    assert any("Rythme ralenti : 60 jours" in w for w in said)
    assert any("groupe d'intérêt ou de pression" in w for w in said)
    assert not any("Masse critique" in w for w in said)
    aligned = history(m, sessions(m, [[0]] * 4), autonomy_alignment=90)
    said = warnings(aligned, date(2026, 12, 1))
    assert any("instrumentalisé" in w for w in said)
    assert any("Masse critique non atteinte : 1 membres engagés" in w for w in said)


def test_networks_side_by_side_shared_members_and_differing_terms(store: Store) -> None:
    now = START
    with store.transaction() as db:
        quality = create_network(db, "Réseau Qualité", now)
        safety = create_network(db, "Réseau Sécurité", now)
        lea = add_member(db, quality, "Léa", now)
        from models import Membership

        db.add(Membership(network=safety, member=lea, joined_on=now.date()))
        add_member(db, safety, "Karim", now)
        for network, body in (
            (quality, "Retour d'expérience"),
            (safety, "Réunion d'équipe express"),
        ):
            capture(db, network_id=network.id, kind=EntryKind.TERM, title="REX", body=body, now=now)
        capture(db, network_id=quality.id, kind=EntryKind.TERM, title="8D", body="Méthode", now=now)
        capture(db, network_id=safety.id, kind=EntryKind.TERM, title="8d", body="méthode", now=now)
    with store.session() as db:
        both = coexistence(db)
    assert both.shared_members == (("Réseau Qualité", "Réseau Sécurité", 1),)
    assert both.term_conflicts == (
        (
            "REX",
            (
                ("Réseau Qualité", "Retour d'expérience"),
                ("Réseau Sécurité", "Réunion d'équipe express"),
            ),
        ),
    )


def test_the_profile_refuses_what_makes_no_sense(store: Store) -> None:
    with store.transaction() as db:
        network = create_network(db, "Réseau Qualité", START)
        create_network(db, "Réseau RH", START)
        network_id = network.id
    with store.transaction() as db:
        update_profile(
            db,
            network_id,
            name=" Réseau Qualité Achats ",
            autonomy_alignment=70,
            lifecycle_stage="stewardship",
            target_rhythm_days=42,
        )
    for bad, message in (
        ({"autonomy_alignment": 130}, "de 0 à 100"),
        ({"name": "  "}, "besoin d'un nom"),
        ({"name": "Réseau RH"}, "s'appelle déjà"),
        ({"target_rhythm_days": 0}, "positifs"),
    ):
        with pytest.raises(EngineError, match=message), store.transaction() as db:
            update_profile(db, network_id, **bad)
    from models import Network

    with store.session() as db:
        network = db.get_one(Network, network_id)
        assert (network.name, network.autonomy_alignment, network.target_rhythm_days) == (
            "Réseau Qualité Achats",
            70,
            42,
        )
        assert network.lifecycle_stage is LifecycleStage.STEWARDSHIP


def test_the_actions_card_and_its_warning_count_the_same_actions() -> None:
    """Once "9 / 18 on time" on the card and "9 out of 19 late" in the warning."""
    today = date(2026, 3, 1)
    due = date(2026, 2, 1)
    done_on_time = datetime(2026, 1, 20, tzinfo=UTC)
    done_late = datetime(2026, 2, 10, tzinfo=UTC)
    rows = (
        [
            EntryRow(
                EntryKind.ACTION,
                START,
                due_on=due,
                action_status=ActionStatus.DONE,
                closed_at=done_on_time,
            )
        ]
        * 9
        + [
            EntryRow(
                EntryKind.ACTION,
                START,
                due_on=due,
                action_status=ActionStatus.DONE,
                closed_at=done_late,
            )
        ]
        * 9
        + [
            EntryRow(
                EntryKind.ACTION, START, due_on=date(2026, 4, 1), action_status=ActionStatus.OPEN
            )
        ]
    )
    h = history(people(1), [], rows)
    f = follow_through(h, today)
    assert (f.on_time, f.late, f.judged, f.total) == (9, 9, 18, 19)
    assert f.alert
    said = [w for w in warnings(h, today) if "Suivi des actions" in w]
    assert said == ["Suivi des actions : 9 actions sur 18 en retard."]
    # A third late exactly is not yet an alert; the thresholds are named, not scattered.
    from app.steering_indicators import FOLLOW_LATE_SHARE, FOLLOW_MIN_JUDGED

    assert FOLLOW_LATE_SHARE == 1 / 3 and FOLLOW_MIN_JUDGED == 4
    third = history(people(1), [], rows[:6] + rows[9:12])
    assert not follow_through(third, today).alert


def test_the_health_figures_read_without_the_entries_texts_equal_the_old_reading(
    demo_store: Store,
) -> None:
    """load_history counts the entries in SQL (no ORM entry, no body): every figure is the
    one computed from the entries read one by one, as before."""
    from collections import defaultdict

    from sqlalchemy import select

    from app.steering import dashboard
    from app.steering_entries import EntryRow
    from app.steering_history import load_history
    from models import EntryAuthor, Meeting, Member, Network, RepertoireEntry

    today = date(2026, 11, 24)
    with demo_store.transaction() as db:
        network_id = db.scalars(select(Network.id)).one()
        gone = db.scalars(select(RepertoireEntry).where(RepertoireEntry.network_id == network_id))
        next(iter(gone)).deleted_at = START  # a deleted entry counts nowhere
        # Entries right on the dates the figures compare with: the start of the circles'
        # window (6th closed session from the end) and the end of a session's day.
        starts = sorted(
            m.started_at or m.planned_start
            for m in db.scalars(select(Meeting).where(Meeting.status == MeetingStatus.CLOSED))
        )
        author = db.scalars(select(Member.id)).first()
        second = timedelta(seconds=1)
        day_end = starts[-2].replace(hour=23, minute=59)
        for at in (starts[-6] - second, starts[-6], day_end, day_end + second, day_end - second):
            entry = RepertoireEntry(
                network_id=network_id,
                kind=EntryKind.LEARNING,
                title=f"{at}",
                created_at=at,
                updated_at=at,
            )
            db.add(entry)
            db.flush()
            db.add(EntryAuthor(entry_id=entry.id, member_id=author))
    with demo_store.session() as db:
        history = load_history(db, network_id)
        authors: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        for entry_id, member_id in db.execute(select(EntryAuthor.entry_id, EntryAuthor.member_id)):
            authors[entry_id].append(member_id)
        old = tuple(  # the reading before: every entry as an ORM object, body included
            EntryRow(
                e.kind,
                e.created_at,
                tuple(authors[e.id]),
                e.owner_id,
                e.due_on,
                e.action_status,
                e.closed_at,
            )
            for e in db.scalars(
                select(RepertoireEntry)
                .where(
                    RepertoireEntry.network_id == network_id, RepertoireEntry.deleted_at.is_(None)
                )
                .order_by(RepertoireEntry.created_at)
            )
        )
    assert len(old) > 20
    assert sum(e.count for e in history.entries) == len(old)
    before = dashboard(
        History(history.profile, history.members, history.sessions, old, history.roti), today
    )
    after = dashboard(history, today)
    assert after == before
    since = starts[-6]  # the circles count contributions since their window's start
    old_history = History(history.profile, history.members, history.sessions, old, history.roti)
    assert contributions(history, since) == contributions(old_history, since)
    assert contributions(history, since)[author].captures > 0
    assert after.follow.total > 0 and sum(c.captures for _n, c in after.leaders) > 0


def _network_with_edges(store: Store, methods: object) -> tuple[uuid.UUID, datetime]:
    """A generated network, plus entries and actions with authors right on the dates the
    figures compare with, a deleted entry, and ROTI rounds with passes; returns the
    network and where the circles' window starts."""
    from sqlalchemy import select

    from app.synthetic import Scale, generate
    from models import EntryAuthor, Meeting, Membership, Network, RepertoireEntry

    scale = Scale(networks=2, years=1, members=(6, 6), turns_per_session=30, entries_per_session=9)
    generate(store, scale, methods, seed=7)  # type: ignore[arg-type]
    tick = timedelta(microseconds=1)
    with store.transaction() as db:
        network_id = db.scalars(select(Network.id).order_by(Network.name)).first()
        assert network_id is not None
        closed = list(
            db.scalars(
                select(Meeting)
                .where(Meeting.network_id == network_id, Meeting.status == MeetingStatus.CLOSED)
                .order_by(Meeting.planned_start)
            )
        )
        who = list(
            db.scalars(select(Membership.member_id).where(Membership.network_id == network_id))
        )
        since = closed[-6].started_at or closed[-6].planned_start
        day_end = (closed[-3].started_at or closed[-3].planned_start).replace(hour=23, minute=59)
        edges = (since - tick, since, since + tick, day_end - tick, day_end, day_end + tick)
        for n, at in enumerate(edges):
            for kind in (EntryKind.LEARNING, EntryKind.ACTION):
                action = kind is EntryKind.ACTION
                entry = RepertoireEntry(
                    network_id=network_id,
                    kind=kind,
                    title=f"{kind} {n}",
                    created_at=at,
                    updated_at=at,
                    owner_id=who[n % len(who)] if action else None,
                    action_status=ActionStatus.DONE if action else None,
                    due_on=at.date() if action else None,
                    closed_at=at + timedelta(days=n) if action else None,
                )
                db.add(entry)
                db.flush()
                for member_id in who[n % 3 : n % 3 + 2]:
                    db.add(EntryAuthor(entry_id=entry.id, member_id=member_id))
        gone = db.scalars(
            select(RepertoireEntry).where(RepertoireEntry.network_id == network_id)
        ).first()
        assert gone is not None
        gone.deleted_at = since  # a deleted entry counts nowhere
        _roti_rounds(db, closed[-4:], who)
    return network_id, since


def _roti_rounds(db: Any, meetings: list[Any], who: list[uuid.UUID]) -> None:
    from models import RitualAnswer, RitualKind

    for number, meeting in enumerate(meetings):
        for i, member_id in enumerate(who):
            db.add(
                RitualAnswer(
                    meeting_id=meeting.id,
                    member_id=member_id,
                    kind=RitualKind.ROTI,
                    score=None if i == number else (i + number) % 5 + 1,  # a pass now and then
                    answered_at=meeting.started_at or meeting.planned_start,
                )
            )


def _entries_one_by_one(db: Any, network_id: uuid.UUID) -> tuple[EntryRow, ...]:
    """The reading before: every entry as an ORM object, body included."""
    from collections import defaultdict

    from sqlalchemy import select

    from models import EntryAuthor, RepertoireEntry

    authors: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for entry_id, member_id in db.execute(select(EntryAuthor.entry_id, EntryAuthor.member_id)):
        authors[entry_id].append(member_id)
    return tuple(
        EntryRow(
            e.kind,
            e.created_at,
            tuple(authors[e.id]),
            e.owner_id,
            e.due_on,
            e.action_status,
            e.closed_at,
        )
        for e in db.scalars(
            select(RepertoireEntry)
            .where(RepertoireEntry.network_id == network_id, RepertoireEntry.deleted_at.is_(None))
            .order_by(RepertoireEntry.created_at)
        )
    )


def test_the_health_reading_equals_the_records_read_one_by_one(
    store: Store, methods: object
) -> None:
    """load_history sums and counts in SQL (speaking time per session and member, entries by
    kind between the dates the figures compare with, authorship, the ROTI): on both backends
    every figure equals the one computed from every row read one by one — entries right on
    those dates, a deleted one, authors of entries and of actions, passes in the ROTI."""
    from collections import defaultdict

    from sqlalchemy import select

    from app.rituals import roti_trend
    from app.steering import dashboard
    from app.steering_history import load_history
    from models import SpeakingTurn

    network_id, since = _network_with_edges(store, methods)
    today = date(2022, 3, 1)
    with store.session() as db:
        history = load_history(db, network_id)
        spoken: dict[uuid.UUID, dict[uuid.UUID, timedelta]] = defaultdict(
            lambda: defaultdict(timedelta)
        )
        for turn in db.scalars(select(SpeakingTurn)):
            length = (turn.ended_at or turn.started_at) - turn.started_at
            spoken[turn.meeting_id][turn.member_id] += length
        one_by_one = _entries_one_by_one(db, network_id)
        roti = tuple(roti_trend(db, network_id))
    assert len(history.roti) == 4 and history.roti == roti
    assert sum(e.count for e in history.entries) == len(one_by_one)
    for s in history.sessions:  # to the microsecond
        assert {m: round(t, 6) for m, t in s.seconds.items()} == {
            m: t.total_seconds() for m, t in spoken[s.id].items()
        }
    before = History(history.profile, history.members, history.sessions, one_by_one, roti)
    assert dashboard(history, today) == dashboard(before, today)
    for start in (since, None):  # the circles' window, and all time (the leaders)
        assert contributions(history, start) == contributions(before, start)
    assert sum(c.captures for c in contributions(history, since).values()) > 0


def test_a_second_health_reading_compiles_no_statement_again_and_commits_nothing(
    store: Store, methods: object
) -> None:
    """The health page's reading runs the same statements each time: SQLAlchemy finds every
    one compiled in its cache (the entries' counts by bucket included, whatever the number of
    sessions), and a reading commits nothing (a commit would wake the disk sync)."""
    from sqlalchemy import event
    from sqlalchemy.engine.interfaces import CacheStats

    from app.steering_reading import read_health

    network_id, _since = _network_with_edges(store, methods)
    now = datetime(2022, 3, 1, tzinfo=UTC)
    first = read_health(store, network_id, now)
    compiled: list[tuple[CacheStats, str]] = []
    commits: list[object] = []

    def executed(*args: Any) -> None:
        context = args[4]
        if context.compiled is not None:
            compiled.append((context.cache_hit, args[2].split("\n")[0]))

    def committed(connection: object) -> None:
        commits.append(connection)

    event.listen(store.engine, "before_cursor_execute", executed)
    event.listen(store.engine, "commit", committed)
    try:
        again = read_health(store, network_id, now)
    finally:
        event.remove(store.engine, "before_cursor_execute", executed)
        event.remove(store.engine, "commit", committed)
    assert again == first
    assert len(compiled) > 10
    assert [s for hit, s in compiled if hit is not CacheStats.CACHE_HIT] == []
    assert commits == []


def test_a_network_with_more_closed_sessions_than_sqlite_joins_in_one_select_is_read(
    store: Store, methods: object
) -> None:
    """Ten years of weekly sessions cut the time into more buckets than the 500 terms SQLite
    allows in one compound SELECT: every entry is still counted, once."""
    from app.steering_entries import COMPOUND_LIMIT, read_entries

    network_id, since = _network_with_edges(store, methods)
    weekly = [datetime(2012, 1, 1, 18, tzinfo=UTC) + timedelta(weeks=w) for w in range(700)]
    assert len(weekly) > COMPOUND_LIMIT
    with store.session() as db:
        many = read_entries(db, network_id, weekly, since)
        few = read_entries(db, network_id, weekly[::300], since)
    counted = sum(e.count for e in many)
    assert counted == sum(e.count for e in few) > 0
    assert sorted(e.created_at for e in many if e.count == 0) == sorted(
        e.created_at for e in few if e.count == 0
    )  # authorship and actions alike
