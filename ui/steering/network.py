"""Steering a network: its health in one screen, its members, its profile, its programme."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QMargins,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.commands import ChangeSet, Fact
from app.i18n import current_language
from app.steering import Dashboard, MemberHealth
from app.workspace import Workspace
from models import Circle, LifecycleStage, NetworkKind
from ui.kit.chart_axes import nice_step, whole_ticks
from ui.kit.formatting import decimal, local_date
from ui.kit.jobs import Job, job_runner
from ui.kit.style import ACCENT, MUTED
from ui.kit.table import Column, RowsModel, table_view
from ui.kit.widgets import FAILED, Banner, Failed, muted, section
from ui.kit.words import circle_name, kind_name, network_kind_name, session_number, stage_name
from ui.shell.command_runner import command_runner
from ui.steering.members_panel import MembersPanel


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def _trend(value: float | None) -> str:
    if value is None:
        return ""
    if value > 0.01:
        return "↗"
    if value < -0.01:
        return "↘"
    return "→"


def _chart(title: str) -> tuple[QChart, QChartView]:
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


# What the dashboard counts: a command changing one of these repaints it while shown.
DASHBOARD = (Fact.PROFILE, Fact.MEMBERS, Fact.CAPTURES, Fact.SESSION, Fact.ATTENDANCE)


class NetworkPage(QWidget):
    back_requested = Signal()
    archived = Signal(str)  # the network's name
    deleted = Signal(str, object)  # the network's name, the backup taken before
    report_written = Signal(object)  # Path
    report_failed = Signal(str)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.runner = command_runner(workspace)
        self.runner.changed.connect(self._changed)
        self.network_id: uuid.UUID | None = None
        self.data: Dashboard | None = None
        self.job: Job | None = None

        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.subtitle = muted()
        back = QPushButton(self.tr("← Accueil  [Échap]"))
        back.clicked.connect(self.back_requested.emit)
        self.report_button = QPushButton(self.tr("Rapport PDF pour le sponsor  [Ctrl+E]"))
        self.report_button.setObjectName("primary")
        self.report_button.clicked.connect(self._ask_report)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.report_button)
        top.addWidget(back)

        self.banner = Banner()
        self.people = MembersPanel(workspace, self.banner)
        self.people.changed.connect(self.refresh)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._health_tab(), self.tr("Santé"))
        self.tabs.addTab(self.people, self.tr("Membres"))
        self.tabs.addTab(self._members_tab(), self.tr("Engagement"))
        self.tabs.addTab(self._profile_tab(), self.tr("Profil"))
        self.tabs.addTab(self._programme_tab(), self.tr("Programme"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        for key, slot in (("Esc", self._escape), ("Ctrl+E", self._ask_report)):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- the tabs ---------------------------------------------------------------------------------

    def _health_tab(self) -> QWidget:
        tab = QWidget()
        self.cards: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        for key in ("mass", "rhythm", "balance", "roti", "actions", "next"):
            card = QLabel()
            card.setObjectName("card")
            card.setWordWrap(True)
            card.setTextFormat(Qt.TextFormat.RichText)
            card.setMinimumHeight(70)
            self.cards[key] = card
            cards.addWidget(card, 1)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setObjectName("warnings")
        self.circles_chart, circles_view = _chart(self.tr("Cercles d'engagement"))
        self.balance_chart, balance_view = _chart(self.tr("Équilibre de la parole par séance"))
        self.growth_chart, growth_view = _chart(self.tr("Répertoire : entrées cumulées"))
        self.attendance_chart, attendance_view = _chart(
            self.tr("Présence sur les 6 dernières séances")
        )
        charts = QGridLayout()
        charts.addWidget(circles_view, 0, 0)
        charts.addWidget(balance_view, 0, 1)
        charts.addWidget(attendance_view, 1, 0)
        charts.addWidget(growth_view, 1, 1)
        self.roti_chart, roti_view = _chart(self.tr("ROTI moyen par séance (1 à 5)"))
        charts.addWidget(roti_view, 0, 2, 2, 1)
        for column, stretch in enumerate((4, 4, 3)):  # the titles of the first two stay whole
            charts.setColumnStretch(column, stretch)
        self.leaders_label = muted()
        self.coexistence_label = muted()
        layout = QVBoxLayout(tab)
        layout.addLayout(cards)
        layout.addWidget(self.warnings)
        layout.addLayout(charts, 1)
        layout.addWidget(self.leaders_label)
        layout.addWidget(self.coexistence_label)
        return tab

    def _members_tab(self) -> QWidget:
        tab = QWidget()
        self.members: RowsModel[MemberHealth] = RowsModel(
            [
                Column(self.tr("Membre"), lambda m: m.name),
                Column(
                    self.tr("Cercle"),
                    lambda m: circle_name(m.circle) + (" ✎" if m.overridden else ""),
                    bold=lambda m: m.circle is Circle.CORE,
                ),
                Column(self.tr("Présence 3"), lambda m: _percent(m.attendance3)),
                Column(self.tr("Présence 6"), lambda m: _percent(m.attendance6)),
                Column(self.tr("Tendance"), lambda m: _trend(m.trend)),
                Column(self.tr("Cas apportés"), lambda m: str(m.contribution.cases)),
                Column(self.tr("Captures"), lambda m: str(m.contribution.captures)),
                Column(self.tr("Actions menées"), lambda m: str(m.contribution.actions_closed)),
                Column(self.tr("Déjà client"), lambda m: "✓" if m.been_client else "—"),
            ]
        )
        self.members_view = table_view(self.members, self.tr("Membres"), stretch=0)
        self.circle_choice = QComboBox()
        self.circle_choice.addItem(self.tr("calculé"), None)
        for circle in Circle:
            self.circle_choice.addItem(circle_name(circle), circle)
        set_circle = QPushButton(self.tr("Fixer le cercle"))
        set_circle.clicked.connect(self._set_circle)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Cercle du membre choisi :")))
        bar.addWidget(self.circle_choice)
        bar.addWidget(set_circle)
        bar.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(
            muted(
                self.tr(
                    "Cercles calculés sur les 6 dernières séances : noyau = présent à 80 % et au "
                    "moins deux contributions ; actif = présent à 50 % ; occasionnel = venu au "
                    "moins une fois. ✎ : fixé par l'animateur."
                )
            )
        )
        layout.addWidget(self.members_view, 1)
        layout.addLayout(bar)
        return tab

    def _profile_tab(self) -> QWidget:
        tab = QWidget()
        self.name = QLineEdit()
        self.intention = QPlainTextEdit()
        self.intention.setTabChangesFocus(True)
        self.rules = QPlainTextEdit()
        self.rules.setTabChangesFocus(True)
        self.sponsor = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem(network_kind_name(None), None)
        for kind in NetworkKind:
            self.kind.addItem(network_kind_name(kind), kind.value)
        self.pilot = QLineEdit()
        self.facilitators = QLineEdit()
        self.stage = QComboBox()
        for stage in LifecycleStage:
            self.stage.addItem(stage_name(stage), stage)
        self.rhythm = QSpinBox()
        self.rhythm.setRange(1, 365)
        self.rhythm.setSuffix(self.tr(" jours"))
        self.length = QSpinBox()
        self.length.setRange(15, 600)
        self.length.setSuffix(" min")
        self.autonomy = QSlider(Qt.Orientation.Horizontal)
        self.structuring = QSlider(Qt.Orientation.Horizontal)
        for slider in (self.autonomy, self.structuring):
            slider.setRange(0, 100)
            slider.valueChanged.connect(self._cursors_moved)
        self.map = CursorMap()
        self.drift = QLabel()
        self.drift.setWordWrap(True)
        self.drift.setObjectName("warning")
        save = QPushButton(self.tr("Enregistrer le profil  [Ctrl+S]"))
        save.setObjectName("primary")
        save.clicked.connect(self.save_profile)
        QShortcut(QKeySequence("Ctrl+S"), tab, self.save_profile).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        form = QFormLayout()
        form.addRow(self.tr("Nom"), self.name)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Intention commune"), self.intention)
        form.addRow(self.tr("Règles du jeu (une par ligne)"), self.rules)
        form.addRow(self.tr("Sponsor"), self.sponsor)
        form.addRow(self.tr("Pilote"), self.pilot)
        form.addRow(self.tr("Animateurs"), self.facilitators)
        form.addRow(self.tr("Étape de vie"), self.stage)
        form.addRow(self.tr("Rythme visé"), self.rhythm)
        form.addRow(self.tr("Durée des séances"), self.length)
        form.addRow(self.tr("Autonomie ↔ alignement"), self.autonomy)
        form.addRow(self.tr("Structuration faible ↔ forte"), self.structuring)
        right = QVBoxLayout()
        right.addWidget(section(self.tr("POSITION DU RÉSEAU")))
        right.addWidget(self.map, 1)
        right.addWidget(self.drift)
        right.addStretch(0)
        archive = QPushButton(self.tr("Archiver ce réseau"))
        archive.setToolTip(
            self.tr("Hors de l'accueil, son historique gardé ; il se ramène depuis l'accueil.")
        )
        archive.clicked.connect(self.archive)
        delete = QPushButton(self.tr("Supprimer ce réseau…"))
        delete.clicked.connect(self.ask_delete)
        ends = QHBoxLayout()
        ends.addWidget(archive)
        ends.addWidget(delete)
        ends.addStretch(1)
        ends.addWidget(save)
        right.addLayout(ends)
        layout = QHBoxLayout(tab)
        layout.addLayout(form, 3)
        layout.addLayout(right, 2)
        return tab

    def _format_name(self, key: str) -> str:
        """A session's format as the window's language names it (« codev » is a file name)."""
        method = self.workspace.methods.methods.get(key)
        if method is not None:
            return method.name.get(current_language())
        return self.tr("Plusieurs formats") if key == "mixed" else key

    def _programme_tab(self) -> QWidget:
        tab = QWidget()
        self.planned: RowsModel[object] = RowsModel(
            [
                Column(self.tr("Date"), lambda s: local_date(s.start)),  # type: ignore[attr-defined]
                Column(self.tr("Séance"), lambda s: f"{session_number(s.number)} · {s.title}"),  # type: ignore[attr-defined]
                Column(self.tr("Format"), lambda s: self._format_name(s.format)),  # type: ignore[attr-defined]
            ]
        )
        self.owners: RowsModel[tuple[str, int]] = RowsModel(
            [
                Column(self.tr("Responsable"), lambda o: o[0]),
                Column(self.tr("Actions ouvertes"), lambda o: str(o[1])),
            ]
        )
        self.never_client = QLabel()
        self.never_client.setWordWrap(True)
        grid = QGridLayout(tab)
        grid.addWidget(section(self.tr("SÉANCES PLANIFIÉES")), 0, 0)
        grid.addWidget(
            table_view(self.planned, self.tr("Séances planifiées"), selectable=False), 1, 0
        )
        grid.addWidget(section(self.tr("ACTIONS OUVERTES PAR RESPONSABLE")), 0, 1)
        grid.addWidget(
            table_view(self.owners, self.tr("Actions par responsable"), selectable=False), 1, 1
        )
        grid.addWidget(section(self.tr("PAS ENCORE CLIENT EN CODÉVELOPPEMENT")), 2, 0, 1, 2)
        grid.addWidget(self.never_client, 3, 0, 1, 2)
        return tab

    # --- showing --------------------------------------------------------------------------------

    def open(self, network_id: uuid.UUID, *, members: bool = False) -> None:
        """Show a network: its health, or its members (a network just created)."""
        self.network_id = network_id
        self.people.open(network_id)
        self.refresh()
        if members:
            self.tabs.setCurrentWidget(self.people)
            self.people.name.setFocus()
        else:
            self.tabs.setCurrentIndex(0)
            self.tabs.setFocus()

    def _changed(self, changes: ChangeSet) -> None:
        """The dashboard follows any command that changed what it counts."""
        if changes.command == "delete_network":
            return  # the page is leaving the network it showed
        if self.network_id is not None and self.isVisible() and changes.touches(*DASHBOARD):
            self.refresh()

    def refresh(self) -> None:
        assert self.network_id is not None
        d = self.workspace.dashboard(self.network_id)
        self.data = d
        p = d.profile
        self.heading.setText(p.name)
        self.subtitle.setText(
            " · ".join(
                part
                for part in (
                    stage_name(p.lifecycle_stage),
                    self.tr("sponsor : %1").replace("%1", p.sponsor) if p.sponsor else "",
                    self.tr("%n membre(s)", "", len(d.members)),
                    self.tr("%n séance(s) tenue(s)", "", d.sessions_held),
                )
                if part
            )
        )
        self._show_health(d)
        self.members.set_rows(d.members)
        self._show_profile(d)
        self.planned.set_rows(d.planned)
        self.owners.set_rows(list(d.open_actions.items()))
        never = [m.name for m in d.members if not m.been_client]
        self.never_client.setText(", ".join(never) if never else self.tr("Tout le monde l'a été."))

    def _card(self, key: str, title: str, value: str, note: str, alert: bool = False) -> None:
        colour = "#b3261e" if alert else ACCENT
        self.cards[key].setText(
            f"<div style='color:{MUTED}; font-size:9pt'>{title}</div>"
            f"<div style='font-size:17pt; font-weight:600; color:{colour}'>{value}</div>"
            f"<div style='color:{MUTED}; font-size:9pt'>{note}</div>"
        )

    def _show_health(self, d: Dashboard) -> None:
        mass = d.mass
        self._card(
            "mass",
            self.tr("Membres engagés (noyau + actifs)"),
            f"{mass.engaged} / {mass.members}",
            self.tr("aucun membre")
            if not mass.members
            else self.tr("✓ au moins un tiers")
            if mass.reached
            else self.tr("⚠ moins d'un tiers"),
            alert=d.alerts["mass"],
        )
        pace = d.rhythm
        self._card(
            "rhythm",
            self.tr("Rythme des séances"),
            self.tr("%1 j").replace("%1", str(pace.days)) if pace.days is not None else "—",
            self.tr("visé : %1 j").replace("%1", str(pace.target_days)),
            alert=d.alerts["rhythm"],
        )
        self._card(
            "balance",
            self.tr("Équilibre de la parole"),
            "—" if d.balance is None else decimal(d.balance),
            self.tr("moyenne des 6 dernières séances (1 = partagé)"),
        )
        f = d.follow
        self._card(
            "actions",
            self.tr("Actions"),
            self.tr("%1 / %2 à l'heure").replace("%1", str(f.on_time)).replace("%2", str(f.judged)),
            self.tr("%1 en retard · %2 en cours · %3 abandonnées")
            .replace("%1", str(f.late))
            .replace("%2", str(f.open))
            .replace("%3", str(f.dropped)),
            alert=d.alerts["actions"],
        )
        roti = d.roti[-1] if d.roti else None
        answered = (
            "—"
            if roti is None or roti.participation is None
            else str(round(roti.participation * 100))
        )
        self._card(
            "roti",
            self.tr("ROTI de la dernière séance"),
            "—" if roti is None else decimal(roti.mean, 1) + " / 5",
            self.tr("à faire en fin de séance")
            if roti is None
            else self.tr("4–5 : %1 % · réponses : %2 %")
            .replace("%1", str(round(roti.high_share * 100)))
            .replace("%2", answered),
            alert=d.alerts["roti"],
        )
        upcoming = d.planned[0] if d.planned else None
        self._card(
            "next",
            self.tr("Prochaine séance"),
            local_date(upcoming.start) if upcoming else "—",
            upcoming.title if upcoming else self.tr("à planifier"),
            alert=d.alerts["next"],
        )
        if d.warnings:
            self.warnings.setText("\n".join(f"⚠ {w}" for w in d.warnings))
            self.warnings.setProperty("alert", True)
        else:
            self.warnings.setText(self.tr("✓ Aucun signal d'alerte."))
            self.warnings.setProperty("alert", False)
        self.warnings.style().unpolish(self.warnings)
        self.warnings.style().polish(self.warnings)
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
        leaders = ", ".join(
            self.tr("%1 (cas : %2 · captures : %3 · actions menées : %4)")
            .replace("%1", name)
            .replace("%2", str(c.cases))
            .replace("%3", str(c.captures))
            .replace("%4", str(c.actions_closed))
            for name, c in d.leaders[:4]
        )
        self.leaders_label.setText(
            self.tr("Ceux qui portent le réseau : %1").replace("%1", leaders or "—")
        )
        both = self.workspace.coexistence()
        notes = [
            self.tr("%n membre(s) partagé(s) entre %2 et %3", "", n)
            .replace("%2", a)
            .replace("%3", b)
            for a, b, n in both.shared_members
            if d.profile.name in (a, b)
        ]
        notes += [
            self.tr("⚠ « %1 » est défini différemment selon les réseaux").replace("%1", term)
            for term, definitions in both.term_conflicts
            if any(network == d.profile.name for network, _body in definitions)
        ]
        self.coexistence_label.setText(" · ".join(notes))
        self.coexistence_label.setVisible(bool(notes))

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
        """One line per series over the sessions, the x axis in session numbers."""
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%.0f")
        axis_x.setTitleText(self.tr("séance n°"))
        axis_y = QValueAxis()
        highest = 0.0
        xs: list[int] = []
        palette = [ACCENT, "#e07b39", "#4c9a2a", "#8e44ad", "#b3261e"]
        for index, (name, points) in enumerate(series_points):
            line = QLineSeries()
            line.setName(name)
            for n, (when, value) in enumerate(points, 1):
                x = numbers.get(when, n)
                xs.append(x)
                line.append(float(x), float(value))
                highest = max(highest, float(value))
            line.setPen(QPen(QColor(palette[index % len(palette)]), 2))
            chart.addSeries(line)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
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

    def _show_profile(self, d: Dashboard) -> None:
        p = d.profile
        self.name.setText(p.name)
        self.intention.setPlainText(p.intention)
        self.rules.setPlainText(p.ground_rules)
        self.sponsor.setText(p.sponsor)
        self.kind.setCurrentIndex(max(self.kind.findData(p.kind.value if p.kind else None), 0))
        self.pilot.setText(p.pilot)
        self.facilitators.setText(p.facilitators)
        self.stage.setCurrentIndex(self.stage.findData(p.lifecycle_stage))
        self.rhythm.setValue(p.target_rhythm_days)
        self.length.setValue(p.meeting_minutes)
        self.autonomy.setValue(p.autonomy_alignment)
        self.structuring.setValue(p.structuring)
        self._cursors_moved()

    def _cursors_moved(self) -> None:
        a = self.autonomy.value()
        self.map.set_point(a, self.structuring.value())
        if a <= 15:
            text = self.tr(
                "⚠ Très autonome : risque de devenir un groupe d'intérêt ou de pression."
            )
        elif a >= 85:
            text = self.tr(
                "⚠ Très aligné : risque d'instrumentalisation comme relais du changement."
            )
        else:
            text = ""
        self.drift.setText(text)

    # --- commands -------------------------------------------------------------------------------

    def save_profile(self) -> None:
        if self.network_id is None:
            return
        network_id = self.network_id
        saved = self.runner.run(
            lambda: self.workspace.update_profile(
                network_id,
                name=self.name.text(),
                intention=self.intention.toPlainText(),
                ground_rules=self.rules.toPlainText(),
                sponsor=self.sponsor.text(),
                kind=self.kind.currentData(),
                pilot=self.pilot.text(),
                facilitators=self.facilitators.text(),
                lifecycle_stage=self.stage.currentData(),
                target_rhythm_days=self.rhythm.value(),
                meeting_minutes=self.length.value(),
                autonomy_alignment=self.autonomy.value(),
                structuring=self.structuring.value(),
            ),
            self.banner,
        )
        if saved is not FAILED:
            self.banner.show_message(self.tr("Profil enregistré."))

    def _escape(self) -> None:
        """Esc: stop correcting a member if one is being corrected, else back home."""
        if self.tabs.currentWidget() is self.people and self.people.editing is not None:
            self.people.cancel_edit()
        else:
            self.back_requested.emit()

    def archive(self) -> None:
        """A dormant network leaves the home list; its history stays, it can come back."""
        if self.network_id is None:
            return
        network_id = self.network_id
        if (
            self.runner.run(lambda: self.workspace.archive_network(network_id), self.banner)
            is FAILED
        ):
            return
        self.archived.emit(self.heading.text())

    def ask_delete(self) -> None:
        """Delete only after a confirmation naming what is lost; a backup is taken first."""
        if self.network_id is None:
            return
        lost = self.workspace.network_loss(self.network_id)
        question = QMessageBox(self)
        question.setIcon(QMessageBox.Icon.Warning)
        question.setWindowTitle(self.tr("Supprimer le réseau"))
        question.setText(
            self.tr("Supprimer « %1 » et tout ce qu'il contient ?").replace("%1", lost.name)
        )
        question.setInformativeText(
            self.tr(
                "Seront perdus : %1, %2 et %3 (comptes rendus, temps de parole, répertoire). "
                "Une sauvegarde de toute la base est faite avant. Pour seulement le mettre de "
                "côté, archivez-le plutôt."
            )
            .replace("%1", self.tr("%n séance(s)", "", lost.sessions))
            .replace("%2", self.tr("%n membre(s)", "", lost.members))
            .replace("%3", self.tr("%n entrée(s) du répertoire", "", lost.entries))
        )
        delete = question.addButton(self.tr("Supprimer"), QMessageBox.ButtonRole.DestructiveRole)
        question.addButton(self.tr("Garder le réseau"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(QMessageBox.StandardButton.NoButton)
        question.exec()
        if question.clickedButton() is delete:
            network_id = self.network_id
            backup = self.runner.run(lambda: self.workspace.delete_network(network_id), self.banner)
            if isinstance(backup, Failed):
                return
            self.network_id = None
            self.deleted.emit(lost.name, backup)

    def _set_circle(self) -> None:
        rows = self.members_view.selectionModel().selectedRows()
        if not rows or self.network_id is None:
            self.banner.show_message(self.tr("Choisissez d'abord un membre."))
            return
        member = self.members.row(rows[0].row())
        network_id, circle = self.network_id, self.circle_choice.currentData()
        command = self.workspace.set_circle
        if self.runner.run(lambda: command(network_id, member.id, circle), self.banner) is FAILED:
            return
        self.refresh()

    def import_file(self, path: Path, ask: bool = True) -> Job | None:
        """Preview ``path`` (a job); with ``ask``, the dialog decides — nothing is written
        otherwise."""
        return self.people.import_file(path, ask)

    def _ask_report(self) -> None:
        if self.data is None or self.job is not None:
            return
        suggested = Path.home() / self.tr("sante-du-reseau.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le rapport"), str(suggested), "PDF (*.pdf)"
        )
        if path:
            self.write_report(Path(path))

    def write_report(self, out: Path) -> Job | None:
        """The sponsor's report, written off the UI thread."""
        from app.export.health import export_health  # reportlab, when needed

        if self.network_id is None:
            return None
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        ws, network_id, language = self.workspace, self.network_id, current_language()
        self.job = job_runner().start(
            "health-report",
            lambda _steps: export_health(ws.store, network_id, ws.clock.now(), out, language),
        )
        self.job.finished.connect(self._report_done)
        self.job.failed.connect(self._report_failed)
        self.report_button.setEnabled(False)
        return self.job

    def _report_done(self, path: Path) -> None:
        self.job = None
        self.report_button.setEnabled(True)
        self.banner.show_message(self.tr("Rapport enregistré : %1").replace("%1", str(path)))
        self.report_written.emit(path)

    def _report_failed(self, message: str) -> None:
        self.job = None
        self.report_button.setEnabled(True)
        self.banner.show_message(message, error=True, seconds=15)
        self.report_failed.emit(message)


__all__ = ["CursorMap", "NetworkPage"]
