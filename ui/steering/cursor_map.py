"""The network's position on a map: autonomy ↔ alignment, weak ↔ strong structuring."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ui.kit.style import ACCENT, MUTED


class CursorMap(QWidget):
    """The two cursors as a point on a map (autonomy ↔ alignment, weak ↔ strong structuring)."""

    def __init__(self) -> None:
        super().__init__()
        self.point = (50, 50)
        self.setMinimumSize(220, 200)

    def set_point(self, autonomy_alignment: int, structuring: int) -> None:
        self.point = (autonomy_alignment, structuring)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(34, 10, -10, -30)
        painter.fillRect(area, QColor("#f4f7f9"))
        for x0, x1, colour in ((0, 15, "#fbe3df"), (85, 100, "#fbe3df")):
            left = area.left() + area.width() * x0 / 100
            painter.fillRect(
                QRectF(left, area.top(), area.width() * (x1 - x0) / 100, area.height()),
                QColor(colour),
            )
        painter.setPen(QPen(QColor("#c9d2d9")))
        painter.drawRect(area)
        painter.drawLine(
            QPointF(area.center().x(), area.top()), QPointF(area.center().x(), area.bottom())
        )
        painter.drawLine(
            QPointF(area.left(), area.center().y()), QPointF(area.right(), area.center().y())
        )
        painter.setPen(QColor(MUTED))
        small = QFont(self.font())
        small.setPointSizeF(8)
        painter.setFont(small)
        painter.drawText(
            QRectF(area.left(), area.bottom() + 4, area.width(), 20),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("autonomie"),
        )
        painter.drawText(
            QRectF(area.left(), area.bottom() + 4, area.width(), 20),
            Qt.AlignmentFlag.AlignRight,
            self.tr("alignement"),
        )
        painter.save()
        painter.translate(area.left() - 6, area.bottom())
        painter.rotate(-90)
        painter.drawText(
            QRectF(0, -16, area.height(), 16), Qt.AlignmentFlag.AlignLeft, self.tr("souple")
        )
        painter.drawText(
            QRectF(0, -16, area.height(), 16), Qt.AlignmentFlag.AlignRight, self.tr("structuré")
        )
        painter.restore()
        x = area.left() + area.width() * self.point[0] / 100
        y = area.bottom() - area.height() * self.point[1] / 100
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(QColor(ACCENT))
        painter.drawEllipse(QPointF(x, y), 8, 8)
        painter.end()
