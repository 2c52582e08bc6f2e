"""The repertoire's result rows: the title in bold, the matched words in bold in the snippet.

A row is as tall as its entry up to three lines and is cut at a whole line, never through
the middle of one (three-line entries were clipped mid-line, every row ended in " —").
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
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
    never through the middle of one. Laid-out documents are kept (by text and width) while
    the same results are shown: a search repaints 50 rows, and laying out rich text is the
    costly part; :meth:`forget` drops them when new results come.
    """

    KEPT = 400  # documents kept: a few screens of results at two widths

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, int, str], QTextDocument] = {}

    def forget(self) -> None:
        """Drop the laid-out documents (new results are about to be shown)."""
        self._documents.clear()

    def _document(self, option: QStyleOptionViewItem, html: str, width: float) -> QTextDocument:
        key = (html, int(width), option.font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= self.KEPT:
                self._documents.clear()
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setHtml(html)
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    def row_height(self, option: QStyleOptionViewItem, html: str, width: float) -> int:
        """The height of a row showing ``html`` at ``width``: up to three whole lines."""
        line = self._line(option)
        height = min(self._document(option, html, width).size().height(), MAX_LINES * line + 8)
        return int(max(height, line + 8)) + 4

    def _line(self, option: QStyleOptionViewItem) -> float:
        return float(QFontMetricsF(option.font).lineSpacing())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        view = option.widget
        width = view.columnWidth(index.column()) if isinstance(view, QTableView) else 400
        return QSize(int(width), self.row_height(option, option.text, width))

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


def fit_rows(view: QTableView, delegate: HighlightDelegate, column: int) -> None:
    """Size every row of ``view`` to its ``column``'s text, once (after new results, or when
    the column's width changes), rather than letting the header ask every cell each time
    anything changes (ResizeToContents measured every row a dozen times per search)."""
    model = view.model()
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()
    width = view.columnWidth(column)
    header = view.verticalHeader()
    for row in range(model.rowCount()):
        html = str(model.data(model.index(row, column)) or "")
        header.resizeSection(row, delegate.row_height(option, html, width))
