"""Captures during a session: origin, confidentiality, rules, undo; the actions review."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.engine.errors import EngineError
from app.planning import PlannedItem
from app.repertoire import DuplicateTermError
from app.workspace import Workspace
from models import ActionStatus, EntryKind, Role
from tests.conftest import Room


def test_a_capture_remembers_its_item_and_phase_and_appears_at_once(room: Room) -> None:
    e = room.engine
    item = e.add_item("Codéveloppement — cas de Léa", "codev")
    e.set_role(item, room["Léa"], Role.CLIENT)
    e.start_item()
    e.next_phase()
    entry = e.capture(
        EntryKind.DECISION, "  Le REX trimestriel devient un rituel ", authors=[room["Sofia"]]
    )
    [capture] = e.facts.captures
    assert capture.id == entry
    assert capture.title == "Le REX trimestriel devient un rituel"
    assert (capture.item_id, capture.phase_key) == (item, "clarification")
    assert capture.confidential  # said during a confidential case: stays in the room


def test_captures_in_a_confidential_case_are_confidential_unless_said_otherwise(
    room: Room,
) -> None:
    e = room.engine
    e.add_item("Codéveloppement — cas de Léa", "codev")
    e.add_item("Tour de table", "tour_de_table")
    e.start_item()
    e.capture(EntryKind.IDEA, "Impliquer le fournisseur plus tôt")
    e.capture(EntryKind.LEARNING, "Poser une seule question à la fois")
    e.capture(EntryKind.DECISION, "Le REX devient trimestriel")
    e.capture(EntryKind.IDEA, "Partager la grille d'audit", confidential=False)
    e.start_item(e.facts.items[1].id)
    e.capture(EntryKind.DECISION, "Prochaine séance à Lyon")
    assert [c.confidential for c in e.facts.captures] == [True, True, True, False, False]


def test_an_action_needs_an_owner_and_a_due_date_and_nothing_is_written_without(
    room: Room,
) -> None:
    e = room.engine
    e.add_item("Tour de table", "tour_de_table")
    e.start_item()
    with pytest.raises(EngineError, match="responsable et d'une échéance"):
        e.capture(EntryKind.ACTION, "Envoyer la grille")
    with pytest.raises(EngineError, match="besoin d'un texte"):
        e.capture(EntryKind.DECISION, "   ")
    assert e.facts.captures == ()
    assert e.state().undo_name == "start_item"
    e.capture(
        EntryKind.ACTION, "Envoyer la grille", owner_id=room["Karim"], due_on=date(2026, 3, 30)
    )
    assert e.facts.captures[0].owner_id == room["Karim"]


def test_capturing_a_known_term_points_at_the_existing_one(room: Room) -> None:
    e = room.engine
    first = e.capture(EntryKind.TERM, "REX", body="Retour d'expérience")
    with pytest.raises(DuplicateTermError) as caught:
        e.capture(EntryKind.TERM, "rex")
    assert caught.value.existing_id == first
    assert len(e.facts.captures) == 1


def test_undo_removes_a_capture_with_its_authors_and_redo_restores_it(room: Room) -> None:
    e = room.engine
    e.capture(EntryKind.PRACTICE, "Relire le contrat à voix haute", authors=[room["Inès"]])
    assert e.undo() == "capture"
    assert e.facts.captures == ()
    assert e.redo() == "capture"
    [capture] = e.facts.captures
    assert capture.title == "Relire le contrat à voix haute"
    with room.store.session() as db:
        from models import RepertoireEntry

        assert [a.name for a in db.get_one(RepertoireEntry, capture.id).authors] == ["Inès"]


def test_contract_and_action_plan_are_kept_on_the_item(room: Room) -> None:
    e = room.engine
    item = e.add_item("Codéveloppement — cas de Léa", "codev")
    e.set_contract(item, "Comment obtenir l'adhésion des acheteurs ?")
    e.set_action_plan(item, "1. Réunir les acheteurs\n2. Tester la grille")
    fact = e.facts.item(item)
    assert fact.contract == "Comment obtenir l'adhésion des acheteurs ?"
    assert fact.action_plan.startswith("1. Réunir")
    e.undo()
    assert e.facts.item(item).action_plan == ""


def test_open_actions_are_listed_for_review_and_can_be_closed(room: Room) -> None:
    e = room.engine
    ws = Workspace(room.store, room.clock, e.methods)
    today = room.clock.now().date()
    late = e.capture(
        EntryKind.ACTION,
        "Mettre à jour la grille",
        owner_id=room["Paul"],
        due_on=today - timedelta(days=3),
    )
    e.capture(
        EntryKind.ACTION, "Inviter la DSI", owner_id=room["Léa"], due_on=today + timedelta(days=20)
    )
    actions = ws.open_actions(room.network_id)
    assert [(a.title, a.owner, a.overdue) for a in actions] == [
        ("Mettre à jour la grille", "Paul", True),
        ("Inviter la DSI", "Léa", False),
    ]
    e.set_action_status(late, ActionStatus.DONE)
    assert [a.title for a in ws.open_actions(room.network_id)] == ["Inviter la DSI"]
    e.undo()
    assert len(ws.open_actions(room.network_id)) == 2


def test_a_session_is_planned_with_its_agenda_and_its_client(room: Room) -> None:
    ws = Workspace(room.store, room.clock, room.engine.methods)
    start = room.clock.now() + timedelta(days=30)
    meeting = ws.plan_session(
        room.network_id,
        start,
        150,
        [
            PlannedItem("Accueil", "tour_de_table", 15),
            PlannedItem("Cas de Karim", "codev", 90, confidential=True, client_id=room["Karim"]),
            PlannedItem("Lean Coffee", "lean_coffee", 45),
        ],
        title="Séance de printemps",
        place="Salle Lumière",
    )
    facts = ws.engine(meeting).facts
    assert facts.meeting.number == 2
    assert facts.meeting.planned_end - facts.meeting.planned_start == timedelta(minutes=150)
    assert [(i.title, i.planned_minutes) for i in facts.items] == [
        ("Accueil", 15),
        ("Cas de Karim", 90),
        ("Lean Coffee", 45),
    ]
    assert facts.items[1].roles == {room["Karim"]: Role.CLIENT}
    assert facts.items[1].confidential
    [agenda] = [a for a in ws.past_agendas(room.network_id) if a.meeting_id == meeting]
    assert [i.method_key for i in agenda.items] == ["tour_de_table", "codev", "lean_coffee"]


def test_a_planned_session_is_changed_before_it_starts(room: Room) -> None:
    ws = Workspace(room.store, room.clock, room.engine.methods)
    start = room.clock.now() + timedelta(days=30)
    meeting = ws.plan_session(
        room.network_id,
        start,
        150,
        [
            PlannedItem("Accueil", "tour_de_table", 15),
            PlannedItem("Cas de Karim", "codev", 90, client_id=room["Karim"]),
            PlannedItem("Lean Coffee", "lean_coffee", 45),
        ],
        title="Séance de printemps",
    )
    plan = ws.session_plan(meeting)
    assert (plan.number, plan.minutes, plan.title) == (2, 150, "Séance de printemps")
    assert [i.client_id for i in plan.items] == [None, room["Karim"], None]
    welcome, case, lean = plan.items
    case_id = case.item_id
    ws.engine(meeting).update_item(case_id, phase_minutes={"presentation": 20})
    later = start + timedelta(days=7)
    # The case comes first, with Léa as client and 80 minutes; the welcome goes; a REX is
    # added at the end; the Lean Coffee becomes a free discussion (another method).
    ws.replan_session(
        meeting,
        later,
        180,
        [
            replace(case, title="Cas de Léa", minutes=80, client_id=room["Léa"]),
            replace(lean, method_key="free", title="Discussion libre"),
            PlannedItem("REX audit", "rex", 40),
        ],
        title="Séance d'été",
        place="Salle Confluence",
        facilitator_id=room["Paul"],
    )
    after = ws.session_plan(meeting)
    assert (after.start, after.minutes, after.title, after.place) == (
        later,
        180,
        "Séance d'été",
        "Salle Confluence",
    )
    assert after.facilitator_id == room["Paul"]
    assert [(i.title, i.method_key, i.minutes, i.client_id) for i in after.items] == [
        ("Cas de Léa", "codev", 80, room["Léa"]),
        ("Discussion libre", "free", 45, None),
        ("REX audit", "rex", 40, None),
    ]
    facts = ws.engine(meeting).facts
    assert facts.items[0].id == case_id  # the same item: what was stored for it stays
    assert facts.items[0].roles == {room["Léa"]: Role.CLIENT}
    assert facts.items[0].phase_minutes["presentation"] == 20
    assert [i.position for i in facts.items] == [0, 1, 2]

    # A bad agenda is refused whole: nothing of it is written.
    with pytest.raises(EngineError, match="Le point 2 n'a pas de titre"):
        ws.replan_session(meeting, later, 180, [welcome, replace(welcome, title=" ")])
    assert ws.session_plan(meeting).items[0].title == "Cas de Léa"

    # Once started, the plan is changed from the cockpit only.
    ws.engine(meeting).start_session()
    with pytest.raises(EngineError, match="a déjà commencé"):
        ws.session_plan(meeting)
    with pytest.raises(EngineError, match="a déjà commencé"):
        ws.replan_session(meeting, later, 180, after.items)
