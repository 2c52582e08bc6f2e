"""Session minutes (compte rendu) as PDF (DOMAIN.md §7).

``snapshot()`` reads everything in one read transaction into plain data; ``write_minutes()``
turns that data into the document, without touching the database — so the window can run
it off the UI thread, and the command line the same way.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.dates import clock_time, long_date, minutes_text, short_date
from app.engine.facts import load_facts
from app.engine.state import ItemStatus, compute_state
from app.engine.statistics import speaker_changes, turn_taking_index
from app.export.pdf import (
    ACCENT,
    FONT,
    ExportError,
    Heading,
    Paragraph,
    Styles,
    build,
    check_destination,
    table,
    text,
)
from app.i18n import _, decimal, translator
from app.methods import MethodCatalogue
from app.planning import open_actions
from app.store import Store
from models import (
    ActionStatus,
    AgendaItem,
    AttendanceStatus,
    EntryKind,
    EntryRevision,
    Meeting,
    MeetingStatus,
    Member,
    Network,
    RepertoireEntry,
    SpeakingTurn,
)


@dataclass(frozen=True)
class Options:
    language: str = "fr"
    include_speaking_stats: bool = False
    include_confidential: bool = False


@dataclass(frozen=True)
class PhaseLine:
    name_fr: str
    name_en: str
    planned_seconds: float
    actual_seconds: float


@dataclass(frozen=True)
class ItemLine:
    id: uuid.UUID
    title: str
    method_fr: str
    method_en: str
    status: ItemStatus
    planned_seconds: float
    actual_seconds: float
    phases: tuple[PhaseLine, ...]
    confidential: bool
    codev: bool
    notes: str
    contract: str
    action_plan: str


@dataclass(frozen=True)
class EntryLine:
    kind: EntryKind
    title: str
    body: str
    confidential: bool
    item_id: uuid.UUID | None = None
    owner: str = ""
    due_on: date | None = None
    action_status: ActionStatus | None = None
    from_session: int | None = None


@dataclass(frozen=True)
class SpeakerLine:
    name: str
    seconds: float
    turns: int
    share: float


@dataclass(frozen=True)
class MinutesData:
    network: str
    number: int
    title: str
    format_fr: str
    format_en: str
    place: str
    planned_start: datetime
    started_at: datetime | None
    ended_at: datetime | None
    closed: bool
    facilitator: str
    scribe: str
    present: tuple[str, ...]
    excused: tuple[str, ...]
    absent: tuple[str, ...]
    items: tuple[ItemLine, ...]
    entries: tuple[EntryLine, ...]  # captured in this session
    revised: tuple[EntryLine, ...]  # entries of the network revised during the session
    carried: tuple[EntryLine, ...]  # actions still open from earlier sessions
    speakers: tuple[SpeakerLine, ...]
    equality: float
    turn_taking: float | None
    turns: int
    next_meeting: tuple[datetime, str] | None
    issued_at: datetime


def snapshot(
    store: Store, meeting_id: uuid.UUID, methods: MethodCatalogue, now: datetime
) -> MinutesData:
    """Everything the minutes say, read in one transaction."""
    with store.session() as db, db.begin():
        return _snapshot(db, meeting_id, methods, now)


def _snapshot(
    db: Session, meeting_id: uuid.UUID, methods: MethodCatalogue, now: datetime
) -> MinutesData:
    meeting = db.get_one(Meeting, meeting_id)
    facts = load_facts(db, meeting_id)
    at = meeting.ended_at or now
    state = compute_state(facts, methods, at)
    names = facts.names

    def name(member_id: uuid.UUID | None) -> str:
        return names.get(member_id, "") if member_id else ""

    by_status: dict[AttendanceStatus, list[str]] = {s: [] for s in AttendanceStatus}
    for member_id, attendance in facts.attendance.items():
        by_status[attendance.status].append(names.get(member_id, "?"))
    rows = {
        i.id: i for i in db.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
    }
    items = []
    for item in state.items:
        row = rows[item.id]
        items.append(
            ItemLine(
                id=item.id,
                title=item.title,
                method_fr=item.method.name.fr,
                method_en=item.method.name.get("en"),
                status=item.status,
                planned_seconds=item.timer.planned,
                actual_seconds=item.timer.elapsed,
                phases=tuple(
                    PhaseLine(
                        phase.name.fr,
                        phase.name.get("en"),
                        minutes * 60.0,
                        item.phase_seconds.get(phase.key, 0.0),
                    )
                    for phase, minutes in item.phases
                )
                if len(item.phases) > 1
                else (),
                confidential=item.confidential,
                codev=item.method.key == "codev",
                notes=row.notes,
                contract=row.contract,
                action_plan=row.action_plan,
            )
        )

    owner = aliased(Member)
    entries = tuple(
        EntryLine(
            e.kind,
            e.title,
            e.body,
            e.confidential,
            e.origin_item_id,
            owner_name or "",
            e.due_on,
            e.action_status,
        )
        for e, owner_name in db.execute(
            select(RepertoireEntry, owner.name)
            .outerjoin(owner, owner.id == RepertoireEntry.owner_id)
            .where(
                RepertoireEntry.origin_meeting_id == meeting_id,
                RepertoireEntry.deleted_at.is_(None),
            )
            .order_by(RepertoireEntry.created_at)
        )
    )
    revised: tuple[EntryLine, ...] = ()
    if meeting.started_at is not None:
        revised = tuple(
            EntryLine(e.kind, e.title, e.body, e.confidential)
            for e in db.scalars(
                select(RepertoireEntry)
                .where(
                    RepertoireEntry.network_id == meeting.network_id,
                    RepertoireEntry.deleted_at.is_(None),
                    RepertoireEntry.id.in_(
                        select(EntryRevision.entry_id).where(
                            EntryRevision.revised_at >= meeting.started_at,
                            EntryRevision.revised_at <= at,
                        )
                    ),
                )
                .order_by(RepertoireEntry.title)
            )
        )
    carried = tuple(
        EntryLine(
            EntryKind.ACTION,
            a.title,
            "",
            False,
            owner=a.owner,
            due_on=a.due_on,
            action_status=ActionStatus.OPEN,
            from_session=a.from_session,
        )
        for a in open_actions(db, meeting.network_id, at.astimezone().date())
        if a.from_session is None or a.from_session < meeting.number
    )
    order = list(
        db.scalars(
            select(SpeakingTurn.member_id)
            .where(SpeakingTurn.meeting_id == meeting_id)
            .order_by(SpeakingTurn.started_at)
        )
    )
    balance = state.session_balance
    total = sum(p.session_seconds for p in state.participants)
    speakers = tuple(
        SpeakerLine(
            p.name,
            p.session_seconds,
            p.turns,
            p.session_seconds / total if total else 0.0,
        )
        for p in sorted(state.participants, key=lambda p: -p.session_seconds)
    )
    following = db.scalars(
        select(Meeting)
        .where(
            Meeting.network_id == meeting.network_id,
            Meeting.planned_start > meeting.planned_start,
        )
        .order_by(Meeting.planned_start)
    ).first()
    fmt = methods.methods.get(meeting.format)
    mixed = meeting.format == "mixed"
    return MinutesData(
        network=facts.meeting.network_name,
        number=meeting.number,
        title=meeting.title,
        format_fr=fmt.name.fr if fmt else ("Plusieurs formats" if mixed else meeting.format),
        format_en=fmt.name.get("en") if fmt else ("Several formats" if mixed else meeting.format),
        place=meeting.place,
        planned_start=meeting.planned_start,
        started_at=meeting.started_at,
        ended_at=meeting.ended_at,
        closed=meeting.status is MeetingStatus.CLOSED,
        facilitator=name(meeting.facilitator_id),
        scribe=name(meeting.scribe_id),
        present=tuple(sorted(by_status[AttendanceStatus.PRESENT])),
        excused=tuple(sorted(by_status[AttendanceStatus.EXCUSED])),
        absent=tuple(sorted(by_status[AttendanceStatus.ABSENT])),
        items=tuple(items),
        entries=entries,
        revised=revised,
        carried=carried,
        speakers=speakers,
        equality=balance.equality,
        turn_taking=turn_taking_index(speaker_changes(order), len(order)) if order else None,
        turns=len(order),
        next_meeting=(following.planned_start, following.place) if following else None,
        issued_at=now,
    )


def write_minutes(data: MinutesData, out: Path, options: Options = Options()) -> None:
    """Write the minutes of ``data`` to ``out`` (whole or not at all)."""
    _ = translator(options.language)
    title = _("Compte rendu — {network}, séance {number}").format(
        network=data.network, number=data.number
    )
    author = data.scribe or data.facilitator or "Cercle"
    footer = _("{network} · séance {number} · émis le {date} par {author}").format(
        network=data.network,
        number=data.number,
        date=long_date(data.issued_at, options.language),
        author=author,
    )
    build(
        out,
        lambda styles: _story(data, options, styles),
        title=title,
        author=author,
        subject=data.title or title,
        footer=footer,
        page_words=_("page {page} / {total}"),
    )


def _story(data: MinutesData, options: Options, s: Styles) -> list[Flowable]:
    lang = options.language
    _ = translator(lang)
    en = lang == "en"
    width = 174 * mm
    secret = options.include_confidential
    story: list[Flowable] = []

    heading = _("Compte rendu de la séance {number}").format(number=data.number)
    story.append(Heading(heading, s.title))
    story.append(
        Paragraph(text(" · ".join(p for p in (data.network, data.title) if p)), s.subtitle)
    )
    if not data.closed:
        story.append(
            Paragraph(text(_("Document provisoire : la séance n'est pas close.")), s.small)
        )
    span = "—"
    if data.started_at is not None:
        span = f"{clock_time(data.started_at)} – " + (
            clock_time(data.ended_at) if data.ended_at else "…"
        )
    facts = [
        (_("Format"), data.format_en if en else data.format_fr),
        (_("Date"), long_date(data.planned_start, lang)),
        (_("Lieu"), data.place or "—"),
        (_("Horaires"), span),
        (_("Animation"), data.facilitator or "—"),
        (_("Secrétariat"), data.scribe or "—"),
    ]
    story.append(table([[k, v] for k, v in facts], [38 * mm, width - 38 * mm], s, header=False))

    story.append(Heading(_("Participants"), s.h1))
    for label, people in (
        (_("Présents"), data.present),
        (_("Excusés"), data.excused),
        (_("Absents"), data.absent),
    ):
        names = ", ".join(people) if people else "—"
        story.append(Paragraph(f"<b>{text(label)}</b> ({len(people)}) : {text(names)}", s.body))

    story.append(Heading(_("Ordre du jour : prévu et réel"), s.h1))
    rows: list[list[Flowable | str]] = [
        [_("Point"), _("Méthode"), _("Prévu"), _("Réel"), _("Écart")]
    ]
    indent: list[int] = []
    for item in data.items:
        skipped = item.status is ItemStatus.SKIPPED
        rows.append(
            [
                item.title + (" " + _("(non traité)") if skipped else ""),
                item.method_en if en else item.method_fr,
                minutes_text(item.planned_seconds, lang),
                "—" if skipped else minutes_text(item.actual_seconds, lang),
                "—" if skipped else _gap(item.actual_seconds - item.planned_seconds, lang),
            ]
        )
        for phase in item.phases:
            indent.append(len(rows))
            cells = [
                phase.name_en if en else phase.name_fr,
                "",
                minutes_text(phase.planned_seconds, lang),
                minutes_text(phase.actual_seconds, lang),
                _gap(phase.actual_seconds - phase.planned_seconds, lang),
            ]
            rows.append([Paragraph(text(c), s.cell_muted) for c in cells])
    phase_style = [("LEFTPADDING", (0, r), (0, r), 16) for r in indent]
    story.append(
        table(
            rows,
            [70 * mm, 34 * mm, 23 * mm, 23 * mm, 24 * mm],
            s,
            extra=[("ALIGN", (2, 0), (-1, -1), "RIGHT"), *phase_style],
        )
    )

    visible = [e for e in data.entries if secret or not e.confidential]
    decisions = [e for e in visible if e.kind is EntryKind.DECISION]
    story.append(Heading(_("Décisions"), s.h1))
    if decisions:
        for number, entry in enumerate(decisions, 1):
            story.append(_entry_paragraph(entry, s, prefix=f"{number}. "))
    else:
        story.append(Paragraph(text(_("Aucune décision n'a été prise.")), s.body))

    actions = [e for e in visible if e.kind is EntryKind.ACTION]
    story.append(Heading(_("Actions"), s.h1))
    story.append(_actions_table(actions, s, lang, width))
    if data.carried:
        story.append(Heading(_("Actions ouvertes des séances précédentes"), s.h2, level=1))
        story.append(_actions_table(list(data.carried), s, lang, width, origin=True))

    repertoire = [e for e in visible if e.kind not in (EntryKind.DECISION, EntryKind.ACTION)]
    codev_items = {i.id for i in data.items if i.codev}
    general = [
        e for e in repertoire if not (e.kind is EntryKind.LEARNING and e.item_id in codev_items)
    ]
    story.append(Heading(_("Répertoire : entrées ajoutées ou révisées"), s.h1))
    if not general and not data.revised:
        story.append(Paragraph(text(_("Aucune entrée ajoutée au répertoire.")), s.body))
    for entry in general:
        label = _kind_label(entry.kind, _)
        story.append(_entry_paragraph(entry, s, prefix=f"{label} — "))
    for entry in data.revised:
        if secret or not entry.confidential:
            label = _("{kind} (révisé)").format(kind=_kind_label(entry.kind, _))
            story.append(_entry_paragraph(entry, s, prefix=f"{label} — "))

    for item in data.items:
        if not item.codev or item.status is ItemStatus.PENDING:
            continue
        story.append(Heading(item.title, s.h1))
        if item.confidential and not secret:
            story.append(
                Paragraph(
                    text(
                        _("Le cas exposé est confidentiel : il ne figure pas dans ce compte rendu.")
                    ),
                    s.small,
                )
            )
        if secret and item.notes:
            story.append(Paragraph(f"<b>{text(_('Le cas'))}</b>", s.body))
            story.append(Paragraph(text(item.notes), s.body))
        for label, value in (
            (_("Contrat de consultation"), item.contract),
            (_("Plan d'action du client"), item.action_plan),
        ):
            story.append(Paragraph(f"<b>{text(label)}</b>", s.body))
            story.append(Paragraph(text(value) if value else "—", s.body))
        learnings = [e for e in visible if e.kind is EntryKind.LEARNING and e.item_id == item.id]
        story.append(Paragraph(f"<b>{text(_('Apprentissages'))}</b>", s.body))
        if learnings:
            for entry in learnings:
                story.append(_entry_paragraph(entry, s, prefix="• "))
        else:
            story.append(Paragraph("—", s.body))

    if options.include_speaking_stats and data.speakers:
        story.append(Heading(_("Temps de parole"), s.h1))
        index = decimal(data.equality, "en" if en else "fr")
        summary = _(
            "Indice d'équilibre {index} (1 : parole parfaitement partagée) · {turns} prises "
            "de parole"
        ).format(index=index, turns=data.turns)
        story.append(Paragraph(text(summary), s.body))
        story.append(_speaking_chart(data.speakers, width))
        story.append(
            table(
                [[_("Membre"), _("Temps"), _("Part"), _("Prises de parole")]]
                + [
                    [
                        p.name,
                        minutes_text(p.seconds, lang),
                        f"{round(p.share * 100)}\u00a0%",
                        str(p.turns),
                    ]
                    for p in data.speakers
                ],
                [80 * mm, 32 * mm, 30 * mm, 32 * mm],
                s,
                extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT")],
            )
        )

    story.append(Heading(_("Prochaine séance"), s.h1))
    if data.next_meeting is not None:
        start, place = data.next_meeting
        when = f"{long_date(start, lang)}, {clock_time(start)}"
        story.append(Paragraph(text(when + (f" — {place}" if place else "")), s.body))
    else:
        story.append(Paragraph(text(_("Pas encore planifiée.")), s.body))
    story.append(Spacer(1, 8 * mm))
    return story


def _gap(seconds: float, language: str) -> str:
    if abs(seconds) < 30:
        return "="
    sign = "+" if seconds > 0 else "−"
    return sign + minutes_text(abs(seconds), language)


def _kind_label(kind: EntryKind, _: Callable[[str], str]) -> str:
    return {
        EntryKind.DECISION: _("Décision"),
        EntryKind.ACTION: _("Action"),
        EntryKind.PRACTICE: _("Bonne pratique"),
        EntryKind.TERM: _("Terme"),
        EntryKind.TOOL: _("Outil"),
        EntryKind.RITUAL: _("Rituel"),
        EntryKind.CRITERION: _("Critère"),
        EntryKind.LEARNING: _("Apprentissage"),
        EntryKind.IDEA: _("Idée"),
    }[kind]


def _entry_paragraph(entry: EntryLine, s: Styles, prefix: str = "") -> Paragraph:
    body = f"<br/><font color='#5b6770'>{text(entry.body)}</font>" if entry.body else ""
    return Paragraph(f"{text(prefix)}<b>{text(entry.title)}</b>{body}", s.body)


def _actions_table(
    actions: list[EntryLine], s: Styles, lang: str, width: float, origin: bool = False
) -> Flowable:
    _ = translator(lang)
    if not actions:
        return Paragraph(text(_("Aucune action.")), s.body)
    status = {
        ActionStatus.OPEN: _("ouverte"),
        ActionStatus.DONE: _("faite"),
        ActionStatus.DROPPED: _("abandonnée"),
    }
    header = [_("Action"), _("Responsable"), _("Échéance"), _("Statut")]
    widths = [72 * mm, 36 * mm, 26 * mm, 40 * mm]
    rows: list[list[Flowable | str]] = [header]
    for a in actions:
        state = status.get(a.action_status, "") if a.action_status else ""
        if origin and a.from_session:
            state += " " + _("(séance {number})").format(number=a.from_session)
        rows.append(
            [a.title, a.owner or "—", short_date(a.due_on, lang) if a.due_on else "—", state]
        )
    return table(rows, widths, s)


def _speaking_chart(speakers: tuple[SpeakerLine, ...], width: float) -> Flowable:
    bar_height = 5 * mm
    height = bar_height * len(speakers) + 14 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = 45 * mm
    chart.y = 6 * mm
    chart.width = width - 60 * mm
    chart.height = bar_height * len(speakers)
    chart.data = [[round(p.seconds / 60, 1) for p in reversed(speakers)]]
    chart.categoryAxis.categoryNames = [p.name[:28] for p in reversed(speakers)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    drawing.add(
        String(chart.x + chart.width, 0, "min", fontName=FONT, fontSize=7, textAnchor="end")
    )
    return KeepTogether([drawing])


def find_session(store: Store, reference: str, network: str | None = None) -> uuid.UUID:
    """The session a person means: its id, or its number (in ``network`` when several)."""
    with store.session() as db:
        try:
            meeting = db.get(Meeting, uuid.UUID(reference))
        except ValueError:
            meeting = None
        if meeting is not None:
            return meeting.id
        if not reference.isdigit():
            raise ExportError(
                _("« {ref} » n'est ni un numéro ni un identifiant de séance.").format(ref=reference)
            )
        query = (
            select(Meeting.id, Network.name)
            .join(Network, Network.id == Meeting.network_id)
            .where(Meeting.number == int(reference))
        )
        if network is not None:
            query = query.where(Network.name == network)
        found = db.execute(query).all()
    if not found:
        raise ExportError(_("Aucune séance n° {ref}.").format(ref=reference))
    if len(found) > 1:
        raise ExportError(
            _("Plusieurs réseaux ont une séance n° {ref} ({names}) : précisez --network.").format(
                ref=reference, names=", ".join(sorted(n for _id, n in found))
            )
        )
    session_id: uuid.UUID = found[0][0]
    return session_id


def export_minutes(
    store: Store,
    meeting_id: uuid.UUID,
    methods: MethodCatalogue,
    now: datetime,
    out: Path,
    options: Options = Options(),
) -> Path:
    """Snapshot then write: what the window (off its thread) and the command line run."""
    check_destination(out)
    write_minutes(snapshot(store, meeting_id, methods, now), out, options)
    return out
