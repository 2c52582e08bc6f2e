"""What the client exposes stays in the room: one rule, asked by every output."""

from __future__ import annotations

import email
import email.policy
import re
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.confidentiality import (
    Case,
    Part,
    Reader,
    Seen,
    entry_clause,
    item_title,
    sees_case,
    sees_entry,
    sees_part,
)
from app.exchange.server import publish
from app.exchange.service import export_network, merge_file
from app.export.actions_csv import export_actions
from app.export.actions_due import due_list, write_due_list
from app.export.booklet import export_booklet
from app.export.calendar import export_programme
from app.export.health import export_health
from app.export.mail import prepare_mail
from app.export.minutes import export_minutes
from app.export.minutes_data import Options, snapshot
from app.export.minutes_formats import export_minutes_as
from app.export.organisation import export_organisation
from app.planning import add_member, create_network, plan_meeting
from app.repertoire_search import SearchFilters, search
from app.store import open_store
from app.workspace import Workspace
from models import (
    AgendaItem,
    AttendanceStatus,
    EntryKind,
    ItemRole,
    Meeting,
    Network,
    RepertoireEntry,
    Role,
)
from tests.conftest import Room
from tests.test_after_session import docx_text

# One unmistakable word in each place a confidential case keeps something.
SENTINELS = {
    "title": "Quetzalcoatl",
    "notes": "Basilisk",
    "contract": "Ornithorynque",
    "plan": "Zeppelin",
    "decision": "Kumquat",
    "action": "Mandragore",
    "learning": "Gyroscope",
    "term": "Tamarillo",
    "idea": "Pangolin",
    "session": "Wombat",  # the session named after the case, as facilitators do
}


def plant(room: Room) -> uuid.UUID:
    """A co-development case run to its end with a sentinel in every sensitive place."""
    e, clock = room.engine, room.clock
    s = SENTINELS
    with room.store.transaction() as db:
        db.get_one(Meeting, room.meeting_id).title = f"Cas de Léa, {s['session']}"
    e.add_item("Accueil", "tour_de_table", 10)
    case = e.add_item(f"Cas de Léa — {s['title']}", "codev", 60)
    e.set_role(case, room["Léa"], Role.CLIENT)
    e.start_item()
    e.give_floor(room["Karim"])
    clock.advance(minutes=5)
    e.start_item(case)
    with room.store.transaction() as db:
        db.get_one(AgendaItem, case).notes = f"Le directeur de Léa, {s['notes']}."
    e.give_floor(room["Léa"])
    clock.advance(minutes=10)
    e.next_phase()
    e.next_phase()
    e.set_contract(case, f"Comment convaincre {s['contract']} ?")
    e.next_phase()
    e.capture(EntryKind.IDEA, f"Parler à {s['idea']}")
    e.capture(EntryKind.TERM, s["term"], body="Un mot du cas")
    e.capture(EntryKind.DECISION, f"On tranche pour {s['decision']}")
    clock.advance(minutes=20)
    e.next_phase()
    e.set_action_plan(case, f"1. Appeler {s['plan']}")
    e.capture(
        EntryKind.ACTION,
        f"Écrire à {s['action']}",
        owner_id=room["Léa"],
        due_on=room.clock.now().date() + timedelta(days=20),
    )
    e.next_phase()
    e.capture(EntryKind.LEARNING, f"Apprendre {s['learning']}")
    clock.advance(minutes=10)
    e.close_session()
    return case


def pdf_text(path: Path) -> str:
    text = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


def leaks(text: str) -> list[str]:
    return [word for word in SENTINELS.values() if word.lower() in text.lower()]


def test_no_output_says_a_word_of_a_confidential_case(room: Room, tmp_path: Path) -> None:
    plant(room)
    methods = room.engine.methods
    now = room.clock.now()
    minutes = export_minutes(
        room.store, room.meeting_id, methods, now, tmp_path / "cr.pdf", Options()
    )
    assert leaks(pdf_text(minutes)) == []
    assert "Cas n° 1 (confidentiel)" in pdf_text(minutes)
    english = export_minutes(
        room.store, room.meeting_id, methods, now, tmp_path / "en.pdf", Options(language="en")
    )
    assert leaks(pdf_text(english)) == [] and "Case no. 1 (confidential)" in pdf_text(english)
    booklet = export_booklet(room.store, room.network_id, now, tmp_path / "livret.pdf")
    assert leaks(pdf_text(booklet)) == []
    sponsor = export_health(room.store, room.network_id, now, tmp_path / "sante.pdf")
    assert leaks(pdf_text(sponsor)) == []
    transversal = export_organisation(room.store, now, tmp_path / "transversal.pdf")
    assert leaks(pdf_text(transversal)) == []
    # the snapshot every later export (e-mail, Markdown, .docx, CSV) renders: already safe
    assert leaks(repr(snapshot(room.store, room.meeting_id, methods, now))) == []
    # what goes out after the room (e-mail with its PDF and invitation, Markdown, Word,
    # calendars, the actions' spreadsheet, the printed list of actions): none of it either
    with room.store.transaction() as db:
        network = db.get_one(Network, room.network_id)
        plan_meeting(db, network, now + timedelta(days=28), 90, title="Séance suivante")
    for out in (tmp_path / "cr.md", tmp_path / "cr.docx"):
        export_minutes_as(room.store, room.meeting_id, methods, now, out, Options())
    export_actions(room.store, room.network_id, now.date(), tmp_path / "a.csv", open_only=False)
    due = due_list(room.store, room.meeting_id, now.date())
    outputs = {
        "md": (tmp_path / "cr.md").read_text(encoding="utf-8"),
        "docx": docx_text(tmp_path / "cr.docx"),
        "ics": export_programme(
            room.store, room.network_id, methods, now, tmp_path / "p.ics", "fr"
        ).read_text(encoding="utf-8"),
        "csv": (tmp_path / "a.csv").read_text(encoding="utf-8-sig"),
        "due": pdf_text(write_due_list(due, tmp_path / "d.pdf", "fr")),
    }
    mail = prepare_mail(room.store, room.meeting_id, methods, now, tmp_path / "m.eml", Options())
    message = email.message_from_bytes(mail.path.read_bytes(), policy=email.policy.default)
    for part in message.walk():
        payload = part.get_payload(decode=True)
        if payload is None:
            continue
        if part.get_content_type() == "application/pdf":
            (tmp_path / "attached.pdf").write_bytes(payload)
            outputs["mail pdf"] = pdf_text(tmp_path / "attached.pdf")
        else:
            outputs[part.get_content_type()] = payload.decode("utf-8", "replace")
    outputs["mail headers"] = str(message["Subject"])
    assert {"mail pdf", "text/plain", "text/calendar"} <= outputs.keys()
    for name, text in outputs.items():
        assert leaks(text) == [], name
    # someone searching from another network finds none of it, word by word
    with room.store.transaction() as db:
        other = create_network(db, "Réseau Maintenance", now).id
    with room.store.session() as db:
        for word in SENTINELS.values():
            hits = search(db, word, SearchFilters(own_network_id=other))
            assert hits == [], word
        everything = search(db, "", SearchFilters(own_network_id=other), limit=500)
        assert leaks(repr(everything)) == []
    # the full record has every word of it, and says what it is
    full = pdf_text(
        export_minutes(
            room.store,
            room.meeting_id,
            methods,
            now,
            tmp_path / "complet.pdf",
            Options(include_confidential=True),
        )
    )
    assert sorted(leaks(full)) == sorted(SENTINELS.values())
    assert "CONTIENT DES CONTENUS CONFIDENTIELS" in full
    # and the network's own facilitator still finds the case in the repertoire
    with room.store.session() as db:
        assert search(db, SENTINELS["decision"], SearchFilters(own_network_id=room.network_id))


def test_a_confidential_action_is_not_carried_into_the_next_minutes(
    room: Room, tmp_path: Path
) -> None:
    """Issue #22, item 1: open actions carried forward, and the check-in's review."""
    plant(room)
    room.engine.capture(
        EntryKind.ACTION,
        "Réserver la salle",
        owner_id=room["Marc"],
        due_on=room.clock.now().date() + timedelta(days=10),
        confidential=False,
    )
    room.clock.advance(days=30)
    with room.store.transaction() as db:
        network = db.get_one(Network, room.network_id)
        following = plan_meeting(db, network, room.clock.now(), 90).id
    ws = Workspace(room.store, room.clock, room.engine.methods)
    reviewed = [a.title for a in ws.open_actions(room.network_id)]
    assert reviewed == ["Réserver la salle"]
    facilitator = ws.open_actions(room.network_id, Reader.FACILITATOR)
    assert len(facilitator) == 2
    out = tmp_path / "suivante.pdf"
    methods, now = room.engine.methods, room.clock.now()
    export_minutes(room.store, following, methods, now, out, Options())
    text = pdf_text(out)
    assert "Réserver la salle" in text and SENTINELS["action"] not in text
    export_minutes(room.store, following, methods, now, out, Options(include_confidential=True))
    assert SENTINELS["action"] in pdf_text(out)


@pytest.mark.parametrize("reader", list(Reader))
def test_the_sql_form_of_the_rule_agrees_with_the_rule(room: Room, reader: Reader) -> None:
    e = room.engine
    e.add_item("Libre", "free", 30)
    e.start_item()
    e.capture(EntryKind.DECISION, "Ouverte", confidential=False)
    e.capture(EntryKind.DECISION, "Fermée", confidential=True)
    now = room.clock.now()
    with room.store.transaction() as db:
        other = create_network(db, "Autre réseau", now)
        add_member(db, other, "Zoé", now)
    for own in (room.network_id, None):
        with room.store.session() as db:
            entries = db.scalars(select(RepertoireEntry)).all()
            by_sql = set(
                db.scalars(select(RepertoireEntry.id).where(entry_clause(reader, own))).all()
            )
        by_rule = {
            x.id
            for x in entries
            if sees_entry(
                reader, x.confidential, x.kind, same_network=own is None or x.network_id == own
            )
        }
        assert by_sql == by_rule


def test_who_sees_what() -> None:
    secret = Case(True, frozenset({Part.LEARNINGS}))
    assert sees_case(Reader.FACILITATOR, secret) and not sees_case(Reader.ROOM, secret)
    assert sees_part(Reader.MEMBERS, secret, Part.LEARNINGS) is Seen.SHARED
    assert sees_part(Reader.MEMBERS, secret, Part.CONTRACT) is Seen.HIDDEN
    assert sees_part(Reader.SPONSOR, secret, Part.LEARNINGS) is Seen.HIDDEN
    learning, decision = EntryKind.LEARNING, EntryKind.DECISION
    assert sees_entry(Reader.ROOM, True, learning, secret) is Seen.SHARED
    assert sees_entry(Reader.ROOM, True, decision, secret) is Seen.HIDDEN
    assert sees_entry(Reader.SPONSOR, True, learning, secret) is Seen.HIDDEN
    assert sees_entry(Reader.OTHER_NETWORK, True, learning, secret) is Seen.HIDDEN
    assert sees_entry(Reader.FACILITATOR, True, decision, same_network=False) is Seen.HIDDEN
    assert sees_entry(Reader.SPONSOR, False, decision) is Seen.VISIBLE
    assert item_title(Reader.ROOM, "Cas de Léa", secret, 2) == "Cas n° 2 (confidentiel)"
    assert item_title(Reader.ROOM, "Cas de Léa", secret, 0, "Codéveloppement") == (
        "Codéveloppement"
    )
    assert item_title(Reader.FACILITATOR, "Cas de Léa", secret, 2) == "Cas de Léa"


def test_present_members_are_unaffected(room: Room) -> None:
    """A plain item's captures are seen by everyone, as before."""
    e = room.engine
    e.set_attendance(room["Paul"], AttendanceStatus.EXCUSED)
    e.add_item("Tour de table", "tour_de_table", 10)
    e.start_item()
    e.capture(EntryKind.ACTION, "Publier", owner_id=room["Léa"], due_on=date(2026, 4, 1))
    data = snapshot(room.store, room.meeting_id, e.methods, room.clock.now())
    assert [x.title for x in data.entries] == ["Publier"]
    assert not data.full_record


def test_the_projector_never_shows_a_word_of_the_case(qtbot: object, room: Room) -> None:
    """Every text of every projector widget, at every step of the planted case."""
    from tests.test_ui_projector import texts
    from ui.session.projector import ProjectorWindow
    from ui.shell.application import create_application

    create_application("fr")
    projector = ProjectorWindow()
    qtbot.addWidget(projector)  # type: ignore[attr-defined]
    seen: list[str] = []
    engine = room.engine
    original = engine._run

    def run_and_project(*args: object, **kwargs: object) -> object:
        result = original(*args, **kwargs)  # type: ignore[arg-type]
        projector.display(engine.state(), engine.facts.captures)
        seen.append(texts(projector))
        return result

    engine._run = run_and_project  # type: ignore[method-assign]
    plant(room)
    assert len(seen) > 15
    assert leaks("\n".join(seen)) == []
    assert any("Codéveloppement" in t for t in seen)


def test_captures_made_during_a_confidential_case_become_confidential_on_upgrade(
    tmp_path: Path,
) -> None:
    """Migration 0006: before it, a decision taken during a case was stored as shareable."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from app.store import open_store
    from app.store.database import _alembic_config

    db_path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{db_path}")
    config = _alembic_config()
    ids = {k: uuid.uuid4().hex for k in ("net", "meet", "case", "free", "secret", "open")}
    stamp = "2026-01-01 09:00:00.000000"
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
        connection.execute(
            text(
                "INSERT INTO networks (id, name, intention, ground_rules, autonomy_alignment, "
                "structuring, lifecycle_stage, target_rhythm_days, meeting_minutes, sponsor, "
                "created_at) VALUES (:net, 'Réseau', '', '', 40, 60, 'maturing', 30, 120, '', "
                ":t)"
            ),
            {**ids, "t": stamp},
        )
        connection.execute(
            text(
                "INSERT INTO meetings (id, network_id, number, title, format, place, "
                "planned_start, planned_end, status, confidential, queue_mode, "
                "turn_limit_seconds, show_stats_on_projector, notes) VALUES (:meet, :net, 1, "
                "'', 'codev', '', :t, :t, 'closed', 0, 'balanced', 120, 0, '')"
            ),
            {**ids, "t": stamp},
        )
        for item, confidential, position in (("case", 1, 0), ("free", 0, 1)):
            connection.execute(
                text(
                    "INSERT INTO agenda_items (id, meeting_id, position, title, method_key, "
                    "planned_minutes, phase_minutes, skipped, confidential, notes) VALUES "
                    "(:id, :meet, :p, 'Point', 'codev', 60, '{}', 0, :c, '')"
                ),
                {**ids, "id": ids[item], "p": position, "c": confidential},
            )
        for entry, item, title in (("secret", "case", "Quetzal"), ("open", "free", "Ouvert")):
            connection.execute(
                text(
                    "INSERT INTO repertoire_entries (id, network_id, kind, title, body, tags, "
                    "status, confidential, origin_meeting_id, origin_item_id, created_at, "
                    "updated_at) VALUES (:id, :net, 'decision', :title, '', '', 'proposed', 0, "
                    ":meet, :item, :t, :t)"
                ),
                {**ids, "id": ids[entry], "item": ids[item], "title": title, "t": stamp},
            )
        connection.commit()
    engine.dispose()
    with open_store(db_path) as store, store.session() as db:
        flags = dict(db.execute(select(RepertoireEntry.title, RepertoireEntry.confidential)).all())
        assert flags == {"Quetzal": True, "Ouvert": False}
        # the full-text index followed the update
        assert [h.title for h in search(db, "quetz")] == ["Quetzal"]
        assert search(db, "quetz", SearchFilters(reader=Reader.MEMBERS)) == []


def test_the_sponsor_reads_how_many_have_been_client_never_who(room: Room, tmp_path: Path) -> None:
    """The client's name is part of the case: the sponsor's report counts, it does not name."""
    plant(room)
    for language, count in (("fr", "Déjà clients en codéveloppement 1 / 6"), ("en", "1 / 6")):
        report = export_health(
            room.store, room.network_id, room.clock.now(), tmp_path / f"{language}.pdf", language
        )
        said = pdf_text(report)
        assert count in said
        for header in ("Déjà client ", "Cas apportés", "Been client ", "Cases brought"):
            assert header not in said
    assert "Have been client in co-development 1 / 6" in said
    # Léa, who brought the case and captured nothing, is not among who carries the network
    carried = said.split("Who carries the network")[1].split("The members")[0]
    assert "Léa" not in carried


def test_a_network_leaving_the_laptop_carries_no_word_of_a_confidential_case(
    room: Room, tmp_path: Path
) -> None:
    """Export file, publication to a server: the members' view; everything only when asked."""
    case = plant(room)
    now = room.clock.now()
    default = export_network(room.store, room.network_id, tmp_path / "r.cercle", now)
    assert leaks(default.path.read_bytes().decode("utf-8", "replace")) == []
    assert sum(default.withheld.values()) > 0
    with open_store(tmp_path / "serveur.sqlite3") as server:
        publish(room.store, server, room.network_id)
        merge_file(server, default.path)
        with server.session() as db:
            item = db.get_one(AgendaItem, case)
            assert item.title == "Cas n° 1 (confidentiel)" and item.contract == ""
            assert db.scalars(select(ItemRole).where(ItemRole.item_id == case)).all() == []
    server_bytes = (tmp_path / "serveur.sqlite3").read_bytes()
    for suffix in ("-wal",):
        extra = tmp_path / f"serveur.sqlite3{suffix}"
        if extra.exists():
            server_bytes += extra.read_bytes()
    assert leaks(server_bytes.decode("utf-8", "replace")) == []
    whole = export_network(
        room.store, room.network_id, tmp_path / "tout.cercle", now, include_confidential=True
    )
    assert sorted(leaks(whole.path.read_bytes().decode("utf-8", "replace"))) == sorted(
        SENTINELS.values()
    )
