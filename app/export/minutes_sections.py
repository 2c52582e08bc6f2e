"""The PDF minutes' sections that have a shape of their own: a co-development case, the
actions table, the météo and ROTI, the speaking-time chart; and the gap in time every format
writes the same way."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.dates import minutes_text, short_date
from app.export.minutes_data import (
    EntryLine,
    ItemLine,
    SpeakerLine,
)
from app.export.pdf import (
    ACCENT,
    Heading,
    Paragraph,
    Styles,
    table,
    text,
)
from app.export.typesetting import FONT
from app.i18n import decimal, translator
from app.rituals import RitualSummary
from app.vocabulary import action_status_name
from models import EntryKind, RitualKind


def rituals_section(
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


def gap_text(seconds: float, language: str) -> str:
    """An item's gap to its plan in minutes, signed; '=' within half a minute."""
    if abs(seconds) < 30:
        return "="
    sign = "+" if seconds > 0 else "−"
    return sign + minutes_text(abs(seconds), language)


def entry_paragraph(entry: EntryLine, s: Styles, prefix: str = "", lang: str = "fr") -> Paragraph:
    """One captured entry as a paragraph (its body muted, marks for what was shared)."""
    _ = translator(lang)
    body = f"<br/><font color='#5b6770'>{text(entry.body)}</font>" if entry.body else ""
    mark = ""
    if entry.shared:
        mark = f" <i>({text(_('partagé avec l’accord du client'))})</i>"
    elif entry.confidential:
        mark = f" <i>({text(_('confidentiel'))})</i>"
    return Paragraph(f"{text(prefix)}<b>{text(entry.title)}</b>{mark}{body}", s.body)


def case_section(item: ItemLine, entries: list[EntryLine], lang: str, s: Styles) -> list[Flowable]:
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
        story.append(entry_paragraph(entry, s, prefix="• ", lang=lang))
    if not learnings:
        story.append(Paragraph("—", s.body))
    return story


def actions_table(
    actions: list[EntryLine], s: Styles, lang: str, width: float, origin: bool = False
) -> Flowable:
    """The actions as a PDF table (owner, due date; the session they came from if asked)."""
    _ = translator(lang)
    if not actions:
        return Paragraph(text(_("Aucune action.")), s.body)
    header = [_("Action"), _("Responsable"), _("Échéance"), _("Statut")]
    widths = [72 * mm, 36 * mm, 26 * mm, 40 * mm]
    rows: list[list[Flowable | str]] = [header]
    for a in actions:
        state = action_status_name(a.action_status, lang)
        if origin and a.from_session:
            state += " " + _("(séance {number})").format(number=a.from_session)
        title = a.title
        if a.shared:
            title += " (" + _("partagé avec l’accord du client") + ")"
        elif a.confidential:
            title += " (" + _("confidentiel") + ")"
        rows.append([title, a.owner or "—", short_date(a.due_on, lang) if a.due_on else "—", state])
    return table(rows, widths, s)


def axis_label(value: float, language: str) -> str:
    """A tick of the minutes axis in the reader's decimals: '0,5' in French."""
    return str(int(value)) if float(value).is_integer() else decimal(value, language, 1)


def speaking_chart(speakers: tuple[SpeakerLine, ...], width: float, language: str) -> Flowable:
    """Each speaker's share of the time as horizontal bars."""
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
    chart.valueAxis.labelTextFormat = lambda value: axis_label(value, language)
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    drawing.add(
        String(chart.x + chart.width, 0, "min", fontName=FONT, fontSize=7, textAnchor="end")
    )
    return KeepTogether([drawing])
