"""The one command runner: change sets name what changed, and re-reading only that is exact."""

from __future__ import annotations

from collections.abc import Callable

from app.commands import ChangeSet, Fact
from app.engine.facts import load_facts
from app.methods import MethodCatalogue
from app.workspace import Workspace
from models import EntryKind, RitualKind
from tests.conftest import Room


def test_after_every_command_the_engine_holds_exactly_what_is_stored(
    room: Room, methods: MethodCatalogue
) -> None:
    workspace = Workspace(room.store, room.clock, methods, room.engine.hub)
    workspace.go_live(room.engine)
    seen: list[ChangeSet] = []
    workspace.hub.subscribe(seen.append)
    e = room.engine
    e.add_item("Tour de table d'ouverture", "free")
    e.start_session()
    steps: list[tuple[Callable[[], object], frozenset[Fact]]] = [
        (lambda: e.start_item(), frozenset({Fact.AGENDA})),
        (lambda: e.give_floor(room["Léa"]), frozenset({Fact.FLOOR})),
        (lambda: e.queue_add(room["Karim"]), frozenset({Fact.QUEUE})),
        (lambda: e.queue_add(room["Sofia"]), frozenset({Fact.QUEUE})),
        (lambda: e.queue_next(), frozenset({Fact.FLOOR, Fact.QUEUE})),
        (lambda: e.capture(EntryKind.DECISION, "Relire la charte"), frozenset({Fact.CAPTURES})),
        (lambda: e.take_floor_back(), frozenset({Fact.FLOOR})),
        (lambda: e.tour_start(60), frozenset({Fact.FLOOR})),
        (lambda: e.tour_next(), frozenset({Fact.FLOOR})),
        (lambda: e.tour_stop(), frozenset({Fact.FLOOR})),
        (lambda: e.ritual_answer(room["Paul"], RitualKind.WEATHER, 4), frozenset({Fact.RITUALS})),
        (lambda: e.pause_item(), frozenset({Fact.AGENDA, Fact.FLOOR})),
        (lambda: e.resume_item(), frozenset({Fact.AGENDA})),
    ]
    for command, expected in steps:
        room.clock.advance(17)
        command()
        assert seen[-1].facts >= expected, seen[-1]
        with room.store.session() as db:
            assert e.facts == load_facts(db, room.meeting_id), seen[-1].command
    [decision] = e.facts.captures
    workspace.edit_entry(decision.id, title="Relire la charte en mars")
    assert seen[-1] == ChangeSet("edit_entry", frozenset({Fact.CAPTURES}), room.meeting_id, True)
    assert e.facts.captures[0].title == "Relire la charte en mars"
    for _ in range(len(steps) + 1):
        e.undo()
        with room.store.session() as db:
            assert e.facts == load_facts(db, room.meeting_id), seen[-1]
    assert e.facts.captures == () and e.facts.running is None


def test_out_of_a_session_workspace_commands_are_announced_but_not_journaled(
    room: Room, methods: MethodCatalogue
) -> None:
    workspace = Workspace(room.store, room.clock, methods)
    seen: list[ChangeSet] = []
    workspace.hub.subscribe(seen.append)
    member = workspace.add_person(room.network_id, "Zoé Martin")
    workspace.person_leaves(room.network_id, member)
    assert [(c.command, c.facts, c.journaled) for c in seen] == [
        ("add_person", frozenset({Fact.MEMBERS}), False),
        ("person_leaves", frozenset({Fact.MEMBERS}), False),
    ]
    assert room.engine.facts.undo_name == "set_attendance"  # the session's log is untouched


def test_the_room_keys_decide_in_the_core(room: Room) -> None:
    import pytest

    from app.defaults import ACTION_DUE_DAYS, default_due_on
    from app.engine.errors import EngineError
    from app.engine.keys import FloorStep, advance_agenda, advance_floor, toggle_pause
    from app.engine.state import ItemStatus

    e = room.engine
    e.add_item("Ouverture", "free")
    e.add_item("Clôture", "free")
    with pytest.raises(EngineError, match="Aucun point n'est en cours"):
        toggle_pause(e)
    advance_agenda(e)  # nothing runs: the first item starts
    with pytest.raises(EngineError, match="La file est vide"):
        advance_floor(e)
    e.queue_add(room["Karim"])
    step, result = advance_floor(e)
    assert step is FloorStep.QUEUE_NEXT and result is not None
    assert result.member_id == room["Karim"]
    room.clock.advance(40)
    assert advance_floor(e) == (FloorStep.TAKEN_BACK, None) and e.state().speaker is None
    toggle_pause(e)
    assert e.state().current is not None and e.state().current.status is ItemStatus.PAUSED
    toggle_pause(e)
    advance_agenda(e)  # the next item starts (the first one ends)
    current = e.state().current
    assert current is not None and current.title == "Clôture"
    advance_agenda(e)  # the last item: it is finished
    assert e.state().current is None and e.facts.undo_name == "finish_item"
    assert default_due_on(room.clock.now().date()).toordinal() == (
        room.clock.now().date().toordinal() + ACTION_DUE_DAYS
    )


def test_a_partial_re_read_after_corrections_in_an_earlier_item_equals_a_full_one(
    room: Room,
) -> None:
    import random

    e = room.engine
    first = e.add_item("Premier point", "free")
    e.add_item("Second point", "free")
    e.start_item(first)
    rng = random.Random(7)
    people = list(room.people.values())
    for _ in range(6):
        room.clock.advance(rng.uniform(5, 50))
        e.give_floor(rng.choice(people))
    room.clock.advance(10)
    e.start_item()  # the second item: the first one's turns are ended and summed
    for _ in range(4):
        room.clock.advance(rng.uniform(5, 50))
        e.give_floor(rng.choice(people))
    earlier = [t for t in e.turns() if t.item_id == first]
    e.correct_turn(earlier[1].id, member_id=people[0])  # a FLOOR-only change to item one
    e.delete_turn(earlier[2].id)
    e.queue_add(people[1])
    for _ in range(3):
        with room.store.session() as db:
            assert e.facts == load_facts(db, room.meeting_id)
        e.undo()
    with room.store.session() as db:
        assert e.facts == load_facts(db, room.meeting_id)


def test_the_held_turn_sums_move_with_every_command_and_undo_as_a_full_read_gives(
    room: Room,
) -> None:
    """The engine never sums the finished turns again after a command: it moves its held
    sums (and the current item's turn-taking) by the command's own row changes. Hundreds of
    random floor commands, corrections, phase and item changes, undos and redos: after each,
    the held sums equal a fresh full read to the microsecond."""
    import random

    from app.engine.errors import EngineError

    e = room.engine
    e.add_item("Codéveloppement", "codev")
    e.add_item("Tour libre", "free")
    e.start_item()
    rng = random.Random(17)
    people = list(room.people.values())
    checked = 0

    def correct() -> None:
        turns = [t for t in e.turns() if t.ended_at is not None]
        if turns:
            e.correct_turn(rng.choice(turns).id, member_id=rng.choice(people))

    def delete() -> None:
        turns = [t for t in e.turns() if t.ended_at is not None]
        if turns:
            e.delete_turn(rng.choice(turns).id)

    commands: list[tuple[int, Callable[[], object]]] = [
        (40, lambda: e.give_floor(rng.choice(people))),
        (6, lambda: e.queue_add(rng.choice(people))),
        (4, lambda: e.queue_next()),
        (4, lambda: e.take_floor_back()),
        (3, correct),
        (2, delete),
        (3, lambda: e.next_phase()),
        (2, lambda: e.pause_item()),
        (2, lambda: e.resume_item()),
        (1, lambda: e.start_item()),
        (8, lambda: e.undo()),
        (4, lambda: e.redo()),
    ]
    weights = [w for w, _ in commands]
    for _ in range(300):
        room.clock.advance(rng.uniform(0.5, 60))
        [(_w, command)] = rng.choices(commands, weights)
        try:
            command()
        except EngineError:
            continue  # refused (nothing to undo, paused, no item left…): nothing moved
        with room.store.session() as db:
            fresh = load_facts(db, room.meeting_id)
        assert e.facts.totals == fresh.totals, e.facts.undo_name
        assert (e.facts.current_changes, e.facts.current_last) == (
            fresh.current_changes,
            fresh.current_last,
        )
        assert e.facts == fresh
        checked += 1
    assert checked > 150 and len(e.facts.totals) > 10
