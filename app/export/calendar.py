"""Sessions as iCalendar (.ics): the next one for the members' agendas, or a whole programme.

``session_events()`` reads the planned sessions into plain ``SessionEvent`` data;
``calendar_bytes()`` writes them with the ``icalendar`` library. Each event's UID is the
session's own id, so a calendar that already holds the session updates it rather than
adding a second one when the facilitator sends it again after a change. A confidential
agenda item is named by its method only (a co-development case's title often names its
client).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress, vText
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.confidentiality import Case, Reader, sees_case, session_title
from app.dates import clock_time, long_date
from app.export.errors import ExportError
from app.export.pdf import write_atomically
from app.i18n import _, translator
from app.methods import MethodCatalogue
from app.planning import following_meeting
from app.store import Store
from models import AgendaItem, Meeting, MeetingStatus, Member, Network


@dataclass(frozen=True)
class AgendaLine:
    title: str  # already reduced to the method for a confidential item
    method_fr: str
    method_en: str
    minutes: int


@dataclass(frozen=True)
class SessionEvent:
    id: uuid.UUID
    network: str
    number: int
    title: str
    place: str
    start: datetime
    end: datetime
    agenda: tuple[AgendaLine, ...]
    facilitator: str
    facilitator_email: str


def _event(db: Session, meeting: Meeting, methods: MethodCatalogue) -> SessionEvent:
    network = db.get_one(Network, meeting.network_id)
    facilitator = db.get(Member, meeting.facilitator_id) if meeting.facilitator_id else None
    agenda = []
    cases: list[Case] = []
    for item in db.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.position)
    ):
        method = methods.methods.get(item.method_key)
        fr = method.name.fr if method else item.method_key
        en = method.name.get("en") if method else item.method_key
        case = Case.of(item.confidential or meeting.confidential, item.consent or ())
        cases.append(case)
        shown = item.title if sees_case(Reader.MEMBERS, case) else ""
        agenda.append(AgendaLine(shown, fr, en, item.planned_minutes))
    return SessionEvent(
        id=meeting.id,
        network=network.name,
        number=meeting.number,
        # A session's title often names the client of its case ("Cas de Léa"), and calendars
        # are seen by colleagues and assistants: a session holding a confidential item is
        # announced by its network and number only.
        title=session_title(Reader.MEMBERS, meeting.title, cases),
        place=meeting.place,
        start=meeting.planned_start,
        end=meeting.planned_end,
        agenda=tuple(agenda),
        facilitator=facilitator.name if facilitator else "",
        facilitator_email=(facilitator.email or "") if facilitator else "",
    )


def session_event(db: Session, meeting_id: uuid.UUID, methods: MethodCatalogue) -> SessionEvent:
    """One session as a calendar event."""
    return _event(db, db.get_one(Meeting, meeting_id), methods)


def following_event(
    db: Session, meeting_id: uuid.UUID, methods: MethodCatalogue
) -> SessionEvent | None:
    """The session that follows ``meeting_id`` in its network (the minutes' "next session")."""
    meeting = db.get_one(Meeting, meeting_id)
    following = following_meeting(db, meeting)
    return _event(db, following, methods) if following else None


def planned_events(
    db: Session, network_id: uuid.UUID, methods: MethodCatalogue
) -> list[SessionEvent]:
    """Every session of the network still to hold (planned, not started), by date."""
    meetings = db.scalars(
        select(Meeting)
        .where(Meeting.network_id == network_id, Meeting.status == MeetingStatus.PLANNED)
        .order_by(Meeting.planned_start)
    )
    return [_event(db, m, methods) for m in meetings]


def summary(event: SessionEvent, language: str) -> str:
    """ "Réseau Qualité Achats — séance 7 : Lean Coffee" (the line an agenda shows)."""
    _ = translator(language)
    text = _("{network} — séance {number}").format(network=event.network, number=event.number)
    return text + (_(" : ") + event.title if event.title else "")


def agenda_text(event: SessionEvent, language: str) -> str:
    """The agenda with each item's planned start: "09:10  Suivi des actions (10 min)"."""
    _ = translator(language)
    lines = []
    at = event.start
    for item in event.agenda:
        method = item.method_en if language == "en" else item.method_fr
        if not item.title:
            text = _("{method} (confidentiel)").format(method=method) + f" ({item.minutes} min)"
        elif item.title == method:
            text = f"{item.title} ({item.minutes} min)"
        else:
            text = f"{item.title} ({method}, {item.minutes} min)"
        lines.append(f"{clock_time(at)}  {text}")
        at += timedelta(minutes=item.minutes)
    return "\n".join(lines)


def description(event: SessionEvent, language: str) -> str:
    """The invitation's text: the network, the session, its place and agenda."""
    _ = translator(language)
    parts = [
        _("{network}, séance {number} : {date}, {start} – {end}.").format(
            number=event.number,
            network=event.network,
            date=long_date(event.start, language),
            start=clock_time(event.start),
            end=clock_time(event.end),
        )
    ]
    if event.place:
        parts.append(_("Lieu : {place}").format(place=event.place))
    if event.agenda:
        parts.append(_("Ordre du jour :") + "\n" + agenda_text(event, language))
    if event.facilitator:
        parts.append(_("Animation : {name}").format(name=event.facilitator))
    return "\n\n".join(parts)


def calendar_bytes(
    events: list[SessionEvent], language: str, now: datetime, name: str = ""
) -> bytes:
    """An iCalendar file holding ``events`` (RFC 5545, times in UTC)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//Cercle//Cercle {__version__}//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    for item in events:
        event = Event()
        event.add("uid", f"{item.id}@cercle")
        event.add("dtstamp", now)
        event.add("dtstart", item.start)
        event.add("dtend", item.end)
        event.add("summary", summary(item, language))
        if item.place:
            event.add("location", item.place)
        event.add("description", description(item, language))
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        if item.facilitator_email:
            organizer = vCalAddress(f"mailto:{item.facilitator_email}")
            organizer.params["cn"] = vText(item.facilitator)
            event.add("organizer", organizer)
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical


def write_calendar(out: Path, content: bytes) -> Path:
    """Write an .ics file (whole or not at all)."""
    with write_atomically(out) as temporary:
        temporary.write_bytes(content)
    return out


def export_session(
    store: Store,
    meeting_id: uuid.UUID,
    methods: MethodCatalogue,
    now: datetime,
    out: Path,
    language: str,
) -> Path:
    """One session as an invitation file."""
    with store.session() as db:
        event = session_event(db, meeting_id, methods)
    return write_calendar(out, calendar_bytes([event], language, now))


def export_programme(
    store: Store,
    network_id: uuid.UUID,
    methods: MethodCatalogue,
    now: datetime,
    out: Path,
    language: str,
) -> Path:
    """Every planned session of a network as one calendar file."""
    with store.session() as db:
        network = db.get_one(Network, network_id).name
        events = planned_events(db, network_id, methods)
    if not events:
        raise ExportError(
            _(
                "Le réseau {network} n'a aucune séance planifiée : rien à mettre au calendrier."
            ).format(network=network)
        )
    return write_calendar(out, calendar_bytes(events, language, now, name=network))


def export_following(
    store: Store,
    meeting_id: uuid.UUID,
    methods: MethodCatalogue,
    now: datetime,
    out: Path,
    language: str,
) -> Path:
    """The session after ``meeting_id`` (the one its minutes announce) as an invitation."""
    with store.session() as db:
        event = following_event(db, meeting_id, methods)
    if event is None:
        raise ExportError(
            _("Aucune séance n'est planifiée après celle-ci : planifiez-la d'abord (Ctrl+N).")
        )
    return write_calendar(out, calendar_bytes([event], language, now))
