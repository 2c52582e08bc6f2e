"""What the minutes say, apart from how a format lays it out (Markdown, Word, e-mail).

``minutes_blocks()`` turns one ``MinutesData`` snapshot into a short list of plain blocks —
title, sections, facts, tables, entries — in the chosen language, with the confidentiality
rule applied once: a confidential capture, a confidential carried action and a confidential
co-development case (reduced to "Cas n° N (confidentiel)", its method and its duration) stay
out unless the facilitator asked for the confidential record. Each format only renders
blocks, so none of them can say more than another, and none reads the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.dates import clock_time, long_date, minutes_text, short_date
from app.engine.state import ItemStatus
from app.export.minutes_data import EntryLine, ItemLine, MinutesData, Options, attendance_lines

# One wording of gaps and kinds for every layout: the PDF's own.
from app.export.minutes_sections import gap_text
from app.i18n import decimal, translator
from app.rituals import RitualSummary
from app.vocabulary import action_status_name, kind_name
from models import EntryKind, RitualKind

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def clean(value: str) -> str:
    """``value`` without the control characters no document format can hold."""
    return _CONTROL.sub("", value)


@dataclass(frozen=True)
class Title:
    text: str
    subtitle: str
    note: str = ""  # "provisional document" while the session is not closed


@dataclass(frozen=True)
class Section:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Line:
    """A paragraph, with an optional label in bold before it ("Présents (5) : …")."""

    text: str
    label: str = ""
    muted: bool = False
    colon: str = " : "  # between label and text: French spaces it, English does not


@dataclass(frozen=True)
class Entry:
    """A capture: an optional prefix ("1.", "Terme —"), its title in bold, its body under it."""

    title: str
    body: str = ""
    prefix: str = ""


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    right: tuple[int, ...] = ()  # columns aligned right (durations)
    indented: frozenset[int] = field(default_factory=frozenset)  # rows shown as sub-rows


Block = Title | Section | Line | Entry | Table


def visible_entries(data: MinutesData) -> list[EntryLine]:
    """The captures of the session this snapshot's reader may see (``app.confidentiality``
    already decided when the snapshot was taken: no layout filters on its own)."""
    return list(data.entries)


def item_title(item: ItemLine, language: str) -> str:
    """The item's name for this reader: a withheld case by its number only."""
    return clean(item.heading(language))


def session_span(data: MinutesData) -> str:
    """When the session ran, from its start to its end (… while it runs)."""
    if data.started_at is None:
        return "—"
    end = clock_time(data.ended_at) if data.ended_at else "…"
    return f"{clock_time(data.started_at)} – {end}"


def next_meeting_text(data: MinutesData, language: str) -> str:
    """The next session as the minutes announce it."""
    _ = translator(language)
    if data.next_meeting is None:
        return _("Pas encore planifiée.")
    start, place = data.next_meeting
    when = f"{long_date(start, language)}, {clock_time(start)}"
    return when + (f" — {clean(place)}" if place else "")


def minutes_blocks(data: MinutesData, options: Options) -> list[Block]:
    """The minutes of ``data`` as blocks, in ``options.language``."""
    lang = options.language
    _ = translator(lang)
    visible = visible_entries(data)
    blocks = _head(data, lang) + _agenda(data, lang)
    blocks += _decisions_and_actions(data, visible, lang)
    blocks += _repertoire(data, visible, lang)
    for item in data.items:
        if item.codev and item.status is not ItemStatus.PENDING:
            blocks += _case(item, visible, options)
    if data.rituals:
        blocks += _rituals(data.rituals, lang)
    if options.include_speaking_stats and data.speakers:
        blocks += _speaking(data, lang)
    blocks.append(Section(_("Prochaine séance")))
    blocks.append(Line(next_meeting_text(data, lang)))
    return blocks


def _head(data: MinutesData, lang: str) -> list[Block]:
    """The title and its notes, the session's facts, who attended."""
    _ = translator(lang)
    en = lang == "en"
    blocks: list[Block] = [
        Title(
            (
                _("Dossier complet de la séance {number}")
                if data.full_record
                else _("Compte rendu de la séance {number}")
            ).format(number=data.number),
            " · ".join(clean(p) for p in (data.network, data.title) if p),
            " ".join(
                note
                for note, shown in (
                    (
                        _(
                            "Ce document contient les cas confidentiels et les captures "
                            "confidentielles : il est réservé à l'animation, ne le diffusez pas."
                        ),
                        data.full_record,
                    ),
                    (_("Document provisoire : la séance n'est pas close."), not data.closed),
                )
                if shown
            ),
        ),
        Table(
            None,
            (
                (_("Format"), data.format_en if en else data.format_fr),
                (_("Date"), long_date(data.planned_start, lang)),
                (_("Lieu"), clean(data.place) or "—"),
                (_("Horaires"), session_span(data)),
                (_("Animation"), clean(data.facilitator) or "—"),
                (_("Secrétariat"), clean(data.scribe) or "—"),
            ),
        ),
        Section(_("Participants")),
    ]
    for label, people in attendance_lines(data, lang):
        names = ", ".join(clean(p) for p in people) if people else "—"
        blocks.append(Line(names, label=f"{label} ({len(people)})", colon=_(" : ")))
    return blocks


def _agenda(data: MinutesData, lang: str) -> list[Block]:
    """The agenda as planned and as held, each item's phases indented under it."""
    _ = translator(lang)
    en = lang == "en"
    blocks: list[Block] = []
    blocks.append(Section(_("Ordre du jour : prévu et réel")))
    rows: list[tuple[str, ...]] = []
    indented: set[int] = set()
    for item in data.items:
        skipped = item.status is ItemStatus.SKIPPED
        rows.append(
            (
                item_title(item, lang) + (" " + _("(non traité)") if skipped else ""),
                item.method_en if en else item.method_fr,
                minutes_text(item.planned_seconds, lang),
                "—" if skipped else minutes_text(item.actual_seconds, lang),
                "—" if skipped else gap_text(item.actual_seconds - item.planned_seconds, lang),
            )
        )
        for phase in item.phases:
            indented.add(len(rows))
            rows.append(
                (
                    phase.name_en if en else phase.name_fr,
                    "",
                    minutes_text(phase.planned_seconds, lang),
                    minutes_text(phase.actual_seconds, lang),
                    gap_text(phase.actual_seconds - phase.planned_seconds, lang),
                )
            )
    blocks.append(
        Table(
            (_("Point"), _("Méthode"), _("Prévu"), _("Réel"), _("Écart")),
            tuple(rows),
            right=(2, 3, 4),
            indented=frozenset(indented),
        )
    )

    return blocks


def _decisions_and_actions(data: MinutesData, visible: list[EntryLine], lang: str) -> list[Block]:
    """The decisions numbered, the actions decided, then those carried from before."""
    _ = translator(lang)
    blocks: list[Block] = []
    decisions = [e for e in visible if e.kind is EntryKind.DECISION]
    blocks.append(Section(_("Décisions")))
    if decisions:
        blocks += [
            Entry(clean(e.title), clean(e.body), f"{n}.") for n, e in enumerate(decisions, 1)
        ]
    else:
        blocks.append(Line(_("Aucune décision n'a été prise.")))

    blocks.append(Section(_("Actions")))
    blocks.append(actions_table([e for e in visible if e.kind is EntryKind.ACTION], lang))
    carried = list(data.carried)
    if carried:
        blocks.append(Section(_("Actions ouvertes des séances précédentes"), level=2))
        blocks.append(actions_table(carried, lang, origin=True))

    return blocks


def _repertoire(data: MinutesData, visible: list[EntryLine], lang: str) -> list[Block]:
    """The repertoire's entries added or revised (the cases' learnings go with each case)."""
    _ = translator(lang)
    blocks: list[Block] = []
    codev_items = {i.id for i in data.items if i.codev}
    general = [
        e
        for e in visible
        if e.kind not in (EntryKind.DECISION, EntryKind.ACTION)
        and not (e.kind is EntryKind.LEARNING and e.item_id in codev_items)
    ]
    revised = list(data.revised)
    blocks.append(Section(_("Répertoire : entrées ajoutées ou révisées")))
    if not general and not revised:
        blocks.append(Line(_("Aucune entrée ajoutée au répertoire.")))
    for entry in general:
        blocks.append(Entry(clean(entry.title), clean(entry.body), kind_name(entry.kind, lang)))
    for entry in revised:
        label = _("{kind} (révisé)").format(kind=kind_name(entry.kind, lang))
        blocks.append(Entry(clean(entry.title), clean(entry.body), label))

    return blocks


def _speaking(data: MinutesData, lang: str) -> list[Block]:
    """The speaking-time balance: its index and the table per member."""
    _ = translator(lang)
    blocks: list[Block] = []
    blocks.append(Section(_("Temps de parole")))
    summary = _(
        "Indice d'équilibre {index} (1 : parole parfaitement partagée) · {turns} prises de parole"
    ).format(index=decimal(data.equality, lang), turns=data.turns)
    blocks.append(Line(summary))
    blocks.append(
        Table(
            (_("Membre"), _("Temps"), _("Part"), _("Prises de parole")),
            tuple(
                (
                    clean(p.name),
                    minutes_text(p.seconds, lang),
                    f"{round(p.share * 100)}\u00a0%",
                    str(p.turns),
                )
                for p in data.speakers
            ),
            right=(1, 2, 3),
        )
    )
    return blocks


def _rituals(rounds: tuple[RitualSummary, ...], lang: str) -> list[Block]:
    """Météo and ROTI as the PDF gives them: mean and how many gave each score, never who."""
    _ = translator(lang)
    rows = []
    words: list[Block] = []
    for r in rounds:
        weather = r.kind is RitualKind.WEATHER
        rows.append(
            (
                _("Météo (début)") if weather else _("ROTI (fin)"),
                decimal(r.mean, lang, 1) if r.mean is not None else "—",
                *(str(n) for n in r.distribution),
                f"{round(r.high_share * 100)}\u00a0%" if r.high_share is not None else "—",
                f"{r.answered} / {r.present}",
            )
        )
        if r.words:
            label = _("Mots de la météo") if weather else _("Mots du ROTI")
            said = " · ".join(clean(w) for w in r.words)
            words.append(Line(said, label=label, colon=_(" : ")))
    header = (_("Rituel"), _("Moyenne"), "1", "2", "3", "4", "5", _("4–5"), _("Réponses"))
    table = Table(header, tuple(rows), right=tuple(range(1, 9)))
    return [Section(_("Météo et ROTI")), table, *words]


def _case(item: ItemLine, visible: list[EntryLine], options: Options) -> list[Block]:
    """A co-development case: what this snapshot's reader may know of it."""
    _ = translator(options.language)
    en = options.language == "en"
    shared = _("partagé avec l’accord du client")
    blocks: list[Block] = [Section(item_title(item, options.language))]
    if item.case_number:
        method = item.method_en if en else item.method_fr
        blocks.append(
            Line(
                _(
                    "{method}, {minutes}. Ce qui a été dit du cas reste dans le groupe ; "
                    "seul ce que le client a accepté de partager figure ici."
                ).format(
                    method=method, minutes=minutes_text(item.actual_seconds, options.language)
                ),
                muted=True,
            )
        )
    elif item.notes:
        blocks.append(Entry(_("Le cas"), clean(item.notes)))
    for label, value, marked in (
        (_("Contrat de consultation"), item.contract, item.contract_shared),
        (_("Plan d'action du client"), item.action_plan, item.plan_shared),
    ):
        if item.case_number and not marked:
            continue
        blocks.append(Entry(f"{label} ({shared})" if marked else label, clean(value) or "—"))
    if item.case_number and not item.learnings_shared:
        return blocks
    learnings = [e for e in visible if e.kind is EntryKind.LEARNING and e.item_id == item.id]
    if learnings:
        blocks.append(Line("", label=_("Apprentissages")))
        blocks += [
            Entry(clean(e.title) + (f" ({shared})" if e.shared else ""), clean(e.body), "•")
            for e in learnings
        ]
    return blocks


def actions_table(actions: list[EntryLine], language: str, origin: bool = False) -> Block:
    """The actions as a table block (owner, due date; the session they came from if asked)."""
    _ = translator(language)
    if not actions:
        return Line(_("Aucune action."))
    rows = []
    for a in actions:
        state = action_status_name(a.action_status, language)
        if origin and a.from_session:
            state += " " + _("(séance {number})").format(number=a.from_session)
        due = short_date(a.due_on, language) if a.due_on else "—"
        rows.append((clean(a.title), clean(a.owner) or "—", due, state))
    return Table((_("Action"), _("Responsable"), _("Échéance"), _("Statut")), tuple(rows))
