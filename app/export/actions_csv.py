"""A network's actions as CSV, for the spreadsheet the organisation already uses.

French Excel by default: ``;`` between cells (``,`` is the decimal mark) and UTF-8 with a
byte-order mark, without which Excel reads "Léa" as "LÃ©a"; dates as 31/12/2026. English
settings on request: ``,`` and ISO dates (2026-12-31), still with the mark. Confidential
actions never leave Cercle this way. A cell that would start a formula (=, +, -, @) is
written as text: a shared file must not run anything in the reader's spreadsheet.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.confidentiality import Reader, sees_entry
from app.export.minutes_content import clean
from app.export.pdf import write_atomically
from app.i18n import translator
from app.repertoire_actions import ActionView, actions
from app.store import Store
from app.vocabulary import action_status_name
from models import EntryKind


@dataclass(frozen=True)
class CsvSettings:
    language: str
    delimiter: str
    iso_dates: bool


FRENCH_EXCEL = CsvSettings("fr", ";", False)
ENGLISH_EXCEL = CsvSettings("en", ",", True)
SETTINGS = {"fr": FRENCH_EXCEL, "en": ENGLISH_EXCEL}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value: str) -> str:
    """``value`` as a spreadsheet shows it, never as a formula."""
    value = clean(value)
    return "'" + value if value.startswith(_FORMULA) else value


def exportable_actions(
    store: Store, network_id: uuid.UUID, today: date, *, open_only: bool
) -> list[ActionView]:
    """The network's actions a shared file may hold: what the members may read
    (``app.confidentiality``)."""
    with store.session() as db:
        found = actions(db, today, network_id=network_id, open_only=open_only)
    return [a for a in found if sees_entry(Reader.MEMBERS, a.confidential, EntryKind.ACTION)]


def actions_csv(rows: list[ActionView], settings: CsvSettings) -> str:
    """The CSV text (without the byte-order mark, added when written)."""
    _ = translator(settings.language)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=settings.delimiter, lineterminator="\r\n")
    writer.writerow(
        [
            _("Action"),
            _("Responsable"),
            _("Échéance"),
            _("Statut"),
            _("En retard"),
            _("Séance"),
            _("Réseau"),
        ]
    )
    for a in rows:
        due = ""
        if a.due_on is not None:
            due = a.due_on.isoformat() if settings.iso_dates else f"{a.due_on:%d/%m/%Y}"
        writer.writerow(
            [
                cell(a.title),
                cell(a.owner),
                due,
                action_status_name(a.status, settings.language),
                _("oui") if a.overdue else _("non"),
                str(a.session) if a.session else "",
                cell(a.network),
            ]
        )
    return buffer.getvalue()


def export_actions(
    store: Store,
    network_id: uuid.UUID,
    today: date,
    out: Path,
    *,
    open_only: bool = True,
    settings: CsvSettings = FRENCH_EXCEL,
) -> int:
    """Write the actions to ``out`` (whole or not at all); returns how many rows."""
    rows = exportable_actions(store, network_id, today, open_only=open_only)
    with write_atomically(out) as temporary:
        temporary.write_text(actions_csv(rows, settings), encoding="utf-8-sig", newline="")
    return len(rows)
