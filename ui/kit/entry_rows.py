"""The repertoire's result rows: the title in bold, the matched words in bold in the snippet.

A row is as tall as its entry up to three lines and is cut at a whole line, never through
the middle of one (three-line entries were clipped mid-line, every row ended in " —").
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFontMetricsF, QPainter, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from app.repertoire_search import HIGHLIGHT


def snippet_html(snippet: str) -> str:
    """The snippet with the matched words in bold, everything else shown literally."""
    opening, closing = HIGHLIGHT
    return escape(snippet).replace(opening, "<b>").replace(closing, "</b>").replace("\n", " ")


MAX_LINES = 3  # an entry shows at most three lines in the list; all of it in the detail


def entry_html(title: str, snippet: str) -> str:
    """The entry's title in bold, then its snippet when it has one (no dangling " —")."""
    body = snippet_html(snippet).strip()
    return f"<b>{escape(title)}</b>" + (f" — {body}" if body else "")


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's text as a little HTML document (the snippet's bold matches).

    A row is as tall as its text up to three lines, and the text is cut at a whole line,
    never through the middle of one.
    """

    def _document(self, option: QStyleOptionViewItem, html: str, width: float) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(html)
        document.setTextWidth(width)
        return document

    def _line(self, option: QStyleOptionViewItem) -> float:
        return float(QFontMetricsF(option.font).lineSpacing())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        view = option.widget
        width = view.columnWidth(index.column()) if isinstance(view, QTableView) else 400
        document = self._document(option, option.text, width)
        line = self._line(option)
        height = min(document.size().height(), MAX_LINES * line + 8)
        return QSize(int(width), int(max(height, line + 8)) + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        html = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect
        document = self._document(option, html, rect.width())
        margin = document.documentMargin()
        line = self._line(option)
        whole = int((rect.height() - 2 - margin) // line)  # lines that fit entirely
        painter.save()
        painter.translate(rect.left(), rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, rect.width(), margin + max(whole, 1) * line))
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(context.palette.ColorRole.Text, Qt.GlobalColor.white)
        document.documentLayout().draw(painter, context)
        painter.restore()
