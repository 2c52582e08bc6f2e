"""Session minutes (compte rendu) as PDF (DOMAIN.md §7).

``snapshot()`` (app.export.minutes_data) reads everything in one read transaction into plain
data already filtered for its reader; ``write_minutes()`` turns that data into the document,
without touching the database — so the window can run it off the UI thread, and the command
line the same way. It never decides what is confidential: the snapshot did.

Over 400 lines: the PDF layout of every section of the minutes; the data is in
``minutes_data``, the other formats' layout in ``minutes_content``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy import select

from app.dates import clock_time, duration_text, long_date, minutes_text, short_date
from app.engine.state import ItemStatus
from app.export.minutes_data import (
    EntryLine,
    ItemLine,
    MinutesData,
    Options,
    PhaseLine,
    SpeakerLine,
    attendance_lines,
    snapshot,
)
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
from app.rituals import RitualSummary
from app.store import Store
from app.text import fold
from models import ActionStatus, EntryKind, Meeting, Network, RitualKind

DEFAULT_OPTIONS = Options()

__all__ = [
    "EntryLine",
    "ItemLine",
    "MinutesData",
    "Options",
    "PhaseLine",
    "SpeakerLine",
    "export_minutes",
    "find_session",
    "snapshot",
    "write_minutes",
]


def write_minutes(data: MinutesData, out: Path, options: Options = DEFAULT_OPTIONS) -> None:
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
    banner = ""
    if data.full_record:
        # Said on every page: a page printed or forwarded alone still says what it is.
        banner = _("DOSSIER COMPLET DE L'ANIMATION — CONTIENT DES CONTENUS CONFIDENTIELS")
        title = _("Dossier complet (confidentiel) — {network}, séance {number}").format(
            network=data.network, number=data.number
        )
    build(
        out,
        lambda styles: _story(data, options, styles),
        title=title,
        author=author,
        subject=data.title or title,
        footer=footer,
        page_words=_("page {page} / {total}"),
        banner=banner,
    )


def _story(data: MinutesData, options: Options, s: Styles) -> list[Flowable]:
    lang = options.language
    _ = translator(lang)
    en = lang == "en"
    width = 174 * mm
    secret = data.full_record
    story: list[Flowable] = []

    heading = _("Compte rendu de la séance {number}").format(number=data.number)
    if secret:
        heading = _("Dossier complet de la séance {number}").format(number=data.number)
    story.append(Heading(heading, s.title))
    if secret:
        story.append(
            Paragraph(
                text(
                    _(
                        "Ce document contient les cas confidentiels et les captures "
                        "confidentielles : il est réservé à l'animation, ne le diffusez pas."
                    )
                ),
                s.warning,
            )
        )
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
    for label, people in attendance_lines(data, lang):
        names = ", ".join(people) if people else "—"
        head = _("{label} ({count}) :").format(label=f"<b>{text(label)}</b>", count=len(people))
        story.append(Paragraph(f"{head} {text(names)}", s.body))

    story.append(Heading(_("Ordre du jour : prévu et réel"), s.h1))
    rows: list[list[Flowable | str]] = [
        [_("Point"), _("Méthode"), _("Prévu"), _("Réel"), _("Écart")]
    ]
    indent: list[int] = []
    for item in data.items:
        skipped = item.status is ItemStatus.SKIPPED
        rows.append(
            [
                item.heading(lang) + (" " + _("(non traité)") if skipped else ""),
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

    visible = list(data.entries)  # already what this reader may see
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
    carried = [a for a in data.carried if secret or not a.confidential]
    if carried:
        story.append(Heading(_("Actions ouvertes des séances précédentes"), s.h2, level=1))
        story.append(_actions_table(carried, s, lang, width, origin=True))

    repertoire = [e for e in visible if e.kind not in (EntryKind.DECISION, EntryKind.ACTION)]
    codev_items = {i.id for i in data.items if i.codev}
    general = [
        e for e in repertoire if not (e.kind is EntryKind.LEARNING and e.item_id in codev_items)
    ]
    story.append(Heading(_("Répertoire : entrées ajoutées ou révisées"), s.h1))
    in_cases = len(repertoire) - len(general)
    if not general and not data.revised and not in_cases:
        story.append(Paragraph(text(_("Aucune entrée ajoutée au répertoire.")), s.body))
    if in_cases:
        story.append(
            Paragraph(
                text(
                    _("{count} apprentissage(s) des cas, présentés avec chaque cas ci-dessous.")
                ).format(count=in_cases),
                s.body,
            )
        )
    for entry in general:
        label = _kind_label(entry.kind, _)
        story.append(_entry_paragraph(entry, s, prefix=f"{label} — "))
    for entry in data.revised:
        label = _("{kind} (révisé)").format(kind=_kind_label(entry.kind, _))
        story.append(_entry_paragraph(entry, s, prefix=f"{label} — "))

    for item in data.items:
        if item.codev and item.status is not ItemStatus.PENDING:
            story += _case(item, [e for e in visible if e.item_id == item.id], lang, s)

    if data.rituals:
        story += _rituals(data.rituals, lang, s, width)

    if options.include_speaking_stats and data.speakers:
        story.append(Heading(_("Temps de parole"), s.h1))
        index = decimal(data.equality, "en" if en else "fr")
        summary = _(
            "Indice d'équilibre {index} (1 : parole parfaitement partagée) · {turns} prises "
            "de parole"
        ).format(index=index, turns=data.turns)
        story.append(Paragraph(text(summary), s.body))
        story.append(_speaking_chart(data.speakers, width, lang))
        story.append(
            table(
                [[_("Membre"), _("Temps"), _("Part"), _("Prises de parole")]]
                + [
                    [
                        p.name,
                        duration_text(p.seconds, lang),
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


def _rituals(
    rounds: tuple[RitualSummary, ...], lang: str, s: Styles, width: float
) -> list[Flowable]:
    """Météo and ROTI: the mean and how many gave each score — never who gave what."""
    _ = translator(lang)
    story: list[Flowable] = [Heading(_("Météo et ROTI"), s.h1)]
    rows: list[list[Flowable | str]] = [
        [_("Rituel"), _("Moyenne"), "1", "2", "3", "4", "5", _("4–5"), _("Réponses")]
    ]
    for r in rounds:
        name = _("Météo (début)") if r.kind is RitualKind.WEATHER else _("ROTI (fin)")
        rows.append(
            [
                name,
                decimal(r.mean, lang, 1) if r.mean is not None else "—",
                *[str(n) for n in r.distribution],
                f"{round(r.high_share * 100)}\u00a0%" if r.high_share is not None else "—",
                f"{r.answered} / {r.present}",
            ]
        )
    cells = [14 * mm] * 5
    story.append(
        table(
            rows,
            [34 * mm, 20 * mm, *cells, 16 * mm, width - 140 * mm],
            s,
            extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT")],
        )
    )
    story.append(Spacer(1, 2 * mm))
    for r in rounds:
        if r.words:
            label = _("Mots de la météo") if r.kind is RitualKind.WEATHER else _("Mots du ROTI")
            said = f"<b>{text(label)}</b>{text(_(' : '))}{text(' · '.join(r.words))}"
            story.append(Paragraph(said, s.body))
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


def _entry_paragraph(entry: EntryLine, s: Styles, prefix: str = "", lang: str = "fr") -> Paragraph:
    _ = translator(lang)
    body = f"<br/><font color='#5b6770'>{text(entry.body)}</font>" if entry.body else ""
    mark = ""
    if entry.shared:
        mark = f" <i>({text(_('partagé avec l’accord du client'))})</i>"
    elif entry.confidential:
        mark = f" <i>({text(_('confidentiel'))})</i>"
    return Paragraph(f"{text(prefix)}<b>{text(entry.title)}</b>{mark}{body}", s.body)


def _case(item: ItemLine, entries: list[EntryLine], lang: str, s: Styles) -> list[Flowable]:
    """A co-development case: what this reader may know of it."""
    _ = translator(lang)
    story: list[Flowable] = [Heading(item.heading(lang), s.h1)]
    shared = _("partagé avec l’accord du client")
    if item.case_number:
        method = item.method_en if lang == "en" else item.method_fr
        story.append(
            Paragraph(
                text(
                    _(
                        "{method}, {minutes}. Ce qui a été dit du cas reste dans le groupe ; "
                        "seul ce que le client a accepté de partager figure ici."
                    ).format(method=method, minutes=minutes_text(item.actual_seconds, lang))
                ),
                s.small,
            )
        )
    elif item.notes:
        story.append(Paragraph(f"<b>{text(_('Le cas'))}</b>", s.body))
        story.append(Paragraph(text(item.notes), s.body))
    for label, value, marked in (
        (_("Contrat de consultation"), item.contract, item.contract_shared),
        (_("Plan d'action du client"), item.action_plan, item.plan_shared),
    ):
        if item.case_number and not marked:
            continue
        suffix = f" <i>({text(shared)})</i>" if marked else ""
        story.append(Paragraph(f"<b>{text(label)}</b>{suffix}", s.body))
        story.append(Paragraph(text(value) if value else "—", s.body))
    learnings = [e for e in entries if e.kind is EntryKind.LEARNING]
    if item.case_number and not item.learnings_shared:
        return story
    story.append(Paragraph(f"<b>{text(_('Apprentissages'))}</b>", s.body))
    for entry in learnings:
        story.append(_entry_paragraph(entry, s, prefix="• ", lang=lang))
    if not learnings:
        story.append(Paragraph("—", s.body))
    return story


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
        title = a.title
        if a.shared:
            title += " (" + _("partagé avec l’accord du client") + ")"
        elif a.confidential:
            title += " (" + _("confidentiel") + ")"
        rows.append([title, a.owner or "—", short_date(a.due_on, lang) if a.due_on else "—", state])
    return table(rows, widths, s)


def _axis_label(value: float, language: str) -> str:
    """A tick of the minutes axis in the reader's decimals: '0,5' in French."""
    return str(int(value)) if float(value).is_integer() else decimal(value, language, 1)


def _speaking_chart(speakers: tuple[SpeakerLine, ...], width: float, language: str) -> Flowable:
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
    chart.valueAxis.labelTextFormat = lambda value: _axis_label(value, language)
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
        found = [
            row  # the network's name whatever the case and accents
            for row in db.execute(query).all()
            if network is None or fold(row[1]) == fold(network)
        ]
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
    options: Options = DEFAULT_OPTIONS,
) -> Path:
    """Snapshot then write: what the window (off its thread) and the command line run."""
    check_destination(out)
    write_minutes(snapshot(store, meeting_id, methods, now, options.reader), out, options)
    return out
