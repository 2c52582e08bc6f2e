"""Opening a session: attendance check-in and the review of actions left open.

Also the place for late arrivals and early departures while the session runs (F2 from the
cockpit): marking someone present then counts their share from the moment they arrive.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.confidentiality import Reader
from app.engine.session import SessionEngine
from app.planning import OpenAction
from app.text import fold
from app.vocabulary import ATTENDANCE_SYMBOLS, attendance_status_name
from app.workspace import Workspace
from models import ActionStatus, AttendanceStatus, MeetingStatus
from ui.kit.formatting import local_date, local_time
from ui.kit.table import Column, RowsModel, action_columns, table_view
from ui.kit.widgets import FAILED, Banner, Failed, muted, section
from ui.session.actions_board import DueActions
from ui.session.case_choice import CaseChoice
from ui.shell.command_runner import command_runner
from ui.shell.shortcuts import TILE_KEYS, bind, keyed, tile_key

T = TypeVar("T")


@dataclass(frozen=True)
class AttendanceRow:
    member_id: uuid.UUID
    name: str
    status: AttendanceStatus | None
    detail: str
    key: str = ""  # their tile's key in the cockpit, the same at every session


class CheckInPage(QWidget):
    run_requested = Signal(object)  # meeting id: go to the cockpit
    home_requested = Signal()

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.engine: SessionEngine | None = None
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.subtitle = muted()
        self.attendance: RowsModel[AttendanceRow] = RowsModel(
            [
                Column(self.tr("Membre"), lambda r: r.name),
                Column(self.tr("Pointage"), self._status_text, bold=lambda r: r.status is None),
                Column(self.tr("Détail"), lambda r: r.detail),
                Column(self.tr("Touche"), lambda r: r.key, align=Qt.AlignmentFlag.AlignCenter),
            ]
        )
        self.attendance_view = table_view(self.attendance, self.tr("Pointage"), stretch=0)
        self.count = muted()
        buttons = QHBoxLayout()
        for label, status in (
            (keyed(self.tr("Présent"), "checkin_present"), AttendanceStatus.PRESENT),
            (keyed(self.tr("Excusé"), "checkin_excused"), AttendanceStatus.EXCUSED),
            (keyed(self.tr("Absent"), "checkin_absent"), AttendanceStatus.ABSENT),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=status: self.mark(s))
            buttons.addWidget(button)
        everyone = QPushButton(keyed(self.tr("Tous présents"), "checkin_everyone"))
        everyone.clicked.connect(self.everyone_present)
        buttons.addStretch(1)
        # A second row: the first made the members' column too wide for the actions' titles.
        more = QHBoxLayout()
        more.addWidget(everyone)
        self.leave_button = QPushButton(keyed(self.tr("Part avant la fin"), "checkin_leave"))
        self.leave_button.clicked.connect(self.leave)
        more.addWidget(self.leave_button)
        more.addStretch(1)

        self.open_actions: RowsModel[OpenAction] = RowsModel(
            [
                *action_columns(title=self._action_title),
                Column(
                    self.tr("Séance"),
                    lambda a: (
                        self.tr("n° %1").replace("%1", str(a.from_session))
                        if a.from_session
                        else ""
                    ),
                ),
            ]
        )
        self.open_actions_view = table_view(
            self.open_actions, self.tr("Actions ouvertes"), stretch=1
        )
        self.no_actions = muted(self.tr("Aucune action ouverte : tout a été fait."))
        action_buttons = QHBoxLayout()
        done = QPushButton(keyed(self.tr("Faite"), "action_done"))
        done.clicked.connect(lambda: self.close_action(ActionStatus.DONE))
        dropped = QPushButton(keyed(self.tr("Abandonnée"), "action_dropped"))
        dropped.clicked.connect(lambda: self.close_action(ActionStatus.DROPPED))
        action_buttons.addWidget(done)
        action_buttons.addWidget(dropped)
        action_buttons.addStretch(1)
        self.banner = Banner()
        # The list for the room (never a confidential action): printed, or projected.
        self.due = DueActions(workspace, self.banner)
        room_buttons = QHBoxLayout()
        room_buttons.addWidget(muted(self.tr("Pour la salle :")))
        for label, name, slot in (
            (self.tr("Imprimer"), "checkin_print", self.print_actions),
            (self.tr("Projeter"), "checkin_project", self.project_actions),
        ):
            button = QPushButton(keyed(label, name))
            button.clicked.connect(slot)
            room_buttons.addWidget(button)
        room_buttons.addStretch(1)

        back = QPushButton(keyed(self.tr("← Accueil"), "checkin_home"))
        back.clicked.connect(self.home_requested.emit)
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.start)
        footer = QHBoxLayout()
        footer.addWidget(back)
        footer.addStretch(1)
        footer.addWidget(self.start_button)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        left = QVBoxLayout()
        left.addWidget(section(self.tr("POINTAGE")))
        left.addWidget(self.attendance_view, 1)
        left.addWidget(self.count)
        left.addLayout(buttons)
        left.addLayout(more)
        right = QVBoxLayout()
        right.addWidget(section(self.tr("ACTIONS OUVERTES DES SÉANCES PRÉCÉDENTES")))
        right.addWidget(self.open_actions_view, 1)
        right.addWidget(self.no_actions)
        right.addLayout(action_buttons)
        right.addLayout(room_buttons)
        self.cases = CaseChoice(self.workspace)
        self.cases.message.connect(lambda text, error: self.banner.show_message(text, error))
        self.cases.chosen.connect(self.refresh)
        right.addWidget(self.cases)
        # The actions need the width (their titles are sentences); the members, names only.
        columns.addLayout(left, 34)
        columns.addLayout(right, 66)
        for view in (self.attendance_view, self.open_actions_view):
            view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(columns, 1)
        layout.addWidget(self.banner)
        layout.addLayout(footer)

        bind(self, "checkin_present", lambda: self.mark(AttendanceStatus.PRESENT))
        bind(self, "checkin_excused", lambda: self.mark(AttendanceStatus.EXCUSED))
        bind(self, "checkin_absent", lambda: self.mark(AttendanceStatus.ABSENT))
        bind(self, "checkin_leave", self.leave)
        bind(self, "checkin_everyone", self.everyone_present)
        bind(self, "checkin_actions", self.review_actions)
        bind(self, "action_done", lambda: self.close_action(ActionStatus.DONE))
        bind(self, "action_dropped", lambda: self.close_action(ActionStatus.DROPPED))
        bind(self, "checkin_print", self.print_actions)
        bind(self, "checkin_project", self.project_actions)
        bind(self, "checkin_start", self.start)
        bind(self, "checkin_home", self.home_requested.emit)
        # Tab walks from the members to the actions (not from cell to cell).
        self.attendance_view.setTabKeyNavigation(False)
        self.open_actions_view.setTabKeyNavigation(False)
        self.setTabOrder(self.attendance_view, self.open_actions_view)

    def open(self, meeting_id: uuid.UUID) -> None:
        self.engine = self.workspace.engine(meeting_id)
        self.refresh()
        self.attendance_view.setFocus()
        if self.attendance.rowCount():
            self.attendance_view.selectRow(0)

    def refresh(self) -> None:
        engine = self._engine()
        engine.reload()
        facts = engine.facts
        m = facts.meeting
        self.heading.setText(
            self.tr("Séance %1 · %2").replace("%1", str(m.number)).replace("%2", m.title)
            if m.title
            else self.tr("Séance %1").replace("%1", str(m.number))
        )
        self.subtitle.setText(
            f"{m.network_name} · {local_date(m.planned_start)} · {local_time(m.planned_start)}"
            + (f" · {m.place}" if m.place else "")
        )
        now = self.workspace.clock.now()
        rows = []
        for member_id, name in facts.names.items():
            fact = facts.attendance.get(member_id)
            if member_id not in facts.current and fact is None:
                continue  # left the network: in its history, not at the door
            detail = ""
            if fact is not None and fact.left_at is not None:
                detail = self.tr("parti·e à %1").replace("%1", local_time(fact.left_at))
            elif fact is not None and fact.arrived_at is not None:
                detail = self.tr("arrivé·e à %1").replace("%1", local_time(fact.arrived_at))
            tile = facts.tiles.get(member_id)
            key = tile_key(tile - 1) if tile is not None and tile <= TILE_KEYS else ""
            rows.append(AttendanceRow(member_id, name, fact.status if fact else None, detail, key))
        rows.sort(key=lambda r: fold(r.name))
        self.attendance.set_rows(rows)
        present = sum(1 for f in facts.attendance.values() if f.present_at(now))
        unmarked = sum(1 for r in rows if r.status is None)
        text = self.tr("%1 présent·e·s").replace("%1", str(present))
        if unmarked:
            text += " · " + self.tr("%1 non pointé·e·s").replace("%1", str(unmarked))
        self.count.setText(text)
        # The facilitator's own list: a confidential action is followed here too, marked so
        # (it is never printed, projected or exported: the room's list is ``self.due``).
        actions = self.workspace.open_actions(m.network_id, Reader.FACILITATOR)
        self.open_actions.set_rows(actions)
        self.no_actions.setVisible(not actions)
        self.due.refresh(engine.meeting_id)
        self.cases.open(engine)
        running = m.status is MeetingStatus.RUNNING
        self.start_button.setText(
            keyed(self.tr("Retour à la séance"), "checkin_start")
            if running
            else keyed(self.tr("Démarrer la séance"), "checkin_start")
        )
        self.start_button.setEnabled(m.status is not MeetingStatus.CLOSED)
        self.leave_button.setEnabled(running)

    def _action_title(self, action: OpenAction) -> str:
        if action.confidential:  # said first, so that eliding a long title keeps it
            return self.tr("[confidentielle] %1").replace("%1", action.title)
        return action.title

    def _engine(self) -> SessionEngine:
        assert self.engine is not None
        return self.engine

    def _status_text(self, row: AttendanceRow) -> str:
        if row.status is None:
            return self.tr("— à pointer")
        return f"{ATTENDANCE_SYMBOLS[row.status]} {attendance_status_name(row.status)}"

    def _do(self, command: Callable[[], T]) -> T | Failed:
        result = command_runner(self.workspace).run(command, self.banner)
        if result is not FAILED:
            self.refresh()
        return result

    def _selected_member(self) -> uuid.UUID | None:
        rows = self.attendance_view.selectionModel().selectedRows()
        return self.attendance.row(rows[0].row()).member_id if rows else None

    def mark(self, status: AttendanceStatus) -> None:
        """Mark the selected member and move to the next one (check-in at the door)."""
        rows = self.attendance_view.selectionModel().selectedRows()
        if not rows:
            self.banner.show_message(self.tr("Choisissez d'abord un membre."))
            return
        row = rows[0].row()
        member = self.attendance.row(row).member_id
        if self._do(lambda: self._engine().set_attendance(member, status)) is not FAILED:
            self.attendance_view.selectRow(min(row + 1, self.attendance.rowCount() - 1))

    def everyone_present(self) -> None:
        engine = self._engine()
        for row in self.attendance.rows:
            if row.status is None:
                self._do(partial(engine.set_attendance, row.member_id, AttendanceStatus.PRESENT))

    def leave(self) -> None:
        member = self._selected_member()
        if member is not None:
            self._do(lambda: self._engine().leave(member))

    def review_actions(self) -> None:
        """The keyboard goes to the open actions, the first one chosen (then F or Del)."""
        self.open_actions_view.setFocus()
        if (
            self.open_actions.rowCount()
            and not self.open_actions_view.selectionModel().hasSelection()
        ):
            self.open_actions_view.selectRow(0)

    def close_action(self, status: ActionStatus) -> None:
        rows = self.open_actions_view.selectionModel().selectedRows()
        if not rows:
            self.banner.show_message(self.tr("Choisissez d'abord une action."))
            return
        action = self.open_actions.row(rows[0].row())
        self._do(lambda: self._engine().set_action_status(action.id, status))

    def print_actions(self) -> None:
        engine = self._engine()
        self.due.print_list(engine.meeting_id, engine.facts.meeting.number)

    def project_actions(self) -> None:
        self.due.toggle_projection(self._engine().meeting_id, self)

    def hideEvent(self, event: QHideEvent) -> None:
        self.due.board.hide()  # the room's list goes with the page
        super().hideEvent(event)

    def start(self) -> None:
        engine = self._engine()
        planned = engine.facts.meeting.status is MeetingStatus.PLANNED
        if planned and self._do(engine.start_session) is FAILED:
            return
        self.run_requested.emit(engine.meeting_id)
