"""After the room: the message that takes the minutes to every member (.eml, nothing sent).

``mail_snapshot()`` reads, in one transaction, the minutes snapshot (``MinutesData``), the
members to write to and the next session; ``compose()`` writes a standard e-mail message
(``email`` package) from that data only: subject and body in the chosen language, the
default minutes PDF and the next session's invitation (.ics) attached. The file is marked
as an unsent draft (``X-Unsent: 1``), so a mail client opens it ready to check and send:
nothing leaves the machine until the facilitator presses "send" there.

The body says what the default minutes say — never a confidential capture or case.
"""

from __future__ import annotations

import tempfile
import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from sqlalchemy import select

from app.confidentiality import Reader
from app.dates import clock_time, long_date, short_date
from app.export.calendar import SessionEvent, calendar_bytes, following_event
from app.export.minutes import write_minutes
from app.export.minutes_content import clean, visible_entries
from app.export.minutes_data import MinutesData, Options, _snapshot
from app.export.pdf import check_destination, write_atomically
from app.i18n import translator
from app.methods import MethodCatalogue
from app.paths import data_dir
from app.store import Store
from models import Attendance, AttendanceStatus, EntryKind, Meeting, Member

DECISIONS_IN_BODY = 8  # "a few lines": the rest is in the attached minutes
TITLE_LENGTH = 160


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str
    status: AttendanceStatus


@dataclass(frozen=True)
class MailData:
    minutes: MinutesData
    recipients: tuple[Recipient, ...]  # present, then excused, then absent; not the sender
    without_email: tuple[str, ...]  # names of members Cercle has no valid address for
    sender: Recipient | None  # the facilitator, when their address is known
    next_session: SessionEvent | None


@dataclass(frozen=True)
class PreparedMail:
    path: Path
    recipients: int
    without_email: tuple[str, ...]


def outbox_dir() -> Path:
    """Where messages are prepared when the facilitator does not choose a place."""
    return data_dir() / "outbox"


def one_line(value: str) -> str:
    """Text fit for a header or a line of the body: no control character, no line break (a
    name typed with a line break must never add a header, such as a hidden Bcc)."""
    return " ".join(clean(value).split())


def _address(name: str, email: str) -> Address | None:
    try:
        address = Address(display_name=one_line(name), addr_spec=email.strip())
    except (ValueError, IndexError, TypeError):
        return None
    return address if address.domain and address.username else None


def mail_snapshot(
    store: Store, meeting_id: uuid.UUID, methods: MethodCatalogue, now: datetime
) -> MailData:
    """The minutes, the people to write to and the next session, in one read transaction."""
    order = {AttendanceStatus.PRESENT: 0, AttendanceStatus.EXCUSED: 1, AttendanceStatus.ABSENT: 2}
    with store.session() as db, db.begin():
        minutes = _snapshot(db, meeting_id, methods, now, Reader.MEMBERS)
        meeting = db.get_one(Meeting, meeting_id)
        people = db.execute(
            select(Member, Attendance.status)
            .join(Attendance, Attendance.member_id == Member.id)
            .where(Attendance.meeting_id == meeting_id)
        ).all()
        facilitator = db.get(Member, meeting.facilitator_id) if meeting.facilitator_id else None
        following = following_event(db, meeting_id, methods)
    sender = None
    if facilitator and facilitator.email and _address(facilitator.name, facilitator.email):
        sender = Recipient(facilitator.name, facilitator.email.strip(), AttendanceStatus.PRESENT)
    recipients, missing = [], []
    for member, status in sorted(people, key=lambda p: (order[p[1]], p[0].name.casefold())):
        if sender is not None and member.id == facilitator.id:  # type: ignore[union-attr]
            continue  # the message leaves from the facilitator's own mailbox
        if member.email and _address(member.name, member.email):
            recipients.append(Recipient(member.name, member.email.strip(), status))
        else:
            missing.append(member.name)
    return MailData(minutes, tuple(recipients), tuple(missing), sender, following)


def _short(title: str) -> str:
    title = one_line(title)
    return title if len(title) <= TITLE_LENGTH else title[: TITLE_LENGTH - 1].rstrip() + "…"


def subject(data: MailData, language: str) -> str:
    """ "Compte rendu — Réseau Qualité Achats, séance 6 du mardi 27 octobre 2026"."""
    _ = translator(language)
    m = data.minutes
    return _("Compte rendu — {network}, séance {number} du {date}").format(
        network=one_line(m.network), number=m.number, date=long_date(m.planned_start, language)
    )


def body(data: MailData, language: str) -> str:
    """The message a member reads first: what was decided, who does what, when we meet."""
    _ = translator(language)
    m = data.minutes
    lines = [_("Bonjour,"), ""]
    where = f" ({one_line(m.place)})" if m.place else ""
    lines.append(
        _("Voici le compte rendu de notre séance {number} ({network}) du {date}{where}.").format(
            number=m.number,
            network=one_line(m.network),
            date=long_date(m.planned_start, language),
            where=where,
        )
    )
    lines.append(
        _("Présents : {present} · excusés : {excused} · absents : {absent}.").format(
            present=len(m.present), excused=len(m.excused), absent=len(m.absent)
        )
    )
    visible = visible_entries(m)
    decisions = [e for e in visible if e.kind is EntryKind.DECISION]
    lines += ["", _("Décisions")]
    if decisions:
        for number, entry in enumerate(decisions[:DECISIONS_IN_BODY], 1):
            lines.append(f"  {number}. {_short(entry.title)}")
        if len(decisions) > DECISIONS_IN_BODY:
            lines.append(
                "  "
                + _("… et {count} autres : voir le compte rendu joint.").format(
                    count=len(decisions) - DECISIONS_IN_BODY
                )
            )
    else:
        lines.append("  " + _("Aucune décision n'a été prise."))
    actions = [e for e in visible if e.kind is EntryKind.ACTION]
    lines += ["", _("Actions")]
    if actions:
        for action in actions:
            who = one_line(action.owner) or _("responsable à désigner")
            due = (
                _("pour le {date}").format(date=short_date(action.due_on, language))
                if action.due_on
                else _("sans échéance")
            )
            lines.append(f"  • {_short(action.title)} — {who}, {due}")
    else:
        lines.append("  " + _("Aucune action."))
    carried = list(m.carried)
    if carried:
        still = (
            _("Une action des séances précédentes reste ouverte : voir le compte rendu.")
            if len(carried) == 1
            else _(
                "{count} actions des séances précédentes restent ouvertes : voir le compte rendu."
            )
        )
        lines.append("  " + still.format(count=len(carried)))
    lines += ["", _("Prochaine séance")]
    following = data.next_session
    if following is not None:
        place = f" — {one_line(following.place)}" if following.place else ""
        lines.append(
            f"  {long_date(following.start, language)}, "
            f"{clock_time(following.start)} – {clock_time(following.end)}{place}"
        )
        lines.append("  " + _("L'invitation est jointe : ouvrez-la pour l'ajouter à votre agenda."))
    else:
        lines.append("  " + _("Pas encore planifiée."))
    lines += ["", _("Le compte rendu complet est joint (PDF)."), "", _("Bien cordialement,")]
    signature = one_line(data.sender.name if data.sender else m.facilitator)
    if signature:
        lines.append(signature)
    return "\n".join(lines) + "\n"


def attachment_names(data: MailData, language: str) -> tuple[str, str]:
    """File names of the minutes and of the invitation, in the message's language."""
    _ = translator(language)
    minutes = _("compte-rendu-seance-{number}.pdf").format(number=data.minutes.number)
    number = data.next_session.number if data.next_session else 0
    return minutes, _("seance-{number}.ics").format(number=number)


def compose(data: MailData, language: str, pdf: bytes, now: datetime) -> EmailMessage:
    """The message, from ``data`` only: headers, plain-text body, PDF and invitation."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = subject(data, language)
    if data.sender is not None:
        message["From"] = _address(data.sender.name, data.sender.email)
    to = [_address(r.name, r.email) for r in data.recipients]
    if to:
        message["To"] = [a for a in to if a is not None]
    message["Date"] = format_datetime(now)
    message["X-Unsent"] = "1"  # opened as a draft to send, not as a received message
    message.set_content(body(data, language))
    minutes_name, invitation_name = attachment_names(data, language)
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=minutes_name)
    if data.next_session is not None:
        invitation = calendar_bytes([data.next_session], language, now)
        message.add_attachment(
            invitation,
            maintype="text",
            subtype="calendar",
            filename=invitation_name,
            params={"method": "PUBLISH", "charset": "utf-8"},
        )
    return message


def default_name(data: MailData, language: str) -> str:
    """The prepared message's file name, in the reader's language."""
    _ = translator(language)
    return _("envoi-seance-{number}.eml").format(number=data.minutes.number)


def prepare_mail(
    store: Store,
    meeting_id: uuid.UUID,
    methods: MethodCatalogue,
    now: datetime,
    out: Path | None,
    options: Options,
) -> PreparedMail:
    """Write the message to ``out`` (or to the outbox folder); nothing is sent."""
    data = mail_snapshot(store, meeting_id, methods, now)
    language = options.language
    if out is None:
        outbox_dir().mkdir(parents=True, exist_ok=True)
        out = outbox_dir() / default_name(data, language)
    check_destination(out)
    minutes_options = replace(options, include_confidential=False)
    with tempfile.TemporaryDirectory(prefix="cercle-mail-") as folder:
        pdf_path = Path(folder) / "minutes.pdf"
        write_minutes(data.minutes, pdf_path, minutes_options)
        pdf = pdf_path.read_bytes()
    message = compose(data, language, pdf, now)
    with write_atomically(out) as temporary:
        temporary.write_bytes(message.as_bytes())
    return PreparedMail(out, len(data.recipients), data.without_email)
