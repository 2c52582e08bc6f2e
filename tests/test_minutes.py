"""Session minutes as PDF, read back as a reader would (pypdf text extraction)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.confidentiality import Part
from app.export.minutes import export_minutes, find_session, write_minutes
from app.export.minutes_data import Options, snapshot
from app.export.pdf import ExportError
from models import AgendaItem, AttendanceStatus, EntryKind, Role
from tests.conftest import Room
from tests.test_store import read_only_folder_with_a_database


def run_case(room: Room) -> None:
    """A short co-development session: Léa's case, with captures of every sensitivity."""
    e, clock = room.engine, room.clock
    e.set_attendance(room["Paul"], AttendanceStatus.EXCUSED)
    e.add_item("Accueil", "tour_de_table", 10)
    case = e.add_item("Codéveloppement — cas de Léa", "codev", 60)
    e.set_role(case, room["Léa"], Role.CLIENT)
    e.start_item()
    for name in ("Inès", "Karim", "Léa", "Marc", "Sofia"):
        e.give_floor(room[name])
        clock.advance(minutes=2)
    e.start_item(case)
    e.give_floor(room["Léa"])
    clock.advance(minutes=12)
    e.next_phase()
    e.give_floor(room["Karim"])
    clock.advance(minutes=9)
    e.next_phase()
    e.set_contract(case, "Comment embarquer les acheteurs ?")
    clock.advance(minutes=4)
    e.next_phase()
    e.give_floor(room["Sofia"])
    e.capture(EntryKind.IDEA, "Secret : le fournisseur X triche sur les délais")
    clock.advance(minutes=15)
    e.next_phase()
    e.set_action_plan(case, "Réunir les acheteurs lundi prochain")
    e.capture(
        EntryKind.ACTION,
        "Envoyer la grille d'audit",
        owner_id=room["Sofia"],
        due_on=date(2026, 3, 30),
    )
    clock.advance(minutes=8)
    e.next_phase()
    e.capture(EntryKind.LEARNING, "Une question à la fois")
    e.capture(EntryKind.DECISION, "Le REX trimestriel devient un rituel")
    e.capture(EntryKind.TERM, "REX", body="Retour d'expérience")
    clock.advance(minutes=10)
    e.close_session()


def read(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def words(path: Path) -> str:
    """The text with every run of white space made one space (lines wrap anywhere)."""
    return re.sub(r"\s+", " ", read(path).replace("\u00a0", " "))


def export(room: Room, tmp_path: Path, **options: object) -> Path:
    out = tmp_path / "minutes.pdf"
    export_minutes(
        room.store,
        room.meeting_id,
        room.engine.methods,
        room.clock.now(),
        out,
        Options(**options),  # type: ignore[arg-type]
    )
    return out


def test_the_minutes_say_what_a_reader_checks(room: Room, tmp_path: Path) -> None:
    run_case(room)
    content = words(export(room, tmp_path))
    assert "Compte rendu de la séance 1" in content
    assert "Présents (5) : Inès, Karim, Léa, Marc, Sofia" in content
    assert "Excusés (1) : Paul" in content
    # planned against actual, per item and per phase; the case by its number only
    assert "Accueil Tour de table 10 min 10 min =" in content
    assert "Cas n° 1 (confidentiel) Codéveloppement 1 h 00 58 min −2 min" in content
    assert "Exposé de la problématique" in content and "Clarification" in content
    assert "page 1 / " in content
    # the facilitator's full record has the case and everything captured during it
    full = words(export(room, tmp_path, include_confidential=True))
    assert "Codéveloppement — cas de Léa Codéveloppement 1 h 00 58 min −2 min" in full
    assert "1. Le REX trimestriel devient un rituel" in full
    assert "Envoyer la grille d'audit (confidentiel) Sofia 30/03/2026 ouverte" in full
    assert "Comment embarquer les acheteurs ?" in full
    assert "Réunir les acheteurs lundi prochain" in full
    assert "Une question à la fois" in full
    assert "Terme — REX" in full


def test_a_confidential_case_is_its_number_method_and_duration_only(
    room: Room, tmp_path: Path
) -> None:
    run_case(room)
    with room.store.transaction() as db:
        case = db.get_one(AgendaItem, room.engine.facts.items[1].id)
        case.notes = "Léa a un conflit avec son directeur des achats."
    hidden = words(export(room, tmp_path))
    for secret in (
        "Léa a un conflit",
        "cas de Léa",
        "triche",
        "embarquer les acheteurs",
        "Réunir les acheteurs",
        "grille d'audit",
        "Une question à la fois",
        "REX trimestriel",
        "Terme — REX",
    ):
        assert secret not in hidden, secret
    assert "Cas n° 1 (confidentiel)" in hidden
    assert "Codéveloppement, 58 min. Ce qui a été dit du cas reste dans le groupe" in hidden
    assert "DOSSIER COMPLET" not in hidden
    shown = words(export(room, tmp_path, include_confidential=True))
    assert "Secret : le fournisseur X triche sur les délais" in shown
    assert "Léa a un conflit avec son directeur des achats." in shown


def test_what_the_client_agrees_to_share_goes_in_marked_so(room: Room, tmp_path: Path) -> None:
    run_case(room)
    case = room.engine.facts.items[1].id
    room.engine.set_consent(case, {Part.LEARNINGS})
    content = words(export(room, tmp_path))
    assert "Apprentissages • Une question à la fois (partagé avec l’accord du client)" in content
    assert "embarquer les acheteurs" not in content and "Réunir les acheteurs" not in content
    assert "cas de Léa" not in content
    room.engine.set_consent(case, {Part.LEARNINGS, Part.CONTRACT, Part.ACTION_PLAN})
    content = words(export(room, tmp_path))
    assert (
        "Contrat de consultation (partagé avec l’accord du client) "
        "Comment embarquer les acheteurs ?" in content
    )
    assert "Réunir les acheteurs lundi prochain" in content
    assert "grille d'audit (partagé avec l’accord du client)" in content
    assert "cas de Léa" not in content and "triche" not in content


def test_the_full_record_says_so_on_every_page(room: Room, tmp_path: Path) -> None:
    run_case(room)
    room.engine.capture(EntryKind.PRACTICE, "Long", body="mot " * 3_000, confidential=False)
    reader = PdfReader(export(room, tmp_path, include_confidential=True))
    assert len(reader.pages) > 1
    for page in reader.pages:
        assert "CONTIENT DES CONTENUS CONFIDENTIELS" in (page.extract_text() or "")
    assert reader.metadata is not None and "confidentiel" in (reader.metadata.title or "")


def test_the_speaking_section_is_there_only_when_asked(room: Room, tmp_path: Path) -> None:
    run_case(room)
    without = export(room, tmp_path)
    assert "Temps de parole" not in words(without)
    with_stats = export(room, tmp_path, include_speaking_stats=True)
    content = words(with_stats)
    assert "Temps de parole" in content and "Indice d'équilibre" in content
    assert re.search(r"Indice d'équilibre 0,\d\d ", content)  # a French decimal comma
    assert "Membre Temps Part Prises de parole Sofia 17 min 37 % 2 Léa 14 min 30 % 2" in content
    # the bar chart's labels, least speaking at the bottom: the chart is drawn
    assert "Marc Inès Karim Léa Sofia 0 5 10 15 min" in content


def test_metadata_outline_and_english(room: Room, tmp_path: Path) -> None:
    run_case(room)
    out = export(room, tmp_path, language="en")
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert reader.metadata.title == "Minutes — Réseau Qualité Achats, session 1"
    assert reader.metadata.author == "Marc"
    # the session's own title is withheld while it holds a confidential case: facilitators
    # name sessions after the case (« Cas de Léa »)
    assert reader.metadata.subject == "Minutes — Réseau Qualité Achats, session 1"
    assert "Séance test" not in words(out)
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert outline[:4] == [
        "Minutes of session 1",
        "Participants",
        "Agenda: planned and actual",
        "Decisions",
    ]
    content = words(out)
    assert "Thursday 12 March 2026" in content
    assert "Next session" in content and "Not planned yet." in content


HOSTILE = {
    "markup": "<b>gras</b> & <i>ita</i> <img src='http://example.com/x.png'/> <font size=80>",
    "entities": "&amp; &lt;script&gt; &#0; &nbsp;",
    "rtl": "مرحبا بالعالم — שלום",
    "emoji": "Bravo 🎉👍🏽 l'équipe",
    "spaces": "Note\u202f: «\u202fbien\u202f»",
    "control": "bip\x07\x00 fin\x1b[31m",
}


def test_hostile_text_prints_literally_and_never_breaks_the_document(
    room: Room, tmp_path: Path
) -> None:
    e = room.engine
    e.add_item("Libre", "free", 30)
    e.start_item()
    for text in HOSTILE.values():
        e.capture(EntryKind.DECISION, text)
    e.capture(EntryKind.PRACTICE, "Long", body="mot " * 12_500)  # 50,000 characters
    e.capture(EntryKind.TOOL, "x" * 500)  # one unbroken word, as long as a text may be
    room.clock.advance(minutes=5)
    e.close_session()
    out = export(room, tmp_path)
    content = read(out)
    assert "<b>gras</b> & <i>ita</i> <img src='http://example.com/x.png'/>" in content
    assert "&amp; &lt;script&gt;" in content
    assert "l'équipe" in content and "bip fin" in content
    assert len(PdfReader(out).pages) > 5  # the long body flows over pages


def test_an_impossible_destination_is_refused_and_leaves_no_file(
    room: Room, tmp_path: Path
) -> None:
    run_case(room)
    data = snapshot(room.store, room.meeting_id, room.engine.methods, room.clock.now())
    with pytest.raises(ExportError, match="n'existe pas"):
        write_minutes(data, tmp_path / "missing" / "cr.pdf")
    with pytest.raises(ExportError, match="est un dossier"):
        write_minutes(data, tmp_path)
    with read_only_folder_with_a_database() as elsewhere:
        with pytest.raises(ExportError, match="ne peut pas écrire"):
            write_minutes(data, elsewhere.parent / "cr.pdf")
        assert sorted(p.name for p in elsewhere.parent.iterdir()) == ["cercle.sqlite3"]
    # A failure in the middle of writing leaves neither the file nor a temporary one.
    target = tmp_path / "cr.pdf"
    broken = data.__class__(**{**data.__dict__, "items": ("not an item",)})
    with pytest.raises(AttributeError):
        write_minutes(broken, target)  # type: ignore[arg-type]
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == []


def test_sessions_are_found_by_number_or_id(room: Room) -> None:
    assert find_session(room.store, "1") == room.meeting_id
    assert find_session(room.store, str(room.meeting_id)) == room.meeting_id
    with pytest.raises(ExportError, match="Aucune séance n° 9"):
        find_session(room.store, "9")
    with pytest.raises(ExportError, match="ni un numéro"):
        find_session(room.store, "hier")


def test_the_command_line_writes_the_minutes(
    room: Room, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_case(room)
    db = room.store.location  # a file, or a server database's URL
    room.store.close()
    out = tmp_path / "cr.pdf"
    argv = ["--db", str(db), "export-minutes", "--session", "1", "--out", str(out)]
    assert main([*argv, "--include-speaking-stats", "--lang", "en"]) == 0
    assert "Minutes written" in capsys.readouterr().out
    assert "Speaking time" in words(out)
    assert main(["--db", str(db), "export-minutes", "--session", "1", "--out", "/nope/x.pdf"]) == 1
    assert "/nope" in capsys.readouterr().err


def test_the_demo_sessions_all_export(demo_store: object, tmp_path: Path) -> None:
    from app.methods import load_methods
    from app.store import Store
    from tests.conftest import DEMO_NOW

    assert isinstance(demo_store, Store)
    methods = load_methods()
    for number in range(1, 8):
        meeting = find_session(demo_store, str(number))
        out = tmp_path / f"cr-{number}.pdf"
        export_minutes(demo_store, meeting, methods, DEMO_NOW + timedelta(days=1), out, Options())
        assert f"Compte rendu de la séance {number}" in words(out)


def test_the_minutes_figures_are_true_to_the_second_and_to_the_room(
    store, clock, methods, tmp_path: Path
) -> None:
    """Attendance with late arrivals, early departures and nobody forgotten; precise times."""
    from tests.conftest import make_room

    room = make_room(store, clock, methods, present=False)
    e = room.engine
    for name in ("Léa", "Karim", "Marc", "Sofia"):
        e.set_attendance(room[name], AttendanceStatus.PRESENT)
    e.set_attendance(room["Paul"], AttendanceStatus.EXCUSED)  # Inès: never checked in
    e.add_item("Tour", "tour_de_table", 10)
    e.add_item("Tour (suite)", "tour_de_table", 5)
    e.start_session()
    e.start_item()
    e.give_floor(room["Léa"])
    clock.advance(seconds=82)
    e.give_floor(room["Karim"])
    clock.advance(seconds=37)
    e.give_floor(room["Sofia"])
    clock.advance(seconds=11)
    e.take_floor_back()
    clock.advance(minutes=3)
    e.leave(room["Sofia"])
    clock.advance(minutes=2)
    late = clock.now()
    e.capture(EntryKind.LEARNING, "Une question à la fois")
    e.close_session()
    content = words(export(room, tmp_path, include_speaking_stats=True))
    assert "Format Tour de table Date" in content  # one method, not "Plusieurs formats"
    assert "Non pointés (1) : Inès" in content
    assert f"Sofia (jusqu'à {late.astimezone() - timedelta(minutes=2):%H:%M})" in content
    assert "Léa 1 min 22 s" in content and "Karim 37 s" in content and "Sofia 11 s" in content
    assert "Aucune entrée ajoutée au répertoire" not in content
    english = words(export(room, tmp_path, language="en"))
    assert "Present (4):" in english and "Present (4) :" not in english
    assert "Not checked in (1): Inès" in english


def test_a_late_arrival_is_in_the_attendance(room: Room, tmp_path: Path) -> None:
    e, clock = room.engine, room.clock
    e.set_attendance(room["Paul"], AttendanceStatus.ABSENT)
    e.add_item("Tour", "tour_de_table", 10)
    e.start_session()
    e.start_item()
    clock.advance(minutes=12)
    e.set_attendance(room["Paul"], AttendanceStatus.PRESENT)  # arrives now
    arrived = clock.now()
    clock.advance(minutes=5)
    e.close_session()
    content = words(export(room, tmp_path))
    assert f"Paul (à partir de {arrived.astimezone():%H:%M})" in content


def test_the_speaking_chart_writes_french_decimals(room: Room, tmp_path: Path) -> None:
    e, clock = room.engine, room.clock
    e.add_item("Tour", "tour_de_table", 10)
    e.start_session()
    e.start_item()
    e.give_floor(room["Léa"])
    clock.advance(seconds=50)
    e.give_floor(room["Karim"])
    clock.advance(seconds=20)
    e.close_session()
    content = words(export(room, tmp_path, include_speaking_stats=True))
    axis = content[content.index("Temps de parole") : content.index("Membre Temps")]
    assert re.search(r"\b0,\d\b", axis) and not re.search(r"\b0\.\d\b", axis), axis
