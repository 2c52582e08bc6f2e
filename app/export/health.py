"""The sponsor's report: the network's health on paper, from the same indicators as the screen."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from app.dates import long_date, short_date
from app.export.pdf import (
    ACCENT,
    Heading,
    Paragraph,
    Styles,
    build,
    check_destination,
    table,
    text,
)
from app.export.typesetting import FONT
from app.i18n import decimal, translator
from app.steering import Dashboard, dashboard
from app.steering_history import load_history
from app.steering_vitals import RECENT_SESSIONS
from app.store import Store
from app.vocabulary import circle_name
from models import Circle

WIDTH = 174 * mm


def export_health(
    store: Store, network_id: uuid.UUID, now: datetime, out: Path, language: str = "fr"
) -> Path:
    """The sponsor's report of a network as a PDF; returns where it was written."""
    check_destination(out)
    with store.session() as db, db.begin():
        data = dashboard(load_history(db, network_id), now.astimezone().date())
    write_health(data, out, language, now)
    return out


def write_health(data: Dashboard, out: Path, language: str, now: datetime) -> None:
    """Lay the sponsor's report out as a PDF at ``out`` (the dashboard's own figures)."""
    _ = translator(language)
    name = data.profile.name
    build(
        out,
        lambda s: _story(data, language, s, now.astimezone().date()),
        title=_("Santé du réseau — {network}").format(network=name),
        author=data.profile.sponsor or name,
        subject=_("Tableau de bord du réseau pour son sponsor"),
        footer=_("{network} · rapport émis le {date}").format(
            network=name, date=long_date(now, language)
        ),
        page_words=_("page {page} / {total}"),
    )


def _story(d: Dashboard, language: str, s: Styles, today: date) -> list[Flowable]:
    _ = translator(language)
    mass = d.mass
    story: list[Flowable] = [
        Heading(_("Santé du réseau"), s.title),
        Paragraph(text(d.profile.name), s.subtitle),
    ]
    f = d.follow
    facts = [
        (
            _("Membres engagés (noyau + actifs)"),
            f"{mass.engaged} / {mass.members}"
            + (
                " — " + (_("au moins un tiers") if mass.reached else _("moins d'un tiers"))
                if mass.members
                else ""
            ),
        ),
        (_("Séances tenues"), str(d.sessions_held)),
        (
            _("Rythme (6 dernières)"),
            (f"{d.rhythm.days} j" if d.rhythm.days is not None else "—")
            + " "
            + _("pour {target} j visés").format(target=d.rhythm.target_days),
        ),
        (
            _("Équilibre de la parole"),
            "—" if d.balance is None else decimal(d.balance, language),
        ),
        (
            _("Actions"),
            _(
                "{on_time} à l'heure, {late} en retard, {open} en cours, {dropped} abandonnées"
            ).format(on_time=f.on_time, late=f.late, open=f.open, dropped=f.dropped),
        ),
        (
            _("Prochaine séance"),
            long_date(d.planned[0].start, language) if d.planned else _("à planifier"),
        ),
    ]
    # The sponsor never reads a co-development case, nor who brought it (app.confidentiality:
    # the client's name is part of the case): how many have been client, not who.
    clients = sum(1 for m in d.members if m.been_client)
    if clients:
        facts.append((_("Déjà clients en codéveloppement"), f"{clients} / {len(d.members)}"))
    story.append(table([[k, v] for k, v in facts], [62 * mm, WIDTH - 62 * mm], s, header=False))
    story.append(Heading(_("À regarder"), s.h1))
    for warning in d.warnings or (_("Aucun signal d'alerte."),):
        story.append(Paragraph(text("• " + warning), s.body))
    story.append(Heading(_("Cercles d'engagement"), s.h1))
    story.append(_circles_chart(d, language))
    story.append(Heading(_("Équilibre de la parole par séance"), s.h1))
    story.append(
        _line(
            [e for _w, e in d.equality],
            1.0,
            language,
            [str(d.session_numbers.get(w, n)) for n, (w, _e) in enumerate(d.equality, 1)],
        )
    )
    story += _roti(d, language, s)
    story.append(Heading(_("Ceux qui portent le réseau"), s.h1))
    rows: list[list[Flowable | str]] = [[_("Membre"), _("Captures"), _("Actions menées")]]
    rows += [  # someone carried here only by the case they brought is not named either
        [n, str(c.captures), str(c.actions_closed)]
        for n, c in d.leaders
        if c.captures or c.actions_closed
    ]
    story.append(table(rows, [100 * mm, 37 * mm, 37 * mm], s))
    story.append(Heading(_("Les membres"), s.h1))
    rows = [[_("Membre"), _("Cercle"), _("Présence 3"), _("Présence 6")]]
    for m in d.members:
        rows.append(
            [
                m.name,
                circle_name(m.circle, language),
                "—" if m.attendance3 is None else f"{round(m.attendance3 * 100)} %",
                "—" if m.attendance6 is None else f"{round(m.attendance6 * 100)} %",
            ]
        )
    story.append(table(rows, [80 * mm, 40 * mm, 27 * mm, 27 * mm], s))
    return story


def _circles_chart(d: Dashboard, language: str) -> Flowable:
    _ = translator(language)
    counts = [sum(1 for m in d.members if m.circle is c) for c in Circle]
    drawing = Drawing(WIDTH, 55 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 10 * mm, WIDTH - 24 * mm, 40 * mm
    chart.data = [counts]
    chart.categoryAxis.categoryNames = [circle_name(c, language) for c in Circle]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*counts, 1]) + 1
    chart.valueAxis.labels.fontName = FONT
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    third = d.mass.members / 3
    y = chart.y + chart.height * third / chart.valueAxis.valueMax
    drawing.add(
        Line(
            chart.x,
            y,
            chart.x + chart.width,
            y,
            strokeColor=colors.HexColor("#b3261e"),
            strokeDashArray=[3, 2],
        )
    )
    drawing.add(
        String(
            chart.x + chart.width,
            y + 2,
            "⅓",
            fontName=FONT,
            fontSize=8,
            textAnchor="end",
            fillColor=colors.HexColor("#b3261e"),
        )
    )
    return KeepTogether([drawing])


def _roti(d: Dashboard, language: str, s: Styles) -> list[Flowable]:
    """How the group rates its sessions (ROTI, 1–5): mean, share of 4–5, participation."""
    _ = translator(language)
    story: list[Flowable] = [Heading(_("ROTI : ce que les membres retirent des séances"), s.h1)]
    if not d.roti:
        story.append(Paragraph(text(_("Aucun ROTI n'a encore été fait.")), s.body))
        return story
    story.append(_line([p.mean for p in d.roti], 5.0, language, [str(p.session) for p in d.roti]))
    rows: list[list[Flowable | str]] = [
        [_("Séance"), _("Date"), _("ROTI moyen"), _("Part de 4–5"), _("Participation")]
    ]
    for p in d.roti[-RECENT_SESSIONS:]:
        rows.append(
            [
                str(p.session),
                short_date(p.on.astimezone().date(), language),
                decimal(p.mean, language, 1),
                f"{round(p.high_share * 100)} %",
                "—" if p.participation is None else f"{round(p.participation * 100)} %",
            ]
        )
    story.append(
        table(
            rows,
            [24 * mm, 40 * mm, 36 * mm, 36 * mm, WIDTH - 136 * mm],
            s,
            extra=[("ALIGN", (2, 0), (-1, -1), "RIGHT")],
        )
    )
    return story


def _line(
    values: list[float], top: float, language: str, labels: list[str] | None = None
) -> Flowable:
    """A line over the sessions, labelled by their numbers (not by an index)."""
    drawing = Drawing(WIDTH, 45 * mm)
    if not values:
        return drawing
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 8 * mm, WIDTH - 24 * mm, 32 * mm
    chart.data = [values]
    chart.categoryAxis.categoryNames = labels or [str(n) for n in range(1, len(values) + 1)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = top / 5
    chart.valueAxis.labelTextFormat = lambda value: decimal(value, language, 1)
    chart.valueAxis.labels.fontName = FONT
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 2
    drawing.add(chart)
    return KeepTogether([drawing])
