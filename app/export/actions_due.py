"""The actions to review at the start of a session, to print or to project (never a
confidential one): what each owner said they would do, and whether it is late.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.confidentiality import Reader
from app.dates import long_date, short_date
from app.i18n import translator
from app.planning import OpenAction, open_actions
from app.store import Store
from models import Meeting, Network

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from app.export.pdf import Styles


@dataclass(frozen=True)
class DueList:
    network: str
    number: int
    planned_start: datetime
    today: date
    actions: tuple[OpenAction, ...]  # open, not confidential, by due date


def due_list(store: Store, meeting_id: uuid.UUID, today: date) -> DueList:
    """The open actions of the session's network, as the check-in reviews them."""
    with store.session() as db, db.begin():
        meeting = db.get_one(Meeting, meeting_id)
        network = db.get_one(Network, meeting.network_id)
        # what the room may see: app.confidentiality decides, in the query itself
        found = open_actions(db, meeting.network_id, today, Reader.ROOM)
        return DueList(network.name, meeting.number, meeting.planned_start, today, tuple(found))


def write_due_list(data: DueList, out: Path, language: str) -> Path:
    """The list as a one-page (or more) PDF to print or to show, whole or not at all."""
    # reportlab is loaded when a list is printed, not when the check-in page is built
    from reportlab.lib.units import mm

    # Cercle's Paragraph: right-to-left text in reading order, emoji named
    from app.export.pdf import Heading, Paragraph, build, table, text

    _ = translator(language)
    title = _("Actions à revoir — {network}").format(network=data.network)

    def story(s: Styles) -> list[Flowable]:
        flowables: list[Flowable] = [
            Heading(title, s.title),
            Paragraph(
                text(
                    _("Séance {number} du {date} · {count} action(s) ouverte(s)").format(
                        number=data.number,
                        date=long_date(data.planned_start, language),
                        count=len(data.actions),
                    )
                ),
                s.subtitle,
            ),
        ]
        if not data.actions:
            flowables.append(Paragraph(text(_("Aucune action ouverte : tout a été fait.")), s.body))
            return flowables
        rows: list[list[Flowable | str]] = [
            [_("Action"), _("Responsable"), _("Échéance"), _("Séance"), ""]
        ]
        late = f"<font color='#b3261e'>{text(_('en retard'))}</font>"
        for a in data.actions:
            rows.append(
                [
                    a.title,
                    a.owner or "—",
                    short_date(a.due_on, language) if a.due_on else "—",
                    f"{a.from_session}" if a.from_session else "",
                    Paragraph(late, s.cell_bold) if a.overdue else "",
                ]
            )
        flowables.append(table(rows, [72 * mm, 36 * mm, 22 * mm, 20 * mm, 24 * mm], s))
        return flowables

    build(
        out,
        story,
        title=title,
        author="Cercle",
        subject=title,
        footer=_("{network} · séance {number} · émis le {date}").format(
            network=data.network, number=data.number, date=long_date(data.today, language)
        ),
        page_words=_("page {page} / {total}"),
    )
    return out


def export_due_list(
    store: Store, meeting_id: uuid.UUID, today: date, out: Path, language: str
) -> Path:
    """Read, then write: what the check-in runs off its thread."""
    return write_due_list(due_list(store, meeting_id, today), out, language)
