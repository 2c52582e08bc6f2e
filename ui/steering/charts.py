"""The health tab's charts: engagement circles, speaking balance, attendance, repertoire
growth and ROTI, over the sessions (the x axis in session numbers, whole ticks)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from app.steering import Dashboard
from app.vocabulary import circle_name, kind_name
from models import Circle
from ui.kit.chart_axes import nice_step, whole_ticks
from ui.kit.formatting import decimal
from ui.kit.style import ACCENT

PALETTE = (ACCENT, "#e07b39", "#4c9a2a", "#8e44ad", "#b3261e")  # the lines, in order


def new_chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSizeF(10)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    # 0,8 in French (the locale chosen at start); a localized format needs a precision: %.0f
    chart.setLocalizeNumbers(True)
    chart.setBackgroundRoundness(4)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(190)
    return chart, view


class DashboardCharts(QObject):
    """The five charts, each with its view; ``show`` repaints them all from the dashboard."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.circles_chart, self.circles_view = new_chart(self.tr("Cercles d'engagement"))
        self.balance_chart, self.balance_view = new_chart(
            self.tr("Équilibre de la parole par séance")
        )
        self.growth_chart, self.growth_view = new_chart(self.tr("Répertoire : entrées cumulées"))
        self.attendance_chart, self.attendance_view = new_chart(
            self.tr("Présence sur les 6 dernières séances")
        )
        self.roti_chart, self.roti_view = new_chart(self.tr("ROTI moyen par séance (1 à 5)"))
        self.circles_title = self.circles_chart.title()

    def clear(self) -> None:
        """Empty every chart while a network is being read: no figure from the one before."""
        for chart in (
            self.circles_chart,
            self.balance_chart,
            self.growth_chart,
            self.attendance_chart,
            self.roti_chart,
        ):
            chart.removeAllSeries()
            for axis in chart.axes():
                chart.removeAxis(axis)
        self.circles_chart.setTitle(self.circles_title)

    def display(self, d: Dashboard) -> None:
        self._circles(d)
        self._balance(d)
        self._attendance(d)
        self._growth(d)
        self._line_chart(
            self.roti_chart,
            [(self.tr("ROTI"), [(p.on, p.mean) for p in d.roti])],
            {p.on: p.session for p in d.roti},
            top=5.0,
        )

    def _circles(self, d: Dashboard) -> None:
        chart = self.circles_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        counts = [sum(1 for m in d.members if m.circle is c) for c in Circle]
        bars = QBarSet(self.tr("membres"))
        bars.append([float(c) for c in counts])
        bars.setColor(QColor(ACCENT))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.setTruncateLabels(False)
        axis_x.append([circle_name(c) for c in Circle])
        axis_y = QValueAxis()
        top = max([*counts, 1]) + 1
        axis_y.setRange(0, top)
        axis_y.setTickCount(top + 1)  # one tick per person: labels fall on whole numbers
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().hide()
        third = d.mass.members / 3
        chart.setTitle(
            self.tr("Cercles d'engagement — noyau + actifs : %1, seuil du tiers : %2")
            .replace("%1", str(d.mass.engaged))
            .replace("%2", decimal(third, 1))
        )

    def _line_chart(
        self,
        chart: QChart,
        series_points: Sequence[tuple[str, Sequence[tuple[datetime, float]]]],
        numbers: Mapping[datetime, int],
        top: float | None = None,
    ) -> None:
        """One line per series over the sessions, the x axis in session numbers.

        A chart already drawing as many lines on its two axes keeps them, their points and
        ranges replaced: adding series and axes to a chart builds its graphic items anew."""
        highest = 0.0
        xs: list[int] = []
        lines: list[tuple[str, list[QPointF]]] = []
        for name, points in series_points:
            line: list[QPointF] = []
            for n, (when, value) in enumerate(points, 1):
                x = numbers.get(when, n)
                xs.append(x)
                line.append(QPointF(float(x), float(value)))
                highest = max(highest, float(value))
            lines.append((name, line))
        kept = chart.series()
        axes = chart.axes()
        if (
            len(kept) == len(lines)
            and len(axes) == 2
            and all(isinstance(s, QLineSeries) for s in kept)
        ):
            axis_x, axis_y = (
                chart.axes(Qt.Orientation.Horizontal)[0],
                chart.axes(Qt.Orientation.Vertical)[0],
            )
            assert isinstance(axis_x, QValueAxis) and isinstance(axis_y, QValueAxis)
            for series, (name, drawn) in zip(kept, lines, strict=True):
                assert isinstance(series, QLineSeries)
                series.setName(name)
                series.replace(drawn)
        else:
            chart.removeAllSeries()
            for axis in chart.axes():
                chart.removeAxis(axis)
            axis_x = QValueAxis()
            axis_x.setLabelFormat("%.0f")
            axis_x.setTitleText(self.tr("séance n°"))
            axis_y = QValueAxis()
            for index, (name, drawn) in enumerate(lines):
                series = QLineSeries()
                series.setName(name)
                series.append(drawn)
                series.setPen(QPen(QColor(PALETTE[index % len(PALETTE)]), 2))
                chart.addSeries(series)
            chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
            for added in chart.series():
                added.attachAxis(axis_x)
                added.attachAxis(axis_y)
        first, last = (min(xs), max(xs)) if xs else (1, 2)
        last = max(last, first + 1)
        axis_x.setRange(first, last)
        whole_ticks(axis_x, first, last, start=first)
        if top is not None:
            axis_y.setRange(0, top)
            axis_y.setTickCount(6)
            axis_y.setLabelFormat("%.1f")
        else:
            step = nice_step(max(highest, 1))
            ceiling = step * max(1, -(-int(highest) // step))
            axis_y.setRange(0, ceiling)
            whole_ticks(axis_y, 0, ceiling, step=step)
        chart.legend().setVisible(len(series_points) > 1)

    def _balance(self, d: Dashboard) -> None:
        self._line_chart(
            self.balance_chart,
            [(self.tr("équilibre"), list(d.equality))],
            d.session_numbers,
            top=1.0,
        )
        self.balance_chart.axes(Qt.Orientation.Vertical)[0].setLabelFormat("%.1f")  # type: ignore[attr-defined]

    def _growth(self, d: Dashboard) -> None:
        kinds = sorted(d.growth, key=lambda k: -(d.growth[k][-1][1] if d.growth[k] else 0))[:4]
        self._line_chart(
            self.growth_chart, [(kind_name(k), d.growth[k]) for k in kinds], d.session_numbers
        )

    def _attendance(self, d: Dashboard) -> None:
        chart = self.attendance_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        members = sorted(d.members, key=lambda m: -(m.attendance6 or 0))
        bars = QBarSet(self.tr("présence"))
        bars.append([round((m.attendance6 or 0) * 100) for m in members])
        bars.setColor(QColor(ACCENT))
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.setTruncateLabels(False)
        if len(members) > 10:
            axis_x.setLabelsAngle(-60)  # first names side by side would overlap
        axis_x.append([m.name.split(" ")[0] for m in members])
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        axis_y.setLabelFormat("%.0f %")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().hide()
