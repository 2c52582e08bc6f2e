"""The repertoire's results as a list: what one row shows, and the model that holds them.

A row is prepared once when results arrive (plain text and the ranges to set in bold, no
HTML to parse at paint time); the view lays out and paints only the rows it shows
(ui/repertoire/result_delegate.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.repertoire_search import HIGHLIGHT, Hit
from app.vocabulary import KIND_SYMBOLS, entry_status_name, kind_name
from ui.kit.words import session_number

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ResultRow itself, for the delegate


def snippet_html(snippet: str) -> str:
    """The snippet with the matched words in bold, everything else shown literally."""
    opening, closing = HIGHLIGHT
    return escape(snippet).replace(opening, "<b>").replace(closing, "</b>").replace("\n", " ")


def entry_html(title: str, snippet: str) -> str:
    """The entry's title in bold, then its snippet when it has one (no dangling " —")."""
    body = snippet_html(snippet).strip()
    return f"<b>{escape(title)}</b>" + (f" — {body}" if body else "")


def marked_text(title: str, snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """« Title — snippet » as plain text, with the (start, length) ranges shown in bold:
    the title, then every matched word of the snippet."""
    opening, closing = HIGHLIGHT
    text = title.replace("\n", " ")
    bold = [(0, len(text))] if text else []
    body = snippet.replace("\n", " ").strip()
    if body.replace(opening, "").replace(closing, "").strip():
        text += " — "
        start: int | None = None
        for character in body:
            if character == opening:
                start = len(text)
            elif character == closing:
                if start is not None and len(text) > start:
                    bold.append((start, len(text) - start))
                start = None
            else:
                text += character
    return text, tuple(bold)


@dataclass(frozen=True)
class ResultRow:
    """One result as the list shows it."""

    id: uuid.UUID
    symbol: str  # the kind's symbol, in the row's margin
    text: str  # « Title — snippet », plain
    bold: tuple[tuple[int, int], ...]  # ranges of ``text`` in bold
    kind: str  # « Outil »
    status: str  # « adopté »
    confidential: str  # « confidentiel », or nothing
    network: str  # « Réseau Qualité »
    session: str  # « n° 12 », or nothing
    html: str  # the same entry as HTML (tests, and what the table showed)

    @classmethod
    def of(cls, hit: Hit) -> ResultRow:
        text, bold = marked_text(hit.title, hit.snippet)
        secret = QCoreApplication.translate("RepertoirePage", "confidentiel")
        return cls(
            hit.id,
            KIND_SYMBOLS[hit.kind],
            text,
            bold,
            kind_name(hit.kind),
            entry_status_name(hit.status),
            secret if hit.confidential else "",
            hit.network,
            session_number(hit.session) if hit.session else "",
            entry_html(hit.title, hit.snippet),
        )

    @property
    def facts(self) -> str:
        """« Outil · adopté »: the row's first line on the right."""
        said = f"{self.kind} · {self.status}"
        return f"{said} · {self.confidential}" if self.confidential else said

    @property
    def origin(self) -> str:
        """« Réseau Qualité · n° 12 »: the row's second line on the right."""
        return f"{self.network} · {self.session}" if self.session else self.network

    def spoken(self) -> str:
        """What a screen reader says of the row: everything it shows, in reading order."""
        return f"{self.facts}. {self.text}. {self.origin}"


class ResultsModel(QAbstractListModel):
    """The hits of the latest search, one row each; replaced whole by each search."""

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[Hit] = []
        self._rows: list[ResultRow] = []

    def set_hits(self, hits: Sequence[Hit]) -> bool:
        """Show ``hits``; False (and nothing redrawn) when they are the ones shown."""
        if list(hits) == self._hits:
            return False
        self.beginResetModel()
        self._hits = list(hits)
        self._rows = [ResultRow.of(h) for h in hits]
        self.endResetModel()
        return True

    def remove(self, entry_id: uuid.UUID) -> None:
        """Take one entry out of the list (it was just deleted)."""
        self.set_hits([h for h in self._hits if h.id != entry_id])

    def row(self, number: int) -> Hit:
        return self._hits[number]

    @property
    def rows(self) -> list[Hit]:
        return list(self._hits)

    def texts(self) -> list[list[str]]:
        """What each row says: type, the entry (HTML, as drawn), status, origin (tests)."""
        return [[f"{r.symbol} {r.kind}", r.html, r.status, r.origin] for r in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.spoken()
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.origin
        return None
