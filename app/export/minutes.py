"""Session minutes (compte rendu) as PDF (DOMAIN.md §7).

``snapshot()`` (app.export.minutes_data) reads everything in one read transaction into plain
data already filtered for its reader; ``write_minutes()`` turns that data into the document,
without touching the database — so the window can run it off the UI thread, and the command
line the same way. It never decides what is confidential: the snapshot did.

The layout of the document's flow is here; the sections with a shape of their own (a case,
the actions table, the rituals, the speaking chart) are in ``minutes_sections``; the data is
in ``minutes_data``, the other formats' layout in ``minutes_content``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select

from app.dates import clock_time, duration_text, long_date, minutes_text
from app.engine.state import ItemStatus
from app.export.minutes_data import (
    MinutesData,
    Options,
    attendance_lines,
    snapshot,
)
from app.export.minutes_sections import (
    actions_table,
    case_section,
    entry_paragraph,
    gap_text,
    rituals_section,
    speaking_chart,
)
from app.export.pdf import (
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
from app.store import Store
from app.text import fold
from app.vocabulary import kind_name
from models import EntryKind, Meeting, Network

DEFAULT_OPTIONS = Options()
WIDTH = 174 * mm  # the text block of an A4 page


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
    story = _title_block(data, lang, s)
    story += _participants(data, lang, s)
    story += _agenda(data, lang, s)
    story += _decisions_and_actions(data, lang, s)
    story += _repertoire(data, lang, s)
    visible = list(data.entries)  # already what this reader may see
    for item in data.items:
        if item.codev and item.status is not ItemStatus.PENDING:
            story += case_section(item, [e for e in visible if e.item_id == item.id], lang, s)
    if data.rituals:
        story += rituals_section(data.rituals, lang, s, WIDTH)
    if options.include_speaking_stats and data.speakers:
        story += _speaking(data, lang, s)
    story += _next_meeting(data, lang, s)
    return story


def _title_block(data: MinutesData, lang: str, s: Styles) -> list[Flowable]:
    """The heading, the full record's warning, the network and title, the session's facts."""
    _ = translator(lang)
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
        (_("Format"), data.format_en if lang == "en" else data.format_fr),
        (_("Date"), long_date(data.planned_start, lang)),
        (_("Lieu"), data.place or "—"),
        (_("Horaires"), span),
        (_("Animation"), data.facilitator or "—"),
        (_("Secrétariat"), data.scribe or "—"),
    ]
    story.append(table([[k, v] for k, v in facts], [38 * mm, WIDTH - 38 * mm], s, header=False))
    return story


def _participants(data: MinutesData, lang: str, s: Styles) -> list[Flowable]:
    """Who was present, excused, absent — one line each."""
    _ = translator(lang)
    story: list[Flowable] = [Heading(_("Participants"), s.h1)]
    for label, people in attendance_lines(data, lang):
        names = ", ".join(people) if people else "—"
        head = _("{label} ({count}) :").format(label=f"<b>{text(label)}</b>", count=len(people))
        story.append(Paragraph(f"{head} {text(names)}", s.body))
    return story


def _agenda(data: MinutesData, lang: str, s: Styles) -> list[Flowable]:
    """The agenda as planned and as held, each item's phases indented under it."""
    _ = translator(lang)
    en = lang == "en"
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
                "—" if skipped else gap_text(item.actual_seconds - item.planned_seconds, lang),
            ]
        )
        for phase in item.phases:
            indent.append(len(rows))
            cells = [
                phase.name_en if en else phase.name_fr,
                "",
                minutes_text(phase.planned_seconds, lang),
                minutes_text(phase.actual_seconds, lang),
                gap_text(phase.actual_seconds - phase.planned_seconds, lang),
            ]
            rows.append([Paragraph(text(c), s.cell_muted) for c in cells])
    phase_style = [("LEFTPADDING", (0, r), (0, r), 16) for r in indent]
    return [
        Heading(_("Ordre du jour : prévu et réel"), s.h1),
        table(
            rows,
            [70 * mm, 34 * mm, 23 * mm, 23 * mm, 24 * mm],
            s,
            extra=[("ALIGN", (2, 0), (-1, -1), "RIGHT"), *phase_style],
        ),
    ]


def _decisions_and_actions(data: MinutesData, lang: str, s: Styles) -> list[Flowable]:
    """The decisions numbered, the actions decided, then those carried from before."""
    _ = translator(lang)
    decisions = [e for e in data.entries if e.kind is EntryKind.DECISION]
    story: list[Flowable] = [Heading(_("Décisions"), s.h1)]
    if decisions:
        for number, entry in enumerate(decisions, 1):
            story.append(entry_paragraph(entry, s, prefix=f"{number}. "))
    else:
        story.append(Paragraph(text(_("Aucune décision n'a été prise.")), s.body))

    actions = [e for e in data.entries if e.kind is EntryKind.ACTION]
    story.append(Heading(_("Actions"), s.h1))
    story.append(actions_table(actions, s, lang, WIDTH))
    carried = [a for a in data.carried if data.full_record or not a.confidential]
    if carried:
        story.append(Heading(_("Actions ouvertes des séances précédentes"), s.h2, level=1))
        story.append(actions_table(carried, s, lang, WIDTH, origin=True))
    return story


def _repertoire(data: MinutesData, lang: str, s: Styles) -> list[Flowable]:
    """The repertoire's entries added or revised; the cases' learnings are only counted here."""
    _ = translator(lang)
    repertoire = [e for e in data.entries if e.kind not in (EntryKind.DECISION, EntryKind.ACTION)]
    codev_items = {i.id for i in data.items if i.codev}
    general = [
        e for e in repertoire if not (e.kind is EntryKind.LEARNING and e.item_id in codev_items)
    ]
    story: list[Flowable] = [Heading(_("Répertoire : entrées ajoutées ou révisées"), s.h1)]
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
        label = kind_name(entry.kind, lang)
        story.append(entry_paragraph(entry, s, prefix=f"{label} — "))
    for entry in data.revised:
        label = _("{kind} (révisé)").format(kind=kind_name(entry.kind, lang))
        story.append(entry_paragraph(entry, s, prefix=f"{label} — "))
    return story


def _speaking(data: MinutesData, lang: str, s: Styles) -> list[Flowable]:
    """The speaking-time balance: its index, the chart and the table per member."""
    _ = translator(lang)
    index = decimal(data.equality, "en" if lang == "en" else "fr")
    summary = _(
        "Indice d'équilibre {index} (1 : parole parfaitement partagée) · {turns} prises de parole"
    ).format(index=index, turns=data.turns)
    return [
        Heading(_("Temps de parole"), s.h1),
        Paragraph(text(summary), s.body),
        speaking_chart(data.speakers, WIDTH, lang),
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
        ),
    ]


def _next_meeting(data: MinutesData, lang: str, s: Styles) -> list[Flowable]:
    """When and where the next session is, or that it is not planned yet."""
    _ = translator(lang)
    story: list[Flowable] = [Heading(_("Prochaine séance"), s.h1)]
    if data.next_meeting is not None:
        start, place = data.next_meeting
        when = f"{long_date(start, lang)}, {clock_time(start)}"
        story.append(Paragraph(text(when + (f" — {place}" if place else "")), s.body))
    else:
        story.append(Paragraph(text(_("Pas encore planifiée.")), s.body))
    story.append(Spacer(1, 8 * mm))
    return story


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
