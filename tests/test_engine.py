"""The live session engine, driven through its public API with a fake clock."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from app.clock import FakeClock
from app.engine.errors import EngineError
from app.engine.session import SessionEngine
from app.engine.state import ItemStatus
from app.engine.timeline import TimerLevel, fit_proposals
from app.methods import MethodCatalogue
from models import AttendanceStatus, MeetingStatus, QueueMode, Role
from tests.conftest import Room, make_room


def test_a_whole_co_development_consultation(room: Room) -> None:
    e, clock = room.engine, room.clock
    codev = e.add_item("Codéveloppement — cas de Léa", "codev")
    e.set_role(codev, room["Léa"], Role.CLIENT)
    state = e.state()
    assert state.items[0].timer.planned == 80 * 60  # six phases: 10+15+5+25+10+15
    assert [p.key for p, _ in state.items[0].phases] == [
        "presentation",
        "clarification",
        "contract",
        "consultation",
        "action_plan",
        "learning",
    ]

    e.start_item()
    state = e.state()
    assert state.status is MeetingStatus.RUNNING
    assert state.current is not None and state.current.phase is not None
    assert state.current.phase.number == 1 and state.current.phase.count == 6
    assert state.current.phase.phase.rule.fr.startswith("Le client expose")

    # 1. Presentation: the client speaks; a consultant interrupting is reported.
    assert not e.give_floor(room["Léa"]).outside_rule
    clock.advance(minutes=9)
    assert e.give_floor(room["Karim"]).outside_rule
    assert e.state().speaker is not None and e.state().speaker.outside_rule
    clock.advance(minutes=1)
    # 2. Clarification: consultants ask, the client answers.
    e.next_phase()
    assert e.state().speaker is None  # a phase change ends the turn
    for name, minutes in (("Karim", 2), ("Léa", 3), ("Sofia", 2), ("Léa", 4), ("Inès", 2)):
        assert not e.give_floor(room[name]).outside_rule
        clock.advance(minutes=minutes)
    e.next_phase()  # 3. Contract
    e.give_floor(room["Léa"])
    clock.advance(minutes=5)
    e.next_phase()  # 4. Consultation: the client listens.
    assert e.give_floor(room["Léa"]).outside_rule
    clock.advance(seconds=20)
    for name in ("Karim", "Sofia", "Inès", "Paul", "Karim"):
        assert not e.give_floor(room[name]).outside_rule
        clock.advance(minutes=5)
    e.next_phase()  # 5. Action plan
    e.give_floor(room["Léa"])
    clock.advance(minutes=10)
    e.next_phase()  # 6. Learning: everyone.
    for name in ("Léa", "Karim", "Sofia", "Marc", "Inès", "Paul"):
        assert not e.give_floor(room[name]).outside_rule
        clock.advance(minutes=2)
    with pytest.raises(EngineError, match="dernière phase"):
        e.next_phase()
    e.finish_item()
    e.close_session()

    state = e.state()
    item = state.items[0]
    assert item.status is ItemStatus.DONE
    assert item.timer.elapsed == pytest.approx(sum(item.phase_seconds.values()))
    assert item.phase_seconds["presentation"] == 10 * 60
    assert item.phase_seconds["consultation"] == 20 + 25 * 60
    assert state.status is MeetingStatus.CLOSED
    lea = next(p for p in state.participants if p.name == "Léa")
    assert lea.session_seconds == (9 + 3 + 4 + 5 + 10 + 2) * 60 + 20
    assert sum(p.share for p in state.participants) == pytest.approx(1.0)


def test_giving_the_floor_ends_the_previous_turn_at_the_same_instant(room: Room) -> None:
    e = room.engine
    e.add_item("Discussion", "free", 20)
    e.start_item()
    e.give_floor(room["Karim"])
    room.clock.advance(42)
    e.give_floor(room["Sofia"])
    turns = e.turns()
    assert [t.member_id for t in turns] == [room["Karim"], room["Sofia"]]
    assert turns[0].ended_at == turns[1].started_at
    assert turns[1].ended_at is None


def test_the_floor_cannot_be_given_before_an_item_starts_or_to_someone_absent(room: Room) -> None:
    e = room.engine
    e.add_item("Discussion", "free", 20)
    with pytest.raises(EngineError, match="Aucun point n'est en cours"):
        e.give_floor(room["Karim"])
    e.start_item()
    e.set_attendance(room["Paul"], AttendanceStatus.EXCUSED)
    with pytest.raises(EngineError, match="Paul n'est pas noté·e présent·e"):
        e.give_floor(room["Paul"])
    assert e.turns() == []


def test_balanced_queue_puts_those_who_spoke_least_in_the_item_first(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Discussion", "free", 30)
    e.start_item()
    e.set_queue_mode(QueueMode.BALANCED)
    e.give_floor(room["Karim"])
    clock.advance(minutes=4)
    e.give_floor(room["Sofia"])
    clock.advance(minutes=1)
    e.give_floor(room["Léa"])
    for name in ("Karim", "Sofia", "Inès", "Paul"):
        e.queue_add(room[name])
        clock.advance(5)
    # Never spoke first (by arrival), then least time first.
    assert [q.name for q in e.state().queue] == ["Inès", "Paul", "Sofia", "Karim"]
    e.set_queue_mode(QueueMode.FIFO)
    assert [q.name for q in e.state().queue] == ["Karim", "Sofia", "Inès", "Paul"]
    e.set_queue_mode(QueueMode.BALANCED)
    e.queue_next()
    state = e.state()
    assert state.speaker is not None and state.speaker.name == "Inès"
    assert [q.name for q in state.queue] == ["Paul", "Sofia", "Karim"]
    with pytest.raises(EngineError, match="déjà dans la file"):
        e.queue_add(room["Paul"])


def test_someone_leaving_stops_speaking_and_leaves_the_queue(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Discussion", "free", 30)
    e.start_item()
    e.give_floor(room["Karim"])
    e.queue_add(room["Paul"])
    clock.advance(60)
    e.leave(room["Karim"])
    e.leave(room["Paul"])
    state = e.state()
    assert state.speaker is None
    assert state.queue == ()
    assert room["Karim"] not in state.present
    clock.advance(60)
    e.give_floor(room["Sofia"])
    clock.advance(60)
    assert sum(p.share for p in e.state().participants) == pytest.approx(1.0)


def test_a_late_arrival_counts_from_arrival_and_shares_are_over_the_present(
    store, clock: FakeClock, methods: MethodCatalogue
) -> None:
    room = make_room(store, clock, methods, present=False)
    e = room.engine
    for name in ("Léa", "Karim", "Sofia"):
        e.set_attendance(room[name], AttendanceStatus.PRESENT)
    e.add_item("Discussion", "free", 30)
    e.start_item()
    clock.advance(60)
    e.set_attendance(room["Inès"], AttendanceStatus.PRESENT)  # arrives late
    assert e.facts.attendance[room["Inès"]].arrived_at == clock.now()
    state = e.state()
    assert {p.name for p in state.participants} == {"Léa", "Karim", "Sofia", "Inès"}
    assert state.item_balance is not None and state.item_balance.fair_share == 0.25


def test_silent_and_dominant_people_are_flagged(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Discussion", "free", 30)
    e.start_item()
    e.give_floor(room["Karim"])
    clock.advance(minutes=10)
    e.give_floor(room["Sofia"])
    clock.advance(minutes=1)
    state = e.state()
    flags = {p.name: (p.silent, p.dominant) for p in state.participants}
    assert flags["Karim"] == (False, True)  # 91 % with six present: above 2 × 1/6
    assert flags["Sofia"] == (False, False)
    assert flags["Paul"] == (True, False)
    assert state.item_balance is not None and state.item_balance.equality < 0.3


def test_turn_soft_limit_warns_without_cutting(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.set_turn_limit(120)
    e.add_item("Discussion", "free", 30)
    e.start_item()
    e.give_floor(room["Karim"])
    clock.advance(100)
    assert e.state().speaker.timer.level is TimerLevel.WARNING
    clock.advance(30)
    speaker = e.state().speaker
    assert speaker is not None and speaker.timer.level is TimerLevel.OVERRUN
    assert speaker.timer.overrun == 10


def test_timer_colours_follow_the_timebox(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Discussion", "free", 10)
    e.start_item()
    clock.advance(minutes=7)
    assert e.state().timer.level is TimerLevel.NORMAL
    clock.advance(minutes=1, seconds=1)
    assert e.state().timer.level is TimerLevel.WARNING
    clock.advance(minutes=3)
    timer = e.state().timer
    assert timer.level is TimerLevel.OVERRUN and timer.remaining == -61 and timer.overrun == 61


def test_pause_stops_the_clock_of_the_item_and_its_phase(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Codév.", "codev")
    e.start_item()
    e.give_floor(room["Léa"])
    clock.advance(minutes=3)
    e.pause_item()
    assert e.state().speaker is None
    assert e.state().current.status is ItemStatus.PAUSED
    clock.advance(minutes=15)
    with pytest.raises(EngineError, match="en pause"):
        e.give_floor(room["Léa"])
    e.resume_item()
    clock.advance(minutes=2)
    state = e.state()
    assert state.current.timer.elapsed == 5 * 60
    assert state.current.phase.timer.elapsed == 5 * 60


def test_ahead_or_behind_schedule_and_ways_to_fit(room: Room) -> None:
    e, clock = room.engine, room.clock  # 120 minutes planned
    first = e.add_item("Accueil", "free", 10)
    e.add_item("Cas", "codev", 80)
    e.add_item("Lean Coffee", "lean_coffee", 20)
    # 110 minutes of agenda in a 120-minute slot: on time, not "10 minutes ahead".
    assert e.state().schedule.ahead == 0
    e.start_item(first)
    clock.advance(minutes=30)  # the welcome drags on: 20 minutes over
    schedule = e.state().schedule
    assert schedule.ahead == -20 * 60  # behind the agenda by the overrun
    assert schedule.over_slot == 10 * 60  # the slot's spare 10 minutes absorb the rest
    pending = [
        (i.id, int(i.timer.planned // 60))
        for i in e.state().items
        if i.status is ItemStatus.PENDING
    ]
    shrink, drop = fit_proposals(pending, schedule.over_slot)
    assert shrink.kind == "shrink" and shrink.saves_seconds >= 10 * 60
    assert drop.dropped == (pending[-1][0],)
    e.apply_fit(shrink.minutes)
    assert e.state().schedule.over_slot <= 0


def test_reorder_and_retime_upcoming_items(room: Room) -> None:
    e = room.engine
    a = e.add_item("A", "free", 10)
    b = e.add_item("B", "free", 10)
    c = e.add_item("C", "free", 10)
    e.move_item(c, 0)
    assert [i.title for i in e.state().items] == ["C", "A", "B"]
    e.update_item(a, planned_minutes=25, title="A bis")
    e.start_item(c)
    with pytest.raises(EngineError, match="Seuls les points à venir"):
        e.move_item(c, 2)
    e.skip_item(b)
    assert [(i.title, i.status) for i in e.state().items] == [
        ("C", ItemStatus.RUNNING),
        ("A bis", ItemStatus.PENDING),
        ("B", ItemStatus.SKIPPED),
    ]
    e.remove_item(a)
    assert [i.title for i in e.state().items] == ["C", "B"]


def test_previous_phase_opens_a_new_interval_and_times_add_up(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("REX", "rex")
    e.start_item()
    clock.advance(minutes=5)
    e.next_phase()
    clock.advance(minutes=3)
    assert e.previous_phase() == "expected"
    clock.advance(minutes=2)
    state = e.state()
    assert state.current.phase.number == 1
    assert state.current.phase_seconds == {"expected": 7 * 60, "actual": 3 * 60}
    with pytest.raises(EngineError, match="première phase"):
        e.previous_phase()


def test_tour_de_table_follows_the_order_with_a_budget_each(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Tour de table", "tour_de_table", 15)
    e.start_item()
    e.tour_start()
    tour = e.state().tour
    assert tour is not None and tour.budget_seconds == 120
    order = [name for _, name, _ in tour.order]
    assert order == sorted(order, key=str.casefold)  # the order shown in advance
    spoken = []
    while (member := e.tour_next()) is not None:
        spoken.append(e.state().names[member])
        clock.advance(90)
    assert spoken == order
    assert e.state().tour is None and e.state().speaker is None


def test_lean_coffee_board_votes_timeboxes_and_roman_votes(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Lean Coffee", "lean_coffee", 40)
    e.start_item()
    a = e.lean_propose("Délais de validation", room["Karim"])
    b = e.lean_propose("Plan B fournisseurs uniques", room["Sofia"])
    c = e.lean_propose("Indicateurs partagés", room["Léa"])
    e.next_phase()
    for member, topic in (("Léa", b), ("Léa", b), ("Léa", a), ("Karim", a), ("Sofia", b)):
        e.lean_vote(topic, room[member])
    with pytest.raises(EngineError, match="Léa a déjà utilisé ses 3 votes"):
        e.lean_vote(c, room["Léa"])
    e.next_phase()
    assert [t.title for t in e.state().topics] == [
        "Plan B fournisseurs uniques",
        "Délais de validation",
        "Indicateurs partagés",
    ]
    assert e.lean_discuss() == b
    clock.advance(minutes=4, seconds=30)
    state = e.state()
    assert state.timer.planned == 5 * 60 and state.timer.level is TimerLevel.WARNING
    clock.advance(minutes=1)
    assert e.lean_roman_vote(up=4, sideways=1, down=1)  # majority up: 3 more minutes
    assert e.state().timer.planned == 8 * 60
    clock.advance(minutes=3)
    assert e.lean_roman_vote(up=5, sideways=0, down=1)  # then 2 more
    clock.advance(minutes=2)
    assert not e.lean_roman_vote(up=6, sideways=0, down=0)  # no extension left
    assert e.lean_discuss() == a
    clock.advance(minutes=5)
    assert not e.lean_roman_vote(up=2, sideways=3, down=1)  # no majority: move on
    statuses = {t.title: t.status for t in e.state().topics}
    assert statuses == {
        "Plan B fournisseurs uniques": "discussed",
        "Délais de validation": "discussed",
        "Indicateurs partagés": "to_discuss",
    }


def test_undo_restores_the_previous_state_and_redo_brings_it_back(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Discussion", "free", 30)
    e.start_item()
    e.give_floor(room["Karim"])
    clock.advance(30)
    before = e.state()
    e.give_floor(room["Paul"])  # wrong person clicked
    assert e.undo() == "give_floor"
    after = e.state()
    assert after.speaker == before.speaker
    assert after.participants == before.participants
    assert after.redo_name == "give_floor"
    assert e.redo() == "give_floor"
    assert e.state().speaker.name == "Paul"
    assert e.undo() == "give_floor"
    assert e.undo() == "give_floor"
    assert e.state().speaker is None
    assert e.undo() == "start_item"
    assert e.state().current is None
    e.redo()
    e.redo()
    assert e.state().speaker.name == "Karim"


def test_a_new_command_after_undo_clears_redo(room: Room) -> None:
    e = room.engine
    e.add_item("Discussion", "free", 30)
    e.start_item()
    e.give_floor(room["Karim"])
    e.undo()
    e.give_floor(room["Sofia"])
    assert e.state().redo_name is None
    with pytest.raises(EngineError, match="rien à rétablir"):
        e.redo()


def test_correcting_a_turn_never_leaves_overlaps(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Discussion", "free", 30)
    e.start_item()
    for name in ("Karim", "Sofia", "Léa", "Inès"):
        e.give_floor(room[name])
        clock.advance(60)
    e.take_floor_back()
    karim, sofia, lea, ines = e.turns()
    # Wrong person: the second turn was Paul's.
    e.correct_turn(sofia.id, member_id=room["Paul"])
    # Karim actually spoke until the middle of Léa's turn: Sofia→Paul's turn disappears,
    # Léa's starts later.
    e.correct_turn(karim.id, ended_at=lea.started_at + (lea.ended_at - lea.started_at) / 2)
    turns = e.turns()
    assert [(e.state().names[t.member_id]) for t in turns] == ["Karim", "Léa", "Inès"]
    for before, after in itertools.pairwise(turns):
        assert before.ended_at <= after.started_at
    # A turn placed inside another one splits it.
    e.correct_turn(
        ines.id,
        started_at=turns[0].started_at + (turns[0].ended_at - turns[0].started_at) / 4,
        ended_at=turns[0].started_at + (turns[0].ended_at - turns[0].started_at) / 2,
    )
    names = [e.state().names[t.member_id] for t in e.turns()]
    assert names == ["Karim", "Inès", "Karim", "Léa"]
    moved = next(t for t in e.turns() if t.id == ines.id)
    with pytest.raises(EngineError, match="doit finir après"):
        e.correct_turn(ines.id, ended_at=moved.started_at)


def test_a_turn_running_when_the_process_dies_is_still_running_after_restart(
    room: Room, methods: MethodCatalogue
) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Codév.", "codev")
    e.start_item()
    e.give_floor(room["Léa"])
    clock.advance(minutes=2)
    # The laptop crashes; the meeting goes on for 5 minutes before Cercle is back.
    clock.advance(minutes=5)
    revived = SessionEngine(room.store, room.meeting_id, clock, methods)
    state = revived.state()
    assert state.speaker is not None and state.speaker.name == "Léa"
    assert state.speaker.timer.elapsed == 7 * 60
    assert state.current.phase.timer.elapsed == 7 * 60


def test_closing_ends_everything_and_refuses_further_commands(room: Room) -> None:
    e = room.engine
    e.add_item("Discussion", "free", 30)
    e.start_item()
    e.give_floor(room["Karim"])
    e.queue_add(room["Sofia"])
    room.clock.advance(60)
    e.close_session()
    state = e.state()
    assert state.speaker is None and state.queue == () and state.current is None
    with pytest.raises(EngineError, match="close"):
        e.start_item()


def test_a_session_run_on_another_day_keeps_its_length_not_its_old_end(room: Room) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Tour de table", "tour_de_table", 30)
    clock.advance(days=3)  # planned on Thursday, held on Sunday
    e.start_item()
    clock.advance(minutes=40)
    schedule = e.state().schedule
    assert schedule.planned_end == clock.now() - timedelta(minutes=40) + timedelta(minutes=120)
    # The 30-minute agenda ran 40: ten minutes behind it, well inside the slot.
    assert schedule.ahead == pytest.approx(-10 * 60)
    assert schedule.over_slot == pytest.approx(-(120 - 40) * 60)
    assert schedule.late_start == 0


def test_the_phase_timers_of_an_item_never_add_up_to_more_than_it(room: Room) -> None:
    e = room.engine
    for minutes in (1, 2, 3, 5, 7, 30, 90, 200):
        e.add_item(f"Cas {minutes}", "codev", minutes)
    for item in e.state().items:
        planned = round(item.timer.planned / 60)
        assert sum(m for _, m in item.phases) == planned, item.title
    e.start_item()
    # A one-minute case: its first phase timer is at most a minute, never the default 10.
    assert e.state().timer.planned <= 60
