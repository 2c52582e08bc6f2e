"""A co-development case followed in the window: contract and plan in sight, consent asked at
its end, the previous case shown at the report-back and the report captured against it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.confidentiality import Part, Reader
from app.methods import MethodCatalogue
from app.planning import plan_meeting
from models import AgendaItem, AttendanceStatus, EntryKind, Network, Role
from tests.conftest import Room, Shoot, open_window, room_fixture
from ui.shell.window import MainWindow

room = room_fixture()


@pytest.fixture
def window(qtbot: QtBot, room: Room, methods: MethodCatalogue) -> Iterator[MainWindow]:
    window = open_window(qtbot, room.store, room.clock, methods, (1366, 768))
    yield window
    window.cockpit.leave()


def run_first_case(window: MainWindow, room: Room, shoot: Shoot | None = None) -> None:
    e = window.workspace.engine(room.meeting_id)
    case = e.add_item("Cas de Léa : le fournisseur en retard", "codev", 90)
    e.set_role(case, room["Léa"], Role.CLIENT)
    e.start_item()
    window.run(room.meeting_id)
    cockpit = window.cockpit
    e = cockpit.live()  # the cockpit's own engine: its facts are the ones shown
    panel = cockpit.case_panel
    assert panel.isVisible()
    assert panel.contract.text() == "Contrat : pas encore (touche C)"
    for _ in range(2):
        e.next_phase()
    e.set_contract(case, "Comment obtenir des délais tenus ?")
    for _ in range(2):
        e.next_phase()
    e.set_action_plan(case, "1. Appeler le fournisseur lundi\n2. Revoir le contrat cadre")
    e.capture(
        EntryKind.ACTION,
        "Appeler Dupont SA",
        owner_id=room["Léa"],
        due_on=room.clock.now().date() + timedelta(days=14),
    )
    e.next_phase()  # learnings: the last phase, consent is asked now
    cockpit.refresh()
    assert panel.contract.text() == "Contrat : Comment obtenir des délais tenus ?"
    assert panel.plan.text().startswith("Plan d'action : 1. Appeler le fournisseur")
    assert panel.ask.text().startswith("Fin du cas : que le client partage")
    # the capture bar says a capture made now stays in the room
    cockpit.open_capture(EntryKind.LEARNING.value)
    assert cockpit.capture_bar.confidential.isChecked()
    assert cockpit.capture_bar.confidential.text() == "Confidentiel : reste dans la salle"
    if shoot is not None:
        shoot(window, "case-panel-consent")
    cockpit.capture_bar.cancel()
    panel.boxes[Part.LEARNINGS].click()
    assert e.facts.item(case).consent == ("learnings",)
    panel.boxes[Part.ACTION_PLAN].click()
    assert set(e.facts.item(case).consent) == {"learnings", "action_plan"}
    e.undo()
    assert e.facts.item(case).consent == ("learnings",)
    cockpit.refresh()
    assert not panel.boxes[Part.ACTION_PLAN].isChecked()
    room.clock.advance(minutes=80)
    e.close_session()


def test_the_case_is_followed_from_its_contract_to_the_report_back(
    window: MainWindow, room: Room, shoot: Shoot
) -> None:
    run_first_case(window, room, shoot)
    window.cockpit.leave()
    room.clock.advance(days=28)
    with room.store.transaction() as db:
        following = plan_meeting(db, db.get_one(Network, room.network_id), room.clock.now(), 120)
        following_id = following.id
    e = window.workspace.engine(following_id)
    for member in room.people.values():
        e.set_attendance(member, AttendanceStatus.PRESENT)
    case = e.add_item("Cas de Karim", "codev", 100)
    assert e.facts.item(case).reports_on_id is not None  # opens with Léa's report-back
    e.start_item()
    window.run(following_id)
    e = window.cockpit.live()
    panel = window.cockpit.case_panel
    assert panel.previous.isVisible()
    assert panel.previous.text().startswith("Retour sur le cas de la séance 1")
    assert "Comment obtenir des délais tenus ?" in panel.previous.text()
    assert "Appeler le fournisseur lundi" in panel.previous.text()
    assert not panel.contract.isVisible() and not panel.consent.isVisible()
    assert "Actions ouvertes : Appeler Dupont SA" in panel.previous.text()
    shoot(window, "case-panel-report-back")
    projector = window.cockpit.projector
    projector.display(window.cockpit.state, e.facts.captures, window.cockpit._room_case)  # type: ignore[arg-type]
    assert "Appeler le fournisseur" not in projector.rule.text()  # the plan was not shared
    assert "délais tenus" not in projector.rule.text()
    e.capture(EntryKind.LEARNING, "Le fournisseur a tenu ses délais deux fois sur trois")
    e.next_phase()
    window.cockpit.refresh()
    assert not panel.previous.isVisible()  # the report-back is over: Karim's case now
    record = window.workspace.case_record(e.facts.item(case).reports_on_id)  # type: ignore[arg-type]
    assert [b.session for b in record.report_backs] == [2]
    assert record.report_backs[0].notes == ("Le fournisseur a tenu ses délais deux fois sur trois",)
    # a member reads the history without the confidential parts the client kept
    told = window.workspace.case_record(record.item_id, Reader.MEMBERS)
    assert told.title == "" and told.contract == "" and told.report_backs[0].notes == ()
    assert told.action_plan == ""  # the plan was not shared (the tick was undone)
    # had Léa shared her plan, the room would be reminded of it at her report-back
    with room.store.transaction() as db:
        db.get_one(AgendaItem, record.item_id).consent = ["learnings", "action_plan"]
    window.cockpit.live().previous_phase()
    window.run(following_id)
    projector.display(window.cockpit.state, e.facts.captures, window.cockpit._room_case)  # type: ignore[arg-type]
    assert projector.rule.text().startswith("Rappel, partagé par le client : 1. Appeler")


def test_the_group_chooses_the_case_at_the_check_in(
    qtbot: QtBot, window: MainWindow, room: Room, shoot: Shoot
) -> None:
    e = room.engine
    case = e.add_item("Codéveloppement", "codev", 90)
    window.workspace.propose_case(room.network_id, "Un fournisseur qui ne répond plus", None, 1)
    window.check_in(room.meeting_id)
    choice = window.checkin.cases
    assert choice.isVisible()
    choice.title.setText("Mon équipe refuse le nouvel outil")
    choice.client.setCurrentIndex(choice.client.findText("Léa"))
    choice.urgency.setCurrentIndex(2)  # urgent
    qtbot.keyClick(choice.title, Qt.Key.Key_Return)
    assert [p.title for p in choice.proposals._rows] == [
        "Mon équipe refuse le nouvel outil",  # urgent first when votes are equal
        "Un fournisseur qui ne répond plus",
    ]
    choice.view.setFocus()  # a click on the list
    choice.view.selectRow(1)
    for _ in range(3):
        qtbot.keyClick(choice.view, Qt.Key.Key_Plus)
    choice.view.selectRow(1)
    qtbot.keyClick(choice.view, Qt.Key.Key_Plus)  # a show of hands: 1 against 3
    assert [(p.title, p.votes) for p in choice.proposals._rows] == [
        ("Un fournisseur qui ne répond plus", 3),
        ("Mon équipe refuse le nouvel outil", 1),
    ]
    shoot(window, "checkin-case-proposals")
    choice.view.selectRow(1)  # the facilitator may choose otherwise (the urgent one)
    qtbot.keyClick(choice.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert "Cas choisi : Mon équipe refuse le nouvel outil" in window.checkin.banner.text()
    fact = window.checkin.engine.facts.item(case)  # type: ignore[union-attr]
    assert fact.title == "Mon équipe refuse le nouvel outil"
    assert fact.roles.get(room["Léa"]) is Role.CLIENT
    # the other waits for the next session
    assert [p.title for p in window.workspace.proposals(room.network_id)] == [
        "Un fournisseur qui ne répond plus"
    ]
