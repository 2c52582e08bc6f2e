"""The newcomer's booklet: what a network has made its own, as a PDF to hand over.

Intention and ground rules, then the glossary (French alphabetical order: accents and case
do not separate words), the adopted good practices, tools, rituals and criteria — each with
the session it came from. Confidential and retired entries stay out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select

from app.confidentiality import Reader, entry_clause
from app.dates import long_date, short_date
from app.export.pdf import Heading, Paragraph, Styles, build, check_destination, text
from app.i18n import translator
from app.store import Store
from app.text import fold
from models import EntryKind, EntryStatus, Meeting, Network, RepertoireEntry

SECTIONS = (
    EntryKind.TERM,
    EntryKind.PRACTICE,
    EntryKind.TOOL,
    EntryKind.RITUAL,
    EntryKind.CRITERION,
)


@dataclass(frozen=True)
class BookletEntry:
    kind: EntryKind
    title: str
    body: str
    session: int | None
    session_date: datetime | None


@dataclass(frozen=True)
class BookletData:
    network: str
    intention: str
    ground_rules: str
    entries: tuple[BookletEntry, ...]
    issued_at: datetime


def booklet_snapshot(store: Store, network_id: uuid.UUID, now: datetime) -> BookletData:
    """What the booklet says, read in one transaction (nothing confidential or retired)."""
    with store.session() as db, db.begin():
        network = db.get_one(Network, network_id)
        rows = db.execute(
            select(RepertoireEntry, Meeting.number, Meeting.planned_start)
            .outerjoin(Meeting, Meeting.id == RepertoireEntry.origin_meeting_id)
            .where(
                RepertoireEntry.network_id == network_id,
                RepertoireEntry.kind.in_(SECTIONS),
                RepertoireEntry.deleted_at.is_(None),
                entry_clause(Reader.MEMBERS),  # handed to newcomers
                RepertoireEntry.status != EntryStatus.RETIRED,
            )
        ).all()
        entries = tuple(
            BookletEntry(e.kind, e.title, e.body, number, start)
            for e, number, start in rows
            # good practices are the network's once adopted; terms, tools… as soon as kept
            if e.kind is not EntryKind.PRACTICE
            or e.status in (EntryStatus.ADOPTED, EntryStatus.REVISED)
        )
        return BookletData(network.name, network.intention, network.ground_rules, entries, now)


def write_booklet(data: BookletData, out: Path, language: str = "fr") -> None:
    """Lay the booklet out as a PDF at ``out``."""
    _ = translator(language)
    title = _("Livret d'accueil — {network}").format(network=data.network)
    build(
        out,
        lambda s: _story(data, language, s),
        title=title,
        author=data.network,
        subject=_("Le répertoire partagé du réseau, pour les nouveaux membres"),
        footer=_("{network} · livret émis le {date}").format(
            network=data.network, date=long_date(data.issued_at, language)
        ),
        page_words=_("page {page} / {total}"),
    )


def export_booklet(
    store: Store, network_id: uuid.UUID, now: datetime, out: Path, language: str = "fr"
) -> Path:
    """The newcomer's booklet of a network as a PDF; returns where it was written."""
    check_destination(out)
    write_booklet(booklet_snapshot(store, network_id, now), out, language)
    return out


def _story(data: BookletData, language: str, s: Styles) -> list[Flowable]:
    _ = translator(language)
    story: list[Flowable] = [
        Heading(_("Livret d'accueil"), s.title),
        Paragraph(text(data.network), s.subtitle),
    ]
    if data.intention:
        story += [
            Heading(_("Notre intention commune"), s.h1),
            Paragraph(text(data.intention), s.body),
        ]
    if data.ground_rules:
        story += [Heading(_("Nos règles du jeu"), s.h1), Paragraph(text(data.ground_rules), s.body)]
    headings = {
        EntryKind.TERM: _("Glossaire"),
        EntryKind.PRACTICE: _("Bonnes pratiques adoptées"),
        EntryKind.TOOL: _("Outils et références"),
        EntryKind.RITUAL: _("Rituels"),
        EntryKind.CRITERION: _("Critères"),
    }
    for kind in SECTIONS:
        entries = sorted(
            (e for e in data.entries if e.kind is kind), key=lambda e: (fold(e.title), e.title)
        )
        if not entries:
            continue
        story.append(Heading(headings[kind], s.h1))
        for entry in entries:
            origin = ""
            if entry.session is not None and entry.session_date is not None:
                origin = _("séance {number} du {date}").format(
                    number=entry.session,
                    date=short_date(entry.session_date.astimezone().date(), language),
                )
            body = f"<br/>{text(entry.body)}" if entry.body else ""
            where = f" <font color='#5b6770' size='7.5'>({text(origin)})</font>" if origin else ""
            story.append(Paragraph(f"<b>{text(entry.title)}</b>{where}{body}", s.body))
    if not data.entries:
        story.append(Paragraph(text(_("Le répertoire du réseau est encore vide.")), s.body))
    story.append(Spacer(1, 6 * mm))
    return story
