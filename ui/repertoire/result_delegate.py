"""Painting one result: the kind's symbol, « Title — snippet » with the title and the matched
words in bold, and on the right the kind, status and origin in muted text.

The entry's text is laid out with a QTextLayout (no HTML parsed), at most three whole lines,
the third ending in « … » when the entry goes on; a row is as tall as its entry (two lines
at least, for the right column). Layouts are kept by text and width, so that typing one
more letter, which often brings back the same rows, lays out only the new ones; and only
rows that the view asks for (their height, or their paint) are ever laid out.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui.kit.style import MUTED
from ui.repertoire.result_rows import ROW_ROLE, ResultRow, ResultsModel

Index = QModelIndex | QPersistentModelIndex
MAX_LINES = 3  # an entry shows at most three lines in the list; all of it in the detail
ELLIPSIS = "…"
PADDING = 6  # above and below a row's text
MARGIN = 8  # left and right of a row


@dataclass(frozen=True)
class Laid:
    """An entry's text laid out at one width: up to three lines, cut or not."""

    layout: QTextLayout
    lines: int
    cut: bool  # the entry goes on after the last line shown
    end: float  # where the last line's text ends (for the « … »)


@dataclass(frozen=True)
class Columns:
    """Where a row's parts go, for a row ``width`` wide."""

    symbol: int  # left of the symbol
    text: int  # left of the entry's text
    text_width: int
    right: int  # left of the kind, status and origin
    right_width: int

    @classmethod
    def of(cls, width: int, metrics: QFontMetricsF) -> Columns:
        symbol_width = int(metrics.height() * 1.6)
        right_width = min(max(int(width * 0.33), 170), 290)
        text = MARGIN + symbol_width
        text_width = max(width - text - right_width - 3 * MARGIN, 80)
        return cls(MARGIN, text, text_width, text + text_width + 2 * MARGIN, right_width)


@dataclass(frozen=True)
class Geometry:
    """What a font and a row's width decide, measured once for both."""

    metrics: QFontMetricsF
    line: float  # a line's height
    ellipsis: float  # the width of « … »
    columns: Columns


class ResultDelegate(QStyledItemDelegate):
    """Sizes and paints the result rows of a list view (the model's ``ROW_ROLE``)."""

    KEPT = 400  # layouts kept: several searches' worth of rows at a couple of widths

    def __init__(self, view: QListView, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self._view = view
        self._laid: OrderedDict[tuple[str, tuple[tuple[int, int], ...], int, str], Laid] = (
            OrderedDict()
        )
        self._geometries: dict[tuple[str, int], Geometry] = {}
        self._font: tuple[QFont, str] | None = None  # the view's font and its key
        self.laid_out = 0  # texts laid out since the start (what the benchmark counts)

    # --- layout ---------------------------------------------------------------------------

    def font(self) -> tuple[QFont, str]:
        """The view's font and its key (``QFont.key`` is slow: asked once per font)."""
        font = self._view.font()
        if self._font is None or self._font[0] != font:
            self._font = (font, font.key())
        return self._font

    def geometry(self, font: tuple[QFont, str], width: int) -> Geometry:
        """The measures of rows ``width`` wide in ``font`` (kept: sizes ask for them often)."""
        key = (font[1], width)
        geometry = self._geometries.get(key)
        if geometry is None:
            if len(self._geometries) > 32:  # a window resized again and again
                self._geometries.clear()
            metrics = QFontMetricsF(font[0])
            geometry = Geometry(
                metrics,
                float(metrics.lineSpacing()),
                metrics.horizontalAdvance(ELLIPSIS),
                Columns.of(width, metrics),
            )
            self._geometries[key] = geometry
        return geometry

    def laid_for(self, row: ResultRow, font: tuple[QFont, str], width: int) -> Laid:
        """``row``'s text as shown in a row ``width`` wide (kept for the next ask)."""
        geometry = self.geometry(font, width)
        key = (row.text, row.bold, geometry.columns.text_width, font[1])
        laid = self._laid.get(key)
        if laid is not None:
            self._laid.move_to_end(key)
            return laid
        laid = self._lay_out(row, font[0], geometry)
        self._laid[key] = laid
        if len(self._laid) > self.KEPT:
            self._laid.popitem(last=False)
        return laid

    def _lay_out(self, row: ResultRow, font: QFont, geometry: Geometry) -> Laid:
        self.laid_out += 1
        layout = QTextLayout(row.text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        ranges = []
        for start, length in row.bold:
            part = QTextLayout.FormatRange()
            part.start, part.length, part.format = start, length, bold
            ranges.append(part)
        layout.setFormats(ranges)
        line_height, ellipsis = geometry.line, geometry.ellipsis
        width = geometry.columns.text_width
        layout.beginLayout()
        lines, end, shown = 0, 0.0, 0
        while lines < MAX_LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            # The last line leaves room for « … », in case the entry goes on.
            line.setLineWidth(width - (ellipsis if lines == MAX_LINES - 1 else 0))
            line.setPosition(QPointF(0, lines * line_height))
            end = line.naturalTextWidth()
            lines += 1
            shown = line.textStart() + line.textLength()
        layout.endLayout()
        cut = lines == MAX_LINES and shown < len(row.text.rstrip())
        return Laid(layout, max(lines, 1), cut, end)

    def height(self, row: ResultRow, font: tuple[QFont, str], width: int) -> int:
        """A row's height: its entry's lines (up to three), at least the right column's two."""
        lines = self.laid_for(row, font, width).lines
        return int(max(lines, 2) * self.geometry(font, width).line) + 2 * PADDING

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        row = index.data(ROW_ROLE)
        width = self._view.viewport().width()
        if not isinstance(row, ResultRow):
            return QSize(width, 0)
        return QSize(width, self.height(row, self.font(), width))

    # --- paint ----------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, ResultRow):
            return
        # No initStyleOption: the row draws its own text, and asking the model for every
        # role of every painted row cost more than the painting.
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # background: alternate rows, the selection, the focus
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        font = self.font()
        rect = option.rect
        geometry = self.geometry(font, rect.width())
        metrics, columns = geometry.metrics, geometry.columns
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.highlightedText() if selected else option.palette.text()
        quiet = text_colour.color() if selected else QColor(MUTED)
        line = geometry.line
        top = rect.top() + PADDING
        painter.save()
        painter.setFont(font[0])
        painter.setPen(quiet)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        symbol = QRect(rect.left() + columns.symbol, top, int(line * 2), int(line))
        painter.drawText(symbol, left, row.symbol)
        painter.setPen(text_colour.color())
        laid = self.laid_for(row, font, rect.width())
        origin = QPointF(rect.left() + columns.text, top)
        laid.layout.draw(painter, origin)
        if laid.cut:
            y = top + (laid.lines - 1) * line + metrics.ascent()
            painter.drawText(QPointF(origin.x() + laid.end, y), ELLIPSIS)
        painter.setPen(quiet)
        x, width = rect.left() + columns.right, columns.right_width
        for number, text in enumerate(self._right(row, metrics, width)):
            painter.drawText(QRect(x, int(top + number * line), width, int(line)), left, text)
        painter.restore()

    def _right(self, row: ResultRow, metrics: QFontMetricsF, width: int) -> tuple[str, str]:
        """The kind and status, then the origin, each cut to ``width`` with « … »; the
        network's name gives way first, the session's number stays."""
        elide = Qt.TextElideMode.ElideRight
        facts = metrics.elidedText(row.facts, elide, width)
        if not row.session:
            return facts, metrics.elidedText(row.network, elide, width)
        session = " · " + row.session
        network = metrics.elidedText(row.network, elide, width - metrics.horizontalAdvance(session))
        return facts, network + session


class ResultsList(QListView):
    """The list of results; with none, it says why in its middle rather than stay blank."""

    def __init__(self) -> None:
        super().__init__()
        self.empty_text = ""

    def set_empty_text(self, text: str) -> None:
        if text != self.empty_text:
            self.empty_text = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor(MUTED))
            area = self.viewport().rect().adjusted(40, 0, -40, 0)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(area, int(flags), self.empty_text)
            painter.end()


def results_list(model: ResultsModel, name: str) -> tuple[ResultsList, ResultDelegate]:
    """The list of results: one row per entry, laid out and painted by a ResultDelegate."""
    view = ResultsList()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)  # rows take the new width at once
    delegate = ResultDelegate(view)
    view.setItemDelegate(delegate)
    return view, delegate
