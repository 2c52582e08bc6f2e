"""The transversal report: every network side by side, for the sponsor or the direction.

The same figures, alerts and warnings as each network's own health page and sponsor report
(``app.organisation``), on paper: a cover with the thresholds they are judged by, the table
of networks, one chart (the engaged share against the critical mass), each network's
warnings, the members shared between networks, the terms defined differently, and the
archived networks. The reader is the sponsor: nothing confidential is in the data it gets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from app.dates import long_date, short_date
from app.export.pdf import (
    ACCENT,
    WARNING,
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
from app.organisation import NetworkVitals, Organisation, read_organisation
from app.steering_indicators import FOLLOW_LATE_SHARE, FOLLOW_MIN_JUDGED
from app.steering_vitals import RECENT_SESSIONS, SLOW_RHYTHM_FACTOR
from app.store import Store

WIDTH = 174 * mm
Translate = Callable[[str], str]


def export_organisation(
    store: Store, now: datetime, out: Path, language: str = "fr", sponsor: str | None = None
) -> Path:
    """Write the transversal report of every network in ``store`` (or of those ``sponsor``
    steers) to ``out`` (PDF)."""
    check_destination(out)
    data = read_organisation(store, now, sponsor)
    write_organisation(data, out, language, now)
    return out


def write_organisation(data: Organisation, out: Path, language: str, now: datetime) -> None:
    """Typeset ``data`` as the transversal report's PDF at ``out``, in ``language``."""
    _ = translator(language)
    build(
        out,
        lambda s: _story(data, language, s, now),
        title=_("Pilotage transversal des réseaux"),
        author=data.sponsor or "Cercle",
        subject=_("Les réseaux côte à côte, pour le sponsor et la direction"),
        footer=_("Pilotage transversal · rapport émis le {date}").format(
            date=long_date(now, language)
        ),
        page_words=_("page {page} / {total}"),
    )


def _story(d: Organisation, language: str, s: Styles, now: datetime) -> list[Flowable]:
    _ = translator(language)
    story: list[Flowable] = [
        Heading(_("Pilotage transversal des réseaux"), s.title),
        Paragraph(
            text(
                _("Réseaux actifs : {active} · avec un signal d'alerte : {warned}").format(
                    active=len(d.networks), warned=d.with_warnings
                )
            ),
            s.subtitle,
        ),
        Paragraph(text(_("Situation au {date}.").format(date=long_date(now, language))), s.body),
    ]
    if d.sponsor:
        story.insert(
            1, Paragraph(text(_("Les réseaux de : {sponsor}").format(sponsor=d.sponsor)), s.h2)
        )
    if not d.networks:
        story.append(
            Paragraph(
                text(
                    _(
                        "Aucun réseau actif dans cette base : créez un réseau, ou fusionnez ceux "
                        "des animateurs, pour les comparer ici."
                    )
                ),
                s.body,
            )
        )
    elif len(d.networks) == 1:
        story.append(
            Paragraph(
                text(
                    _(
                        "Un seul réseau dans cette base : la vue transversale compare plusieurs "
                        "réseaux (une base d'organisation, ou des réseaux fusionnés)."
                    )
                ),
                s.body,
            )
        )
    if d.networks:
        story.append(_key_figures(d, _, s))
    story += _reading_key(_, language, s)
    if d.networks:
        story.append(PageBreak())
        story.append(Heading(_("Les réseaux côte à côte"), s.h1))
        story.append(_side_by_side(d.networks, _, language, s))
        story.append(
            KeepTogether(
                [Heading(_("Membres engagés par réseau"), s.h1), _mass_chart(d.networks, _)]
            )
        )
        story += _warnings(d.networks, _, s)
    story += _shared(d, _, s)
    story += _archived(d, _, language, s)
    return story


def _key_figures(d: Organisation, _: Translate, s: Styles) -> Flowable:
    warned = [r.name for r in d.networks if r.warnings]
    rows: list[list[Flowable | str]] = [
        [_("Réseaux actifs"), str(len(d.networks))],
        [_("Membres (une personne comptée une fois)"), str(d.people)],
        [_("Membres de plusieurs réseaux"), str(len(d.coexistence.people))],
        [_("Séances tenues"), str(sum(r.sessions_held for r in d.networks))],
        [_("Réseaux avec un signal d'alerte"), ", ".join(warned) if warned else "—"],
        [_("Réseaux archivés"), str(len(d.archived))],
    ]
    return table(rows, [70 * mm, WIDTH - 70 * mm], s, header=False)


def _reading_key(_: Translate, language: str, s: Styles) -> list[Flowable]:
    """The thresholds the figures are judged by: the same as each network's dashboard."""
    judged = [
        _("Membres engagés : noyau et actifs ; en alerte sous le tiers des membres."),
        _(
            "Rythme : écart moyen entre les {n} dernières séances ; en alerte au-delà de {factor} "
            "fois le rythme visé."
        ).format(n=RECENT_SESSIONS, factor=decimal(SLOW_RHYTHM_FACTOR, language, 1)),
        _(
            "Équilibre de la parole : moyenne des {n} dernières séances (1 = parole partagée)."
        ).format(n=RECENT_SESSIONS),
        _("ROTI : celui de la dernière séance, sur 5 ; en alerte s'il baisse trois fois de suite."),
        _(
            "Actions : à l'heure sur celles dont l'échéance est passée ; en alerte à partir de "
            "{min} actions jugées dont plus de {share} % en retard."
        ).format(min=FOLLOW_MIN_JUDGED, share=round(FOLLOW_LATE_SHARE * 100)),
        _("Prochaine séance : en alerte quand aucune n'est planifiée."),
    ]
    story: list[Flowable] = [Spacer(1, 6 * mm), Heading(_("Comment lire ce rapport"), s.h1)]
    story.append(
        Paragraph(
            text(
                _(
                    "Chaque ligne reprend le tableau de bord de son réseau, avec les mêmes seuils. "
                    "Une valeur en alerte est écrite en rouge et marquée ⚠."
                )
            ),
            s.body,
        )
    )
    story += [Paragraph(text("• " + line), s.body) for line in judged]
    story.append(
        Paragraph(
            text(
                _(
                    "Aucun cas de codéveloppement, aucun client ni contenu confidentiel ne figure "
                    "dans ce rapport."
                )
            ),
            s.small,
        )
    )
    return story


def _cell(value: str, alert: bool, s: Styles) -> Paragraph:
    if alert:
        return Paragraph(text("⚠ " + value), ParagraphStyle("alert", s.cell, textColor=WARNING))
    return Paragraph(text(value), s.cell)


def _side_by_side(
    rows: tuple[NetworkVitals, ...], _: Translate, language: str, s: Styles
) -> Flowable:
    header: list[Flowable | str] = [
        _("Réseau"),
        _("Engagés"),
        _("Séances"),
        _("Rythme (visé)"),
        _("Équilibre"),
        _("ROTI"),
        _("Actions à l'heure"),
        _("Prochaine séance"),
    ]
    cells: list[list[Flowable | str]] = [header]
    for r in rows:
        alerts = r.alerts
        cells.append(
            [
                Paragraph(text(r.name), s.cell_bold),
                _cell(f"{r.mass.engaged} / {r.mass.members}", alerts["mass"], s),
                str(r.sessions_held),
                _cell(
                    ("—" if r.rhythm.days is None else _("{days} j").format(days=r.rhythm.days))
                    + " ("
                    + _("{days} j").format(days=r.rhythm.target_days)
                    + ")",
                    alerts["rhythm"],
                    s,
                ),
                "—" if r.balance is None else decimal(r.balance, language),
                _cell(
                    "—" if r.roti is None else decimal(r.roti.mean, language, 1),
                    alerts["roti"],
                    s,
                ),
                _cell(f"{r.follow.on_time} / {r.follow.judged}", alerts["actions"], s),
                _cell(
                    "—"
                    if r.next_session is None
                    else short_date(r.next_session.astimezone().date(), language),
                    alerts["next"],
                    s,
                ),
            ]
        )
    widths = [44, 18, 17, 22, 19, 12, 20, 22]  # mm: eight columns on a portrait page
    return table(
        cells,
        [w * mm for w in widths],
        s,
        extra=[
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ],
    )


def _mass_chart(rows: tuple[NetworkVitals, ...], _: Translate) -> Flowable:
    """The engaged share of each network, against the third the founding document asks for."""
    bar = 5.5 * mm if len(rows) <= 20 else 3.2 * mm
    height = len(rows) * bar
    drawing = Drawing(WIDTH, height + 16 * mm)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 52 * mm, 8 * mm, WIDTH - 60 * mm, height
    ordered = list(reversed(rows))  # the first network at the top, as in the table
    chart.data = [[round(r.mass.share * 100) for r in ordered]]
    chart.categoryAxis.categoryNames = [r.name[:38] for r in ordered]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7 if len(rows) <= 20 else 5.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%.0f %%"
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    for index, r in enumerate(ordered):
        if r.alerts["mass"]:
            chart.bars[(0, index)].fillColor = WARNING
    drawing.add(chart)
    third = chart.x + chart.width / 3
    drawing.add(
        Line(
            third,
            chart.y,
            third,
            chart.y + height,
            strokeColor=colors.HexColor("#b3261e"),
            strokeDashArray=[3, 2],
        )
    )
    drawing.add(
        String(
            third + 2,
            chart.y + height + 2,
            _("un tiers"),
            fontName=FONT,
            fontSize=7,
            fillColor=colors.HexColor("#b3261e"),
        )
    )
    return drawing


def _warnings(rows: tuple[NetworkVitals, ...], _: Translate, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [Heading(_("À regarder, réseau par réseau"), s.h1)]
    calm = [r.name for r in rows if not r.warnings]
    for r in rows:
        if r.warnings:
            story.append(Paragraph(text(r.name), s.h2))
            story += [Paragraph(text("• " + w), s.body) for w in r.warnings]
    if calm and len(calm) == len(rows):
        story.append(
            Paragraph(
                text(_("Aucun signal d'alerte dans les {count} réseaux.").format(count=len(rows))),
                s.body,
            )
        )
    elif calm:
        story.append(
            Paragraph(
                text(_("Sans signal d'alerte : {names}.").format(names=", ".join(calm))), s.body
            )
        )
    return story


def _shared(d: Organisation, _: Translate, s: Styles) -> list[Flowable]:
    both = d.coexistence
    story: list[Flowable] = [Heading(_("Membres partagés entre réseaux"), s.h1)]
    if not both.people:
        story.append(Paragraph(text(_("Aucun membre n'appartient à plusieurs réseaux.")), s.body))
    else:
        rows: list[list[Flowable | str]] = [[_("Réseau"), _("Réseau"), _("Membres en commun")]]
        rows += [[a, b, str(n)] for a, b, n in both.shared_members]
        story.append(
            table(rows, [70 * mm, 70 * mm, 34 * mm], s, extra=[("ALIGN", (2, 0), (2, -1), "RIGHT")])
        )
        story.append(Spacer(1, 4 * mm))
        people: list[list[Flowable | str]] = [[_("Membre"), _("Ses réseaux")]]
        people += [[name, ", ".join(networks)] for name, networks in both.people]
        story.append(table(people, [60 * mm, WIDTH - 60 * mm], s))
    story.append(Heading(_("Termes définis différemment"), s.h1))
    if not both.term_conflicts:
        story.append(
            Paragraph(
                text(_("Aucun terme n'est défini différemment d'un réseau à l'autre.")), s.body
            )
        )
    for term, definitions in both.term_conflicts:
        story.append(Paragraph(text(_("« {term} »").format(term=term)), s.h2))
        story.append(
            table(
                [[network, body] for network, body in definitions],
                [50 * mm, WIDTH - 50 * mm],
                s,
                header=False,
            )
        )
    return story


def _archived(d: Organisation, _: Translate, language: str, s: Styles) -> list[Flowable]:
    if not d.archived:
        return []
    rows: list[list[Flowable | str]] = [
        [_("Réseau archivé"), _("Archivé le"), _("Séances tenues"), _("Dernière séance")]
    ]
    for r in d.archived:
        rows.append(
            [
                r.name,
                short_date(r.archived_at.astimezone().date(), language) if r.archived_at else "—",
                str(r.sessions_held),
                short_date(r.last_session.astimezone().date(), language) if r.last_session else "—",
            ]
        )
    return [
        Heading(_("Réseaux archivés"), s.h1),
        Paragraph(text(_("Archivés, ils ne comptent pas parmi les réseaux comparés.")), s.small),
        table(rows, [74 * mm, 34 * mm, 32 * mm, 34 * mm], s),
    ]
