"""Planning a session: date, place, length, the agenda from methods or a past session.

The running total of planned minutes is set against the session's length as the agenda is
built; co-development items ask for their client.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.engine.errors import EngineError
from app.i18n import current_language
from app.planning import MemberSummary, PastAgenda, PlannedItem
from app.workspace import Workspace
from models import Role
from ui.kit.date_field import DateField, TimeEdit
from ui.kit.formatting import local_date
from ui.kit.widgets import Banner, Failed, section, select_data
from ui.shell.command_runner import command_runner
from ui.shell.shortcuts import bind, keyed


class AgendaRow(QWidget):
    """One agenda item being planned."""

    def __init__(self, page: PlannerPage, item: PlannedItem) -> None:
        super().__init__()
        self.page = page
        self.item_id = item.item_id
        self.title = QLineEdit(item.title)
        self.title.setPlaceholderText(self.tr("Titre du point"))
        self.method = QComboBox()
        for method in page.workspace.methods.methods.values():
            self.method.addItem(method.name.get(current_language()), method.key)
        select_data(self.method, item.method_key)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(item.minutes)
        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Client"))
        policy = self.client.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the columns of every row line up
        self.client.setSizePolicy(policy)
        self.client.addItem(self.tr("— client —"), None)
        for member in page.people:
            self.client.addItem(member.name, member.id)
        select_data(self.client, item.client_id)
        self.confidential = QCheckBox(self.tr("Confidentiel"))
        self.confidential.setChecked(item.confidential)
        up, down, remove = QPushButton("↑"), QPushButton("↓"), QPushButton("✕")
        up.setToolTip(self.tr("Monter"))
        down.setToolTip(self.tr("Descendre"))
        remove.setToolTip(self.tr("Retirer ce point"))
        for button in (up, down, remove):
            button.setFixedWidth(34)
        up.clicked.connect(lambda: page.move_row(self, -1))
        down.clicked.connect(lambda: page.move_row(self, 1))
        remove.clicked.connect(lambda: page.remove(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 3)
        layout.addWidget(self.method, 2)
        layout.addWidget(self.minutes)
        layout.addWidget(self.client, 1)
        layout.addWidget(self.confidential)
        layout.addWidget(up)
        layout.addWidget(down)
        layout.addWidget(remove)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.minutes.valueChanged.connect(page.update_total)
        self._method_changed(keep_minutes=True)

    def _method_changed(self, _index: int = 0, keep_minutes: bool = False) -> None:
        method = self.page.workspace.methods.get(self.method.currentData())
        self.client.setVisible(Role.CLIENT in method.roles)
        if not keep_minutes:
            self.minutes.setValue(method.default_minutes)
            self.confidential.setChecked(method.confidential_by_default)
        self.page.update_total()

    def planned(self) -> PlannedItem:
        client = None if self.client.isHidden() else self.client.currentData()
        return PlannedItem(
            self.title.text().strip(),
            str(self.method.currentData()),
            self.minutes.value(),
            self.confidential.isChecked(),
            item_id=self.item_id,
            client_id=client,
        )


class PlannerPage(QWidget):
    planned = Signal(object, object)  # network id, meeting id
    cancelled = Signal()
    refused = Signal(str)  # the session can no longer be planned (why)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.network_id: uuid.UUID | None = None
        self.meeting_id: uuid.UUID | None = None  # a planned session being changed
        self.people: list[MemberSummary] = []
        self.agendas: list[PastAgenda] = []
        self.rows: list[AgendaRow] = []

        self.heading = QLabel(self.tr("Planifier une séance"))
        self.heading.setObjectName("title")
        self.date = DateField()
        self.start = TimeEdit()
        self.length = QSpinBox()
        self.length.setRange(15, 600)
        self.length.setSingleStep(15)
        self.length.setSuffix(" min")
        self.length.valueChanged.connect(self.update_total)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("ex. Cas de Sofia et Lean Coffee"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("ex. Salle Lumière"))
        self.facilitator = QComboBox()
        self.scribe = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Début"), self.start)
        form.addRow(self.tr("Durée"), self.length)
        form.addRow(self.tr("Titre"), self.title)
        form.addRow(self.tr("Lieu"), self.place)
        form.addRow(self.tr("Animateur"), self.facilitator)
        form.addRow(self.tr("Secrétaire"), self.scribe)

        self.method_choice = QComboBox()
        add = QPushButton(keyed(self.tr("Ajouter un point"), "planner_add"))
        add.clicked.connect(self.add_from_method)
        self.template_choice = QComboBox()
        copy = QPushButton(self.tr("Copier cet ordre du jour"))
        copy.clicked.connect(self.copy_template)
        tools = QHBoxLayout()
        tools.addWidget(self.method_choice, 1)
        tools.addWidget(add)
        tools.addSpacing(20)
        tools.addWidget(self.template_choice, 1)
        tools.addWidget(copy)

        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
        self.rows_box.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.rows_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.total = QLabel()
        self.total.setObjectName("total")
        self.banner = Banner()

        back = QPushButton(keyed(self.tr("← Annuler"), "planner_cancel"))
        back.clicked.connect(self.cancelled.emit)
        save = QPushButton(keyed(self.tr("Enregistrer la séance"), "planner_save"))
        save.setObjectName("primary")
        save.clicked.connect(self.save)
        footer = QHBoxLayout()
        footer.addWidget(back)
        footer.addStretch(1)
        footer.addWidget(save)

        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(section(self.tr("ORDRE DU JOUR")))
        layout.addLayout(tools)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.banner)
        layout.addLayout(footer)
        bind(self, "planner_save", self.save)
        bind(self, "planner_add", self.add_from_method)
        bind(self, "planner_cancel", self.cancelled.emit)

    def open(self, network_id: uuid.UUID, meeting_id: uuid.UUID | None = None) -> bool:
        """A new session for the network, or the plan of ``meeting_id`` to change.

        False (and nothing shown) when that session can no longer be changed.
        """
        plan = None
        if meeting_id is not None:
            try:
                plan = self.workspace.session_plan(meeting_id)
            except EngineError as error:
                self.refused.emit(str(error))
                return False
        self.network_id = network_id
        self.meeting_id = meeting_id
        self.people = self.workspace.members(network_id)
        self.agendas = self.workspace.past_agendas(network_id)
        for row in list(self.rows):
            self.remove(row)
        language = current_language()
        self.method_choice.clear()
        for method in self.workspace.methods.methods.values():
            self.method_choice.addItem(
                f"{method.name.get(language)} ({method.default_minutes} min)", method.key
            )
        self._offer_templates(meeting_id)
        for combo, empty in (
            (self.facilitator, self.tr("— animateur —")),
            (self.scribe, self.tr("— secrétaire —")),
        ):
            combo.clear()
            combo.addItem(empty, None)
            for member in self.people:
                combo.addItem(member.name, member.id)
        if plan is None:
            self.heading.setText(self.tr("Planifier une séance"))
            start, minutes = self.workspace.next_slot(network_id)
            self._show_plan(start.astimezone(), minutes, "", "", None, None)
        else:
            self.heading.setText(self.tr("Modifier la séance %1").replace("%1", str(plan.number)))
            self._show_plan(
                plan.start.astimezone(),
                plan.minutes,
                plan.title,
                plan.place,
                plan.facilitator_id,
                plan.scribe_id,
            )
            for item in plan.items:
                self.add(item)
        self.title.setFocus()
        return True

    def _offer_templates(self, meeting_id: uuid.UUID | None) -> None:
        """Past agendas to start from (never the session being changed itself)."""
        self.template_choice.clear()
        for agenda in self.agendas:
            if agenda.meeting_id == meeting_id:
                continue
            label = self.tr("Séance %1 du %2").replace("%1", str(agenda.number))
            label = label.replace("%2", local_date(agenda.planned_start))
            self.template_choice.addItem(f"{label} — {agenda.title}", agenda.meeting_id)

    def _show_plan(
        self,
        start: datetime,
        minutes: int,
        title: str,
        place: str,
        facilitator_id: uuid.UUID | None,
        scribe_id: uuid.UUID | None,
    ) -> None:
        self.date.setDate(QDate(start.year, start.month, start.day))
        self.start.setTime(QTime(start.hour, start.minute))
        self.length.setValue(minutes)
        self.title.setText(title)
        self.place.setText(place)
        select_data(self.facilitator, facilitator_id)
        select_data(self.scribe, scribe_id)
        self.update_total()

    def add(self, item: PlannedItem) -> AgendaRow:
        row = AgendaRow(self, item)
        self.rows.append(row)
        self.rows_box.insertWidget(len(self.rows) - 1, row)
        row.show()  # added to a page already shown
        self.update_total()
        return row

    def add_from_method(self) -> None:
        method = self.workspace.methods.get(self.method_choice.currentData())
        row = self.add(
            PlannedItem(
                method.name.get(current_language()),
                method.key,
                method.default_minutes,
                method.confidential_by_default,
            )
        )
        row.title.setFocus()
        row.title.selectAll()

    def copy_template(self) -> None:
        agenda = next(
            (a for a in self.agendas if a.meeting_id == self.template_choice.currentData()), None
        )
        if agenda is None:
            self.banner.show_message(self.tr("Aucune séance passée à copier."))
            return
        for item in agenda.items:
            self.add(item)

    def move_row(self, row: AgendaRow, step: int) -> None:
        index = self.rows.index(row)
        target = index + step
        if 0 <= target < len(self.rows):
            self.rows.insert(target, self.rows.pop(index))
            self.rows_box.removeWidget(row)
            self.rows_box.insertWidget(target, row)

    def remove(self, row: AgendaRow) -> None:
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.deleteLater()
        self.update_total()

    def planned_minutes(self) -> int:
        return sum(row.minutes.value() for row in self.rows)

    def update_total(self) -> None:
        total, length = self.planned_minutes(), self.length.value()
        text = self.tr("Total prévu : %1 min sur %2 min").replace("%1", str(total))
        text = text.replace("%2", str(length))
        if total > length:
            text += "  " + self.tr("⚠ dépasse de %1 min").replace("%1", str(total - length))
        elif total < length:
            text += "  " + self.tr("· reste %1 min").replace("%1", str(length - total))
        else:
            text += "  ✓"
        self.total.setText(text)
        self.total.setProperty("over", total > length)
        self.total.style().unpolish(self.total)
        self.total.style().polish(self.total)

    def save(self) -> None:
        if self.network_id is None:
            return
        if not self.rows:
            self.banner.show_message(self.tr("Ajoutez au moins un point à l'ordre du jour."), True)
            return
        items = [row.planned() for row in self.rows]
        for number, item in enumerate(items, 1):
            if not item.title:
                self.banner.show_message(
                    self.tr("Le point %1 n'a pas de titre.").replace("%1", str(number)), True
                )
                self.rows[number - 1].title.setFocus()
                return
        day, time = self.date.date(), self.start.time()
        local = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        start = local.astimezone().astimezone(UTC)
        fields = {
            "title": self.title.text().strip(),
            "place": self.place.text().strip(),
            "facilitator_id": self.facilitator.currentData(),
            "scribe_id": self.scribe.currentData(),
        }
        network_id, replanned, minutes = self.network_id, self.meeting_id, self.length.value()

        def save() -> uuid.UUID:
            if replanned is None:
                return self.workspace.plan_session(network_id, start, minutes, items, **fields)
            self.workspace.replan_session(replanned, start, minutes, items, **fields)
            return replanned

        meeting_id = command_runner(self.workspace).run(save, self.banner)
        if isinstance(meeting_id, Failed):
            return
        self.planned.emit(network_id, meeting_id)
