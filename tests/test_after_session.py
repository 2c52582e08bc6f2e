"""After the room: the message to the members, the invitations, editable minutes, actions CSV.

Every output is read back with a real parser (email, icalendar, pypdf, python-docx, csv),
and none of them may carry a confidential capture.
"""

from __future__ import annotations

import csv
import email
import io
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from docx import Document
from icalendar import Calendar
from pypdf import PdfReader

from app.cli import main
from app.confidentiality import Reader
from app.export.actions_csv import ENGLISH_EXCEL, export_actions
from app.export.calendar import export_programme
from app.export.errors import ExportError
from app.export.mail import prepare_mail
from app.export.minutes_data import Options, snapshot
from app.export.minutes_formats import export_minutes_as
from app.export.minutes_markdown import minutes_markdown
from app.planning import plan_meeting
from app.text import fold
from models import EntryKind, Meeting, Member, Network, RepertoireEntry
from tests.conftest import Room
from tests.test_minutes import run_case, words

SECRET = "Secret : le fournisseur X triche sur les délais"


def docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" ".join(c.text for c in row.cells))
    return " ".join(" ".join(parts).replace("\u00a0", " ").split())


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\\", "").split())


def unticked(room: Room, *titles: str) -> None:
    """The facilitator unticks « confidentiel » on captures made during the case: they are
    the group's, and reach the members' outputs."""
    with room.store.transaction() as db:
        for entry in db.query(RepertoireEntry).filter(RepertoireEntry.title.in_(titles)):
            entry.confidential = False


SHARED = ("Le REX trimestriel devient un rituel", "Envoyer la grille d'audit")


def with_emails(room: Room, missing: str = "Inès") -> None:
    """Everyone an address, except ``missing`` (none) and Léa (a typing mistake)."""
    with room.store.transaction() as db:
        for name, member_id in room.people.items():
            member = db.get_one(Member, member_id)
            member.email = None if name == missing else f"{fold(name)}@exemple.fr"
            if name == "Léa" and missing:
                member.email = "lea(at)exemple.fr"


def plan_next(room: Room, start: datetime, title: str = "Séance d'avril") -> Meeting:
    with room.store.transaction() as db:
        network = db.get_one(Network, room.network_id)
        meeting = plan_meeting(db, network, start, 150, title=title, place="Salle Lumière")
        db.flush()
        return meeting


def _three_formats(room: Room, tmp_path: Path, options: Options) -> dict[str, str]:
    texts = {}
    for suffix in ("pdf", "md", "docx"):
        out = export_minutes_as(
            room.store,
            room.meeting_id,
            room.engine.methods,
            room.clock.now(),
            tmp_path / f"minutes-{options.include_confidential}.{suffix}",
            options,
        )
        texts[suffix] = {
            "pdf": lambda p: words(p),
            "md": lambda p: flat(p.read_text(encoding="utf-8")),
            "docx": docx_text,
        }[suffix](out)
    return texts


# Captured while Léa's confidential case ran: confidential by default (app.confidentiality).
DURING_THE_CASE = [
    "Le REX trimestriel devient un rituel",
    "Envoyer la grille d'audit",
    "30/03/2026",
    "Une question à la fois",
    "Comment embarquer les acheteurs",
    "cas de Léa",
]


def test_pdf_markdown_and_word_carry_the_same_facts(room: Room, tmp_path: Path) -> None:
    run_case(room)
    common = [
        "Inès, Karim, Léa, Marc, Sofia",
        "Excusés (1)",
        "Pas encore planifiée.",
    ]
    default = _three_formats(room, tmp_path, Options())
    for suffix, text in default.items():
        for fact in [*common, "Compte rendu de la séance 1", "Cas n° 1 (confidentiel)"]:
            assert fact in text, (suffix, fact)
        for secret in DURING_THE_CASE:
            assert secret not in text, (suffix, secret)
    full = _three_formats(room, tmp_path, Options(include_confidential=True))
    for suffix, text in full.items():
        for fact in [*common, "Dossier complet de la séance 1", *DURING_THE_CASE]:
            assert fact in text, (suffix, fact)
    # the same decisions, in the same order, everywhere
    for text in full.values():
        assert text.index("Le REX trimestriel") < text.index("Prochaine séance")
    # each language's typography: « Présents (5) : … », "Present (5): …"
    for suffix, text in default.items():
        assert "Présents (5) : Inès" in text.replace("**", ""), suffix
    properties = Document(str(tmp_path / "minutes-False.docx")).core_properties
    assert properties.title == "Compte rendu — Réseau Qualité Achats, séance 1"
    assert properties.author == "Marc"
    english = _three_formats(room, tmp_path, Options(language="en"))
    for suffix, text in english.items():
        assert "Present (5): Inès" in text.replace("**", ""), suffix


def test_the_confidential_record_is_there_only_when_asked(room: Room) -> None:
    run_case(room)
    data = snapshot(room.store, room.meeting_id, room.engine.methods, room.clock.now())
    assert SECRET not in minutes_markdown(data, Options())
    full = snapshot(
        room.store, room.meeting_id, room.engine.methods, room.clock.now(), Reader.FACILITATOR
    )
    shown = minutes_markdown(full, Options(include_confidential=True))
    assert "le fournisseur X triche" in flat(shown)
    assert "Codéveloppement — cas de Léa" in flat(shown)


def test_markdown_prints_what_was_typed_literally(room: Room) -> None:
    room.engine.start_session()
    room.engine.capture(EntryKind.DECISION, "*urgent* | # à voir [lien](x) <b>")
    room.engine.capture(
        EntryKind.ACTION, "= 1+1 | 2", owner_id=room["Léa"], due_on=date(2026, 4, 1)
    )
    room.clock.advance(minutes=5)
    room.engine.close_session()
    data = snapshot(room.store, room.meeting_id, room.engine.methods, room.clock.now())
    text = minutes_markdown(data, Options(language="en"))
    assert r"1. **\*urgent\* \| \# à voir \[lien\](x) \<b\>**" in text
    assert r"| = 1+1 \| 2 | Léa |" in text
    assert "# Minutes of session 1" in text


def test_an_unknown_format_is_refused_with_the_formats_that_exist(
    room: Room, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match=r"\.pdf, \.md \(Markdown\) ou \.docx"):
        export_minutes_as(
            room.store,
            room.meeting_id,
            room.engine.methods,
            room.clock.now(),
            tmp_path / "minutes.odt",
            Options(),
        )
    assert not (tmp_path / "minutes.odt").exists()


def read_message(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_the_message_reaches_every_member_with_minutes_and_invitation(
    room: Room, tmp_path: Path
) -> None:
    with_emails(room)
    following = plan_next(room, room.clock.now() + timedelta(days=28))
    run_case(room)
    unticked(room, *SHARED)
    prepared = prepare_mail(
        room.store,
        room.meeting_id,
        room.engine.methods,
        room.clock.now(),
        tmp_path / "envoi.eml",
        Options(),
    )
    assert prepared.without_email == ("Inès", "Léa")  # none, and one that is not an address
    message = read_message(prepared.path)
    assert (
        message["Subject"] == "Compte rendu — Réseau Qualité Achats, séance 1 du jeudi 12 mars 2026"
    )
    assert message["X-Unsent"] == "1"
    assert message["From"] == "Marc <marc@exemple.fr>"
    to = {a.addr_spec for a in message["To"].addresses}
    # present and excused (Paul) — not the sender, nor those without a usable address
    assert to == {"karim@exemple.fr", "sofia@exemple.fr", "paul@exemple.fr"}
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "1. Le REX trimestriel devient un rituel" in text
    assert "• Envoyer la grille d'audit — Sofia, pour le 30/03/2026" in text
    assert "Présents : 5 · excusés : 1 · absents : 0." in text
    assert "jeudi 9 avril 2026" in text and "Salle Lumière" in text
    assert "triche" not in text and "Léa a" not in text
    parts = {part.get_filename(): part for part in message.iter_attachments()}
    assert set(parts) == {"compte-rendu-seance-1.pdf", "seance-2.ics"}
    pdf = parts["compte-rendu-seance-1.pdf"].get_content()
    minutes = " ".join(
        (page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages
    ).replace("\n", " ")
    assert "Compte rendu de la séance 1" in minutes and "triche" not in minutes
    invitation = parts["seance-2.ics"]
    assert invitation.get_content_type() == "text/calendar"
    calendar = Calendar.from_ical(invitation.get_payload(decode=True))
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == following.planned_start
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=150)
    assert str(event["location"]) == "Salle Lumière"
    assert str(event["summary"]) == "Réseau Qualité Achats — séance 2 : Séance d'avril"
    assert str(event["uid"]) == f"{following.id}@cercle"


def test_the_message_speaks_english_and_names_the_next_session_when_none_is_planned(
    room: Room, tmp_path: Path
) -> None:
    with_emails(room, missing="")
    run_case(room)
    unticked(room, *SHARED)
    prepared = prepare_mail(
        room.store,
        room.meeting_id,
        room.engine.methods,
        room.clock.now(),
        tmp_path / "mail.eml",
        Options(language="en"),
    )
    message = read_message(prepared.path)
    assert message["Subject"].startswith("Minutes — Réseau Qualité Achats, session 1")
    body = message.get_body(("plain",))
    assert body is not None and "Not planned yet." in body.get_content()
    assert [p.get_filename() for p in message.iter_attachments()] == ["minutes-session-1.pdf"]


def test_the_programme_is_one_calendar_and_hides_confidential_cases(
    room: Room, tmp_path: Path
) -> None:
    room.engine.start_session()
    room.engine.close_session()
    starts = [room.clock.now() + timedelta(days=28 * k) for k in (1, 2, 3)]
    meetings = [plan_next(room, s, title=f"Séance {k}") for k, s in enumerate(starts, 2)]
    from app.engine.session import SessionEngine

    engine = SessionEngine(room.store, meetings[0].id, room.clock, room.engine.methods)
    engine.add_item("Accueil", "tour_de_table", 10)
    case = engine.add_item("Le conflit de Léa avec son directeur", "codev", 90)
    assert case is not None
    out = export_programme(
        room.store,
        room.network_id,
        room.engine.methods,
        room.clock.now(),
        tmp_path / "programme.ics",
        "fr",
    )
    calendar = Calendar.from_ical(out.read_bytes())
    assert str(calendar["x-wr-calname"]) == "Réseau Qualité Achats"
    events = calendar.walk("VEVENT")
    assert [e.decoded("dtstart") for e in events] == starts
    assert len({str(e["uid"]) for e in events}) == 3
    description = str(events[0]["description"])
    assert "Accueil (Tour de table, 10 min)" in description
    assert "Codéveloppement (confidentiel)" in description
    assert "conflit" not in out.read_bytes().decode("utf-8")
    # the session holding the case is announced without its title; the others keep theirs
    assert [str(e["summary"]) for e in events] == [
        "Réseau Qualité Achats — séance 2",
        "Réseau Qualité Achats — séance 3 : Séance 3",
        "Réseau Qualité Achats — séance 4 : Séance 4",
    ]


def read_csv(path: Path, delimiter: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_actions_open_in_a_french_spreadsheet_with_accents_intact(
    room: Room, tmp_path: Path
) -> None:
    e = room.engine
    e.start_session()
    e.capture(EntryKind.ACTION, "Prévenir Hélène", owner_id=room["Inès"], due_on=date(2026, 3, 1))
    e.capture(
        EntryKind.ACTION, '=HYPERLINK("http://x")', owner_id=room["Léa"], due_on=date(2026, 4, 1)
    )
    e.capture(
        EntryKind.ACTION,
        "Appeler le fournisseur X (confidentiel)",
        owner_id=room["Léa"],
        due_on=date(2026, 4, 1),
        confidential=True,
    )
    done = e.capture(
        EntryKind.ACTION, "Réserver la salle", owner_id=room["Marc"], due_on=date(2026, 4, 1)
    )
    assert done is not None
    e.close_session()
    from models import ActionStatus

    e.set_action_status(done, ActionStatus.DONE)
    today = date(2026, 3, 12)
    out = tmp_path / "actions.csv"
    assert export_actions(room.store, room.network_id, today, out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with its mark
    rows = read_csv(out, ";")
    assert rows[0] == [
        "Action",
        "Responsable",
        "Échéance",
        "Statut",
        "En retard",
        "Séance",
        "Réseau",
    ]
    assert [
        "Prévenir Hélène",
        "Inès",
        "01/03/2026",
        "ouverte",
        "oui",
        "1",
        "Réseau Qualité Achats",
    ] in rows
    assert '\'=HYPERLINK("http://x")' in [r[0] for r in rows]
    assert "confidentiel" not in raw.decode("utf-8-sig")
    everything = tmp_path / "all.csv"
    assert export_actions(room.store, room.network_id, today, everything, open_only=False) == 3
    english = tmp_path / "en.csv"
    export_actions(room.store, room.network_id, today, english, settings=ENGLISH_EXCEL)
    rows = read_csv(english, ",")
    assert rows[0][:3] == ["Action", "Owner", "Due"]
    assert [
        "Prévenir Hélène",
        "Inès",
        "2026-03-01",
        "open",
        "yes",
        "1",
        "Réseau Qualité Achats",
    ] in rows


def test_the_command_line_prepares_everything(
    room: Room, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_emails(room)
    plan_next(room, room.clock.now() + timedelta(days=28))
    run_case(room)
    unticked(room, *SHARED)
    db = str(room.store.path)
    room.store.close()
    assert (
        main(["--db", db, "prepare-mail", "--session", "1", "--out", str(tmp_path / "m.eml")]) == 0
    )
    out = capsys.readouterr().out
    assert "Message préparé pour 3 membre(s)" in out and "Inès, Léa" in out
    assert read_message(tmp_path / "m.eml")["To"] is not None
    assert (
        main(["--db", db, "export-minutes", "--session", "1", "--out", str(tmp_path / "m.docx")])
        == 0
    )
    assert "Le REX trimestriel" in docx_text(tmp_path / "m.docx")
    assert (
        main(["--db", db, "export-minutes", "--session", "1", "--out", str(tmp_path / "m.md")]) == 0
    )
    for args in (["--next"], ["--session", "2"], []):
        assert main(["--db", db, "export-calendar", *args, "--out", str(tmp_path / "c.ics")]) == 0
        assert len(Calendar.from_ical((tmp_path / "c.ics").read_bytes()).walk("VEVENT")) == 1
    assert (
        main(
            [
                "--db",
                db,
                "--lang",
                "en",
                "export-actions",
                "--out",
                str(tmp_path / "a.csv"),
                "--spreadsheet",
                "en",
            ]
        )
        == 0
    )
    assert read_csv(tmp_path / "a.csv", ",")[0][1] == "Owner"
    assert (
        main(["--db", db, "export-actions", "--network", "Nope", "--out", str(tmp_path / "b.csv")])
        == 1
    )
    assert "Aucun réseau ne s'appelle « Nope »" in capsys.readouterr().err


def test_a_confidential_capture_is_absent_from_every_new_output(room: Room, tmp_path: Path) -> None:
    """The message (body and both attachments), Markdown, Word, the calendars, the CSV and
    the check-in's list: none carries a confidential capture or the case's title."""
    from app.export.actions_due import export_due_list
    from app.export.calendar import export_session

    with_emails(room)
    following = plan_next(room, room.clock.now() + timedelta(days=28))
    e = room.engine
    run_case(room)
    unticked(room, *SHARED)
    secret_action = "Appeler le fournisseur X en secret"
    with room.store.transaction() as db:
        from app.repertoire import capture

        capture(
            db,
            network_id=room.network_id,
            kind=EntryKind.ACTION,
            title=secret_action,
            now=room.clock.now(),
            owner_id=room["Léa"],
            due_on=date(2026, 4, 1),
            confidential=True,
            origin_meeting_id=room.meeting_id,
        )
    assert any(c.confidential for c in e.facts.captures)  # the idea of the case's phase 4
    methods, now = e.methods, room.clock.now()
    outputs: dict[str, str] = {}
    mail = prepare_mail(room.store, room.meeting_id, methods, now, tmp_path / "m.eml", Options())
    message = read_message(mail.path)
    body = message.get_body(("plain",))
    assert body is not None
    outputs["mail body"] = body.get_content()
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        if part.get_content_type() == "application/pdf":
            reader = PdfReader(io.BytesIO(payload))
            outputs["mail pdf"] = " ".join(p.extract_text() or "" for p in reader.pages)
        else:
            outputs["mail ics"] = payload.decode("utf-8")
    for suffix in ("md", "docx"):
        out = export_minutes_as(
            room.store, room.meeting_id, methods, now, tmp_path / f"m.{suffix}", Options()
        )
        outputs[suffix] = docx_text(out) if suffix == "docx" else out.read_text(encoding="utf-8")
    export_session(room.store, following.id, methods, now, tmp_path / "s.ics", "fr")
    outputs["ics"] = (tmp_path / "s.ics").read_text(encoding="utf-8")
    export_actions(room.store, room.network_id, now.date(), tmp_path / "a.csv", open_only=False)
    outputs["csv"] = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    export_due_list(room.store, following.id, now.date(), tmp_path / "due.pdf", "fr")
    outputs["due"] = " ".join(p.extract_text() or "" for p in PdfReader(tmp_path / "due.pdf").pages)
    for name, text in outputs.items():
        text = flat(text)
        assert "triche" not in text, name
        assert "fournisseur X en secret" not in text, name
        assert "cas de Léa" not in text or name == "mail pdf", name  # the PDF is issue #15's
    assert "Envoyer la grille d'audit" in flat(outputs["csv"])  # the rest is there
    assert "Envoyer la grille d'audit" in flat(outputs["due"])


def test_hostile_names_never_add_a_header_nor_break_the_message(room: Room, tmp_path: Path) -> None:
    with_emails(room, missing="")
    with room.store.transaction() as db:
        network = db.get_one(Network, room.network_id)
        network.name = "Réseau\r\nBcc: espion@ailleurs.fr"
        db.get_one(Member, room["Karim"]).name = 'Benali, Karim "KB"\nBcc: espion@ailleurs.fr'
        db.get_one(Member, room["Sofia"]).email = "  sofia@exemple.fr  "
        db.get_one(Member, room["Paul"]).email = "paul@"
    run_case(room)
    prepared = prepare_mail(
        room.store,
        room.meeting_id,
        room.engine.methods,
        room.clock.now(),
        tmp_path / "m.eml",
        Options(),
    )
    message = read_message(prepared.path)
    assert message["Bcc"] is None
    assert "espion" not in "".join(message.keys())
    people = {a.addr_spec: a.display_name for a in message["To"].addresses}
    assert people["karim@exemple.fr"] == 'Benali, Karim "KB" Bcc: espion@ailleurs.fr'
    assert "sofia@exemple.fr" in people
    assert "Paul" in prepared.without_email  # "paul@" is not an address
    assert message["Subject"].startswith("Compte rendu — Réseau Bcc: espion@ailleurs.fr, séance 1")


def test_an_invitation_reads_as_its_language_writes() -> None:
    """« séance 7 : Lean Coffee » in French, "session 7: Lean Coffee" in English."""
    import uuid
    from datetime import UTC, datetime

    from app.export.calendar import SessionEvent, summary

    start = datetime(2026, 12, 8, 8, tzinfo=UTC)
    event = SessionEvent(
        uuid.uuid4(), "Réseau Qualité Achats", 7, "Lean Coffee", "", start, start, (), "", ""
    )
    assert summary(event, "fr") == "Réseau Qualité Achats — séance 7 : Lean Coffee"
    assert summary(event, "en") == "Réseau Qualité Achats — session 7: Lean Coffee"
