"""The cockpit: the facilitator's screen while the session runs (UX.md).

It holds no state of its own about the session: a 10 Hz ticker asks the engine for the
state at *now* and repaints; every key or click sends one engine command, which is
committed before the screen shows its effect. Errors are told in a banner, never in a
dialog that would freeze the room.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.cases import CaseRecord
from app.commands import ChangeSet, Fact
from app.confidentiality import Reader
from app.engine.facts import CaptureFact
from app.engine.keys import advance_agenda, advance_floor, toggle_pause
from app.engine.session import SessionEngine
from app.engine.state import ItemState, ItemStatus, LiveState, QueuedState
from app.i18n import current_language
from app.store.backup import make_backup
from app.workspace import Workspace
from models import EntryKind, MeetingStatus, QueueMode, RitualKind
from ui.kit.controls import controls
from ui.kit.formatting import decimal, duration, local_date
from ui.kit.jobs import Job, job_runner
from ui.kit.sound import AudibleCue
from ui.kit.table import Column, RowsModel, table_view
from ui.kit.widgets import (
    FAILED,
    Banner,
    ElidedLabel,
    Failed,
    ParticipantTile,
    TimerDisplay,
    muted,
    section,
)
from ui.kit.words import (
    command_name,
    item_status_symbol,
    queue_mode_name,
    quoted,
    role_name,
)
from ui.session.capture_bar import CaptureBar
from ui.session.capture_desk import CaptureDesk
from ui.session.case_panel import CasePanel
from ui.session.lean_board import LeanBoard
from ui.session.outlook import Outlook
from ui.session.projector import ProjectorWindow
from ui.session.ritual_round import RitualRound
from ui.session.schedule_view import ScheduleView
from ui.session.tile_wall import TileWall
from ui.shell.command_runner import command_runner
from ui.shell.settings import PROJECTOR_OPEN, PROJECTOR_THEME, Settings
from ui.shell.shortcuts import SHORTCUTS, TILE_KEYS, tile_key, tile_sequences

log = logging.getLogger(__name__)
# The kinds of facts the cockpit and the projector show (all but the cases in waiting).
SHOWN = frozenset(Fact) - {Fact.CASES}
T = TypeVar("T")

CAPTURE_KEYS = {
    "capture_decision": EntryKind.DECISION,
    "capture_action": EntryKind.ACTION,
    "capture_practice": EntryKind.PRACTICE,
    "capture_term": EntryKind.TERM,
    "capture_tool": EntryKind.TOOL,
    "capture_learning": EntryKind.LEARNING,
    "capture_idea": EntryKind.IDEA,
    "capture_ritual": EntryKind.RITUAL,
    "capture_criterion": EntryKind.CRITERION,
}


# Keys that work on every page of the window, not only in the cockpit.
WINDOW_WIDE = frozenset({"help"})


def _minutes(seconds: float) -> str:
    return str(round(seconds / 60))


class CockpitPage(QWidget):
    closed = Signal(object)  # meeting id, once the session is closed
    checkin_requested = Signal(object)  # meeting id
    help_requested = Signal()
    backup_failed = Signal(str)  # the automatic copy at session close could not be made
    desk: CaptureDesk  # the captures (built once the capture bar is)

    def __init__(self, workspace: Workspace, settings: Settings | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.runner = command_runner(workspace)
        self.runner.changed.connect(self._changed)
        self._previous_case: CaseRecord | None = None
        self._room_case: CaseRecord | None = None
        self._room_record: CaseRecord | None = None
        self._room_case_for: object = None
        self.settings = settings or Settings()
        self.projector = ProjectorWindow(self.settings.get(PROJECTOR_THEME))
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(lambda _screen: self.projector.follow_screens(self.window()))
            app.screenRemoved.connect(lambda _screen: self.projector.follow_screens(self.window()))
        self.engine: SessionEngine | None = None
        self.state: LiveState | None = None
        self.audible = AudibleCue(self.settings, self)
        self.cues = self.audible.cues
        self._arming_queue = False
        self.backup_job: Job | None = None

        # Header: where we are, the session clock, the schedule.
        self.heading = ElidedLabel()
        self.heading.setObjectName("heading")
        self.session_clock = QLabel()
        self.session_clock.setObjectName("sessionClock")
        self.schedule_view = ScheduleView(self)
        self.schedule = self.schedule_view.line
        self.fit_button = self.schedule_view.fit_button
        self.fit_button.clicked.connect(self._offer_fit)
        header = QHBoxLayout()
        header.addWidget(self.session_clock)
        header.addSpacing(16)
        header.addWidget(self.schedule)
        header.addWidget(self.fit_button)

        # Buttons: every one has its key, shown on it, next to what it acts on.
        self.commands: dict[str, QAction] = {}
        self._make_actions()
        self.buttons: dict[str, QPushButton] = {}
        labels = {
            "next_item": self.tr("Point suivant"),
            "next_phase": self.tr("Phase suivante"),
            "pause": self.tr("Pause"),
            "floor": self.tr("Fin de parole"),
            "tour": self.tr("Tour de table"),
            "checkin": self.tr("Pointage"),
            "undo": self.tr("Annuler"),
            "close": self.tr("Clore"),
            "projector": self.tr("Projeter"),
            "blank": self.tr("Écran noir"),
            "queue_arm": self.tr("Ajouter"),
            "queue_next": self.tr("Suivant"),
            "queue_order": self.tr("Ordre"),
        }
        for name, label in labels.items():
            self.buttons[name] = self._button(name, label)
        header.addStretch(1)
        for name in ("projector", "blank", "checkin", "undo", "close"):
            header.addWidget(self.buttons[name])
        floor_buttons = _row(self.buttons, "floor", "tour")

        # Left: the agenda.
        self.agenda: RowsModel[ItemState] = RowsModel(
            [
                Column(
                    "",
                    lambda i: f"{item_status_symbol(i.status)}  {i.title}",
                    bold=_is_current,
                    tooltip=lambda i: i.title,  # a long title shows whole on hover
                ),
                Column(
                    "",
                    lambda i: f"{_minutes(i.timer.elapsed)}/{_minutes(i.timer.planned)}",
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    bold=_is_current,
                    colour=lambda i: "#b3261e" if i.timer.overrun > 0 else None,
                ),
            ]
        )
        self.agenda_view = table_view(
            self.agenda, self.tr("Ordre du jour"), stretch=0, headers=False, alternating=False
        )
        self.agenda_view.doubleClicked.connect(self._agenda_double_clicked)
        self.agenda_view.setToolTip(self.tr("Double-clic : démarrer ce point"))
        self.planned_end = self.schedule_view.planned_end
        self.estimated_end = self.schedule_view.estimated_end
        left = QVBoxLayout()
        left.addWidget(section(self.tr("ORDRE DU JOUR")))
        left.addWidget(self.agenda_view, 1)
        for name in ("next_phase", "next_item", "pause"):
            left.addWidget(self.buttons[name])
        left.addWidget(self.planned_end)
        left.addWidget(self.estimated_end)

        # Centre: the item, its phase and rule, the timer, who speaks.
        self.item_title = QLabel()
        self.item_title.setObjectName("itemTitle")
        self.item_title.setWordWrap(True)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phase")
        self.rule = QLabel()
        self.rule.setObjectName("rule")
        self.rule.setWordWrap(True)
        self.input = muted()
        self.timer = TimerDisplay(40)
        self.next_phase_label = muted()
        self.speaker = QLabel()
        self.speaker.setObjectName("speaker")
        self.speaker.setWordWrap(True)
        self.speaker_warning = QLabel()
        self.speaker_warning.setObjectName("warning")
        self.speaker_warning.setWordWrap(True)
        self.tour_label = muted()
        self.board = LeanBoard(self)
        centre = QVBoxLayout()
        centre.setSpacing(6)
        centre.addWidget(self.item_title)
        centre.addWidget(self.phase_label)
        centre.addWidget(self.rule)
        centre.addWidget(self.input)
        centre.addSpacing(6)
        centre.addWidget(self.timer)
        centre.addWidget(self.next_phase_label)
        centre.addSpacing(6)
        centre.addWidget(self.speaker)
        centre.addWidget(self.speaker_warning)
        centre.addWidget(self.tour_label)
        centre.addWidget(self.board, 1)
        self.outlook = Outlook()
        centre.addWidget(self.outlook, 1)

        # Right: the queue and the captures.
        self.queue_title = section("")
        self.queue: RowsModel[tuple[int, QueuedState]] = RowsModel(
            [
                Column("", lambda q: f"{q[0]}. {q[1].name}"),
                Column(
                    "",
                    lambda q: duration(q[1].item_seconds),
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
            ]
        )
        self.queue_view = table_view(
            self.queue, self.tr("File d'attente"), stretch=0, headers=False, alternating=False
        )
        self.queue_view.setMaximumHeight(170)
        queue_buttons = _row(self.buttons, "queue_arm", "queue_next")
        remove = QPushButton(self.tr("Retirer"))
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        remove.clicked.connect(self._queue_remove_selected)
        queue_buttons.insertWidget(2, remove)
        queue_buttons.insertWidget(3, self.buttons["queue_order"])
        self.captures: RowsModel[CaptureFact] = RowsModel(
            [
                Column(
                    "",
                    lambda c: self.desk.text(c),
                    # the whole capture on hover: its title, then its text
                    tooltip=lambda c: c.title + (f"\n{c.body}" if c.body else ""),
                )
            ]
        )
        self.captures_view = table_view(
            self.captures, self.tr("Captures"), stretch=0, headers=False, alternating=False
        )
        # A long capture wraps over its lines instead of being cut short.
        self.captures_view.setWordWrap(True)
        self.captures_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        right = QVBoxLayout()
        right.addWidget(self.queue_title)
        right.addWidget(self.queue_view)
        right.addLayout(queue_buttons)
        right.addLayout(floor_buttons)
        right.addSpacing(10)
        self.case_panel = CasePanel()
        self.case_panel.consent_changed.connect(
            lambda item, parts: self.do(lambda: self.live().set_consent(item, parts))
        )
        right.addWidget(self.case_panel)
        right.addWidget(section(self.tr("CAPTURES DE LA SÉANCE")))
        right.addWidget(self.captures_view, 1)

        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(left, 26)
        body.addLayout(centre, 44)
        body.addLayout(right, 30)
        # The column widths follow their stretch, not their text: nothing shifts by a few
        # pixels when the speaker, the phase or a warning changes.
        for wrapped in (
            self.item_title,
            self.phase_label,
            self.rule,
            self.input,
            self.next_phase_label,
            self.speaker,
            self.speaker_warning,
            self.tour_label,
            self.planned_end,
            self.estimated_end,
        ):
            wrapped.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        # Bottom: the tiles, the balance, the capture bar, the legend.
        self.wall = TileWall()
        self.wall.chosen.connect(self._member_chosen)
        self.wall.menu.connect(self._member_menu)
        self.no_one = muted(self.tr("Personne n'est pointé présent : F2 pour faire le pointage."))
        self.balance = muted()
        self.banner = Banner()
        self.capture_bar = CaptureBar()
        self.desk = CaptureDesk(self, self.setFocus)
        self.legend = muted(self._legend())
        self.legend.setObjectName("legend")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(8)
        layout.addWidget(self.heading)  # its own line: the network's name is never cut
        layout.addLayout(header)
        layout.addWidget(_rule_line())
        layout.addLayout(body, 1)
        layout.addWidget(_rule_line())
        layout.addWidget(self.wall)
        layout.addWidget(self.no_one)
        bottom = QWidget()  # the banner stands where the legend was, for a while
        row = QHBoxLayout(bottom)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.banner, 1)
        row.addWidget(self.legend, 1)
        # Nothing moves when a message or the capture bar appears: the row has the banner's
        # height whether it shows the legend or a message, and the bar's place is kept.
        bottom.setFixedHeight(max(self.banner.sizeHint().height(), 30))
        # The capture bar opens in the balance line's place, which is as tall as the bar.
        shared = QWidget()
        cell = QGridLayout(shared)
        cell.setContentsMargins(0, 0, 0, 0)
        cell.addWidget(self.balance, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        cell.addWidget(self.capture_bar, 0, 0)
        shared.setFixedHeight(self.capture_bar.sizeHint().height())
        self.capture_bar.installEventFilter(self)
        layout.addWidget(shared)
        layout.addWidget(bottom)
        self.banner.visibility_changed.connect(lambda shown: self.legend.setVisible(not shown))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.ticker = QTimer(self)
        self.ticker.setInterval(100)
        self.ticker.timeout.connect(self.tick)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.capture_bar and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.balance.setVisible(event.type() == QEvent.Type.Hide)
        return super().eventFilter(watched, event)

    # --- opening and ticking ------------------------------------------------------------------

    def open(self, meeting_id: uuid.UUID) -> None:
        self.engine = self.workspace.engine(meeting_id)
        self.workspace.go_live(self.engine)  # Ctrl+Z undoes the repertoire's edits too
        self._arming_queue = False
        self._previous_case = self._room_case = self._room_record = self._room_case_for = None
        self.capture_bar.clear()
        self.refresh()
        self.ticker.start()
        self.setFocus()

    def leave(self) -> None:
        self.ticker.stop()
        self.engine = None
        self.workspace.go_live(None)
        self.projector.hide()
        self.settings.set(PROJECTOR_OPEN, False)

    def set_active(self, active: bool) -> None:
        for name, action in self.commands.items():
            action.setEnabled(active or name in WINDOW_WIDE)

    def _changed(self, changes: ChangeSet) -> None:
        """After any command: repaint (cockpit and projector) with what it changed.

        The live engine re-read its facts itself; a command run elsewhere (the check-in's
        engine, a network-wide change) makes it re-read them when they are ones it shows.
        """
        if self.engine is None:
            return
        if changes is not self.engine.last_changes and changes.touches(*SHOWN):
            self.engine.reload()
        self.tick()

    def refresh(self) -> None:
        """Re-read the stored facts (after a change made elsewhere) and repaint."""
        if self.engine is not None:
            self.engine.reload()
            self.tick()

    def tick(self) -> None:
        if self.engine is None:
            return
        self.state = self.engine.state()
        self.cues.update(self.state)
        self.display(self.state)
        if self.projector.isVisible():
            self.projector.display(self.state, self.engine.facts.captures, self._room_case)

    # --- painting -----------------------------------------------------------------------------

    def display(self, s: LiveState) -> None:
        m = s.meeting
        self.heading.setText(
            " · ".join(
                part
                for part in (
                    m.network_name,
                    self.tr("Séance %1").replace("%1", str(m.number)),
                    local_date(m.planned_start),
                    m.place,
                )
                if part
            )
        )
        planned = (m.planned_end - m.planned_start).total_seconds()
        symbol = {MeetingStatus.RUNNING: "▶", MeetingStatus.CLOSED: "■"}.get(m.status, "○")
        self.session_clock.setText(f"{symbol} {duration(s.elapsed)} / {duration(planned)}")
        self.schedule_view.display(s)
        self.agenda.set_rows(s.items)
        self._render_current(s)
        self._render_case(s)
        self._render_speaker(s)
        self.outlook.setVisible(not self.board.isVisible())
        self.outlook.display(s)
        self.queue_title.setText(
            self.tr("FILE D'ATTENTE (%1)").replace("%1", queue_mode_name(m.queue_mode))
        )
        self.queue.set_rows(list(enumerate(s.queue, 1)))
        self.captures.set_rows(self.engine.facts.captures if self.engine else ())
        self._render_tiles(s)
        self._render_balance(s)
        self._render_buttons(s)

    def _render_case(self, s: LiveState) -> None:
        fact = self.engine.facts.item(s.current.id) if self.engine and s.current else None
        previous = None
        if fact is not None and fact.reports_on_id is not None:
            if self._previous_case is None or self._previous_case.item_id != fact.reports_on_id:
                self._previous_case = self.workspace.case_record(fact.reports_on_id)
            previous = self._previous_case
        self.case_panel.display(s.current, fact, previous)
        room = None
        if previous is not None and fact is not None and fact.reports_on_id is not None:
            if self._room_case_for != fact.reports_on_id:
                # what the room may read of it (only what the client agreed to share)
                self._room_case_for = fact.reports_on_id
                self._room_record = self.workspace.case_record(fact.reports_on_id, Reader.ROOM)
            room = self._room_record
        self._room_case = room

    def _render_current(self, s: LiveState) -> None:
        language = current_language()
        item = s.current
        self.board.setVisible(item is not None and item.method.lean_coffee is not None)
        self.input.setVisible(not self.board.isVisible())
        self.timer.set_compact(self.board.isVisible())
        if item is None:
            if s.status is MeetingStatus.CLOSED:
                self.item_title.setText(self.tr("La séance est close."))
            elif s.next_item is not None:
                self.item_title.setText(
                    self.tr("Prochain point : %1").replace("%1", s.next_item.title)
                )
            else:
                self.item_title.setText(self.tr("Tous les points sont traités."))
            self.phase_label.setText(
                self.tr("Maj+N pour démarrer le point suivant")
                if s.next_item is not None and s.status is not MeetingStatus.CLOSED
                else ""
            )
            self.rule.clear()
            self.input.clear()
            self.next_phase_label.clear()
            self.timer.display(None)
            return
        confidential = self.tr("  (confidentiel)") if item.confidential else ""
        self.item_title.setText(f"{item.title}{confidential}")
        method = item.method.name.get(language)
        phase = item.phase
        if phase is not None and phase.count > 1:
            self.phase_label.setText(
                self.tr("%4 · phase %1/%2 · %3")
                .replace("%1", str(phase.number))
                .replace("%2", str(phase.count))
                .replace("%3", phase.phase.name.get(language))
                .replace("%4", method)
            )
            nxt = phase.next_phase
            self.next_phase_label.setText(
                self.tr("Ensuite (N) : %1").replace("%1", nxt.name.get(language))
                if nxt is not None
                else self.tr("Dernière phase : Maj+N pour passer au point suivant")
            )
        else:
            self.phase_label.setText(method)
            self.next_phase_label.clear()
        rule = phase.phase.rule.get(language) if phase else ""
        self.rule.setText(quoted(rule) if rule else "")
        self.input.setText(phase.phase.input.get(language) if phase else "")
        self.timer.display(s.timer, paused=item.status is ItemStatus.PAUSED)
        if self.board.isVisible():
            self.board.display(s)

    def _render_speaker(self, s: LiveState) -> None:
        speaker = s.speaker
        if speaker is None:
            self.speaker.setText(self.tr("Parole : personne"))
            self.speaker_warning.clear()
        else:
            limit = speaker.timer.planned
            text = self.tr("Parole : %1 — %2").replace("%1", speaker.name.upper())
            text = text.replace("%2", duration(speaker.timer.elapsed))
            if limit > 0:
                text += "   " + self.tr("(limite %1)").replace("%1", duration(limit))
            self.speaker.setText(text)
            warnings = []
            if speaker.outside_rule:
                warnings.append(self.tr("⚠ parle hors de la règle de la phase"))
            if limit > 0 and speaker.timer.elapsed > limit:
                warnings.append(self.tr("⚠ a dépassé la limite de parole"))
            self.speaker_warning.setText("   ".join(warnings))
        if s.tour is not None:
            nxt = next(
                (name for mid, name, _done in s.tour.order if mid == s.tour.next_member), None
            )
            self.tour_label.setText(
                self.tr("Tour de table en cours (%1 chacun) — ensuite : %2 (Espace)")
                .replace("%1", duration(s.tour.budget_seconds))
                .replace("%2", nxt or self.tr("fin du tour"))
            )
        else:
            self.tour_label.clear()
        if self._arming_queue:
            self.tour_label.setText(
                self.tr("Ajouter à la file : touche de la personne (Échap annule)")
            )

    def _render_tiles(self, s: LiveState) -> None:
        self.wall.display(s)
        self.no_one.setVisible(not s.participants)

    @property
    def tiles(self) -> list[ParticipantTile]:
        return self.wall.tiles

    def _render_balance(self, s: LiveState) -> None:
        scope = s.item_balance if s.current is not None and s.item_balance else s.session_balance
        where = self.tr("ce point") if scope is s.item_balance else self.tr("la séance")
        parts = [
            self.tr("Équilibre (%1) : %2")
            .replace("%1", where)
            .replace("%2", decimal(scope.equality))
        ]
        if s.current is not None and s.fairness.single_speaker:
            # one person alone may speak in this phase: no imbalance to show
            parts = [self.tr("Équilibre : sans objet, une seule personne a la parole ici")]
        if s.role_shares:
            shares = "  ".join(
                f"{role_name(role)} {round(share * 100)} %"
                for role, share in sorted(s.role_shares.items(), key=lambda kv: -kv[1])
            )
            parts.append(self.tr("Temps de parole par rôle : %1").replace("%1", shares))
        self.balance.setText("  ·  ".join(parts))

    def _render_buttons(self, s: LiveState) -> None:
        for name, control in controls(s).items():
            self._label(name, control.label)
            button = self.buttons[name]
            button.setEnabled(control.enabled)
            button.setToolTip(self.commands[name].text() if control.enabled else control.why_not)
        undo = command_name(s.undo_name)
        self.buttons["undo"].setToolTip(
            self.tr("Annuler : %1").replace("%1", undo) if undo else self.tr("Rien à annuler")
        )
        self.buttons["undo"].setEnabled(s.undo_name is not None)

    def _label(self, name: str, label: str) -> None:
        """A button shows what it does and its key."""
        self.buttons[name].setText(f"{label}  [{self._key(name)}]")

    # --- commands -----------------------------------------------------------------------------

    def do(self, command: Callable[[], T]) -> T | Failed:
        """Run one command through the one runner; it repaints through ``_changed``."""
        result = self.runner.run(command, self.banner)
        if result is FAILED:
            self.tick()  # a refusal changes nothing, but the banner's reason shows now
        return result

    def _make_actions(self) -> None:
        handlers: dict[str, Callable[[], None]] = {
            "floor": self._floor,
            "queue_arm": self._arm_queue,
            "queue_next": lambda: self._give_result(self.do(self.live().queue_next)),
            "queue_order": self._toggle_queue_order,
            "tour": self._toggle_tour,
            "next_phase": lambda: self._command("next_phase"),
            "previous_phase": lambda: self._command("previous_phase"),
            "next_item": self._next_item,
            "pause": self._toggle_pause,
            "checkin": lambda: self.checkin_requested.emit(self.live().meeting_id),
            "close": self._close_session,
            "weather_round": lambda: void(self.ritual_round(RitualKind.WEATHER)),
            "roti_round": lambda: void(self.ritual_round(RitualKind.ROTI)),
            "capture_expected": lambda: self.desk.expected(),
            "undo": self._undo,
            "redo": self._redo,
            "cancel": self._cancel,
            "help": self.help_requested.emit,
            "projector": self.toggle_projector,
            "blank": self._toggle_blank,
            "projector_theme": self._toggle_theme,
            "projector_stats": self._toggle_stats,
            "sound": self._toggle_sound,
        }
        for name, kind in CAPTURE_KEYS.items():
            handlers[name] = partial(self.open_capture, kind.value)
        for shortcut in SHORTCUTS:
            if shortcut.name == "tile" or shortcut.window:
                continue
            action = QAction(shortcut.text(), self)
            action.setShortcuts([QKeySequence(k) for k in shortcut.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handlers[shortcut.name])
            self.commands[shortcut.name] = action
        for index in range(TILE_KEYS):
            action = QAction(self.tr("Tuile %1").replace("%1", tile_key(index)), self)
            action.setShortcuts(tile_sequences(index))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, i=index: self._tile_key(i))
            self.commands[f"tile_{index}"] = action

    def _command(self, name: str) -> None:
        self.do(getattr(self.live(), name))

    def _key(self, name: str) -> str:
        action = self.commands[name]
        return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def _button(self, name: str, label: str) -> QPushButton:
        button = QPushButton(f"{label}  [{self._key(name)}]")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the window
        button.clicked.connect(self.commands[name].trigger)
        button.setToolTip(self.commands[name].text())
        return button

    def live(self) -> SessionEngine:
        assert self.engine is not None
        return self.engine

    def _tile_key(self, index: int) -> None:
        if index not in self.wall.keyed:
            self.banner.show_message(
                self.tr("Aucune personne présente sur la touche %1.").replace("%1", tile_key(index))
            )
            return
        self._member_chosen(self.wall.keyed[index])

    def _member_chosen(self, member_id: uuid.UUID) -> None:
        if self._arming_queue:
            self._arming_queue = False
            self.do(lambda: self.live().queue_add(member_id))
            return
        self._give_result(self.do(lambda: self.live().give_floor(member_id)))

    def _give_result(self, result: object) -> None:
        if getattr(result, "outside_rule", False) and self.state and self.state.speaker:
            self.banner.show_message(
                self.tr(
                    "%1 parle hors de la règle de cette phase (c'est noté, pas bloqué)."
                ).replace("%1", self.state.speaker.name)
            )

    def _member_menu(self, member_id: uuid.UUID) -> None:
        engine = self.live()
        menu = QMenu(self)
        queued = any(q.member_id == member_id for q in (self.state.queue if self.state else ()))
        if queued:
            menu.addAction(
                self.tr("Retirer de la file"),
                lambda: self.do(lambda: engine.queue_remove(member_id)),
            )
        else:
            menu.addAction(
                self.tr("Ajouter à la file"), lambda: self.do(lambda: engine.queue_add(member_id))
            )
        menu.addAction(
            self.tr("Part avant la fin"), lambda: self.do(lambda: engine.leave(member_id))
        )
        menu.popup(self.cursor().pos())

    def _floor(self) -> None:
        if self.state is None:
            return
        engine = self.live()
        step = self.do(lambda: advance_floor(engine))
        if not isinstance(step, Failed):
            self._give_result(step[1])

    def _arm_queue(self) -> None:
        self._arming_queue = True
        self.tick()

    def _cancel(self) -> None:
        self.desk.revise_term = None
        if self.capture_bar.isVisible():
            self.capture_bar.cancel()
        elif self._arming_queue:
            self._arming_queue = False
        elif self.projector.isVisible():
            self.projector.hide()
        self.tick()

    # --- the projector ------------------------------------------------------------------------

    def toggle_projector(self) -> None:
        if self.projector.isVisible():
            self.projector.hide()
        else:
            self.projector.show_on_room_screen(self.window())
            self.tick()
        self.settings.set(PROJECTOR_OPEN, self.projector.isVisible())
        self._render_projector_buttons()

    def _toggle_blank(self) -> None:
        self.projector.set_blank(not self.projector.blank)
        self._render_projector_buttons()
        if self.projector.blank:
            self.banner.show_message(self.tr("Projection masquée (B pour la rétablir)."))

    def _toggle_theme(self) -> None:
        theme = "light" if self.projector.theme == "dark" else "dark"
        self.projector.set_theme(theme)
        self.settings.set(PROJECTOR_THEME, theme)

    def _toggle_stats(self) -> None:
        s = self.state
        if s is None:
            return
        shown = not s.meeting.show_stats_on_projector
        if self.do(lambda: self.live().set_projector_stats(shown)) is not FAILED:
            self.banner.show_message(
                self.tr("Temps de parole projetés.")
                if shown
                else self.tr("Temps de parole retirés de la projection.")
            )

    def _toggle_sound(self) -> None:
        message, error = self.audible.toggle()
        self.banner.show_message(message, error=error)

    def _render_projector_buttons(self) -> None:
        self._label(
            "projector",
            self.tr("Fermer la projection") if self.projector.isVisible() else self.tr("Projeter"),
        )
        self._label(
            "blank", self.tr("Rétablir l'écran") if self.projector.blank else self.tr("Écran noir")
        )

    def _toggle_queue_order(self) -> None:
        s = self.state
        if s is None:
            return
        mode = QueueMode.FIFO if s.meeting.queue_mode is QueueMode.BALANCED else QueueMode.BALANCED
        self.do(lambda: self.live().set_queue_mode(mode))

    def _toggle_tour(self) -> None:
        s = self.state
        if s is None:
            return
        engine = self.live()
        self.do(engine.tour_stop if s.tour is not None else engine.tour_start)

    def _toggle_pause(self) -> None:
        if self.state is not None:
            engine = self.live()
            self.do(lambda: toggle_pause(engine))

    def _next_item(self) -> None:
        if self.state is not None:
            engine = self.live()
            self.do(lambda: advance_agenda(engine))

    def _agenda_double_clicked(self, index: QModelIndex) -> None:
        item = self.agenda.row(index.row())
        if item.status is ItemStatus.PENDING or item.status is ItemStatus.SKIPPED:
            self.do(lambda: self.live().start_item(item.id))

    def _offer_fit(self) -> None:
        if self.state is not None:
            self.schedule_view.offer_fit(
                self.state,
                lambda minutes, dropped: self.do(lambda: self.live().apply_fit(minutes, dropped)),
            )

    def _queue_remove_selected(self) -> None:
        rows = self.queue_view.selectionModel().selectedRows()
        if not rows:
            self.banner.show_message(self.tr("Choisissez d'abord une personne dans la file."))
            return
        member = self.queue.row(rows[0].row())[1].member_id
        self.do(lambda: self.live().queue_remove(member))

    def _undo(self) -> None:
        name = self.do(self.live().undo)
        if isinstance(name, str):
            self.banner.show_message(self.tr("Annulé : %1").replace("%1", command_name(name)))

    def _redo(self) -> None:
        name = self.do(self.live().redo)
        if isinstance(name, str):
            self.banner.show_message(self.tr("Rétabli : %1").replace("%1", command_name(name)))

    def _close_session(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Clore la séance"),
            self.tr(
                "Clore la séance maintenant ? Le point en cours et la parole s'arrêtent. "
                "(Ctrl+Z annule la clôture.)"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.close_now()

    def close_now(self) -> None:
        engine = self.live()
        if self.do(engine.close_session) is not FAILED:
            self.backup_job = self._backup_after_close()
            self.closed.emit(engine.meeting_id)

    def _backup_after_close(self) -> Job:
        """A rotating copy of the database at each session close, off the UI thread."""
        path = self.workspace.store.path
        job = job_runner().start(
            "session-close-backup", lambda _steps: make_backup(path, "session-close")
        )
        job.failed.connect(self.backup_failed.emit)
        return job

    # --- rituals ------------------------------------------------------------------------------

    def ritual_round(self, kind: RitualKind) -> RitualRound | None:
        """Open the météo or ROTI round (one key per person); the cockpit repaints after."""
        if self.state is None or self.engine is None:
            return None
        engine, meeting = self.engine, self.engine.meeting_id

        def answer(member: uuid.UUID, score: int | None, word: str) -> str | None:
            told: list[str] = []  # the round's dialog shows the refusal under its fields
            self.runner.run(lambda: engine.ritual_answer(member, kind, score, word), told.append)
            return told[0] if told else None

        dialog = RitualRound(
            kind,
            [(p.member_id, p.name) for p in self.state.participants],
            self.workspace.ritual_answers(meeting, kind),
            answer,
            lambda member: engine.ritual_forget(member, kind),
            lambda: self.workspace.ritual_summary(meeting, kind),
            self,
        )
        dialog.finished.connect(lambda _result: self.tick())
        dialog.open()
        return dialog

    # --- captures (ui/session/capture_desk.py) -------------------------------------------

    def open_capture(self, kind: str) -> None:
        self.desk.open(kind)

    def _legend(self) -> str:
        names = (
            "capture_decision",
            "capture_action",
            "capture_practice",
            "capture_term",
            "capture_learning",
            "capture_idea",
            "queue_arm",
            "floor",
            "next_phase",
            "undo",
            "help",
        )
        words = {
            "capture_decision": self.tr("décision"),
            "capture_action": self.tr("action"),
            "capture_practice": self.tr("pratique"),
            "capture_term": self.tr("terme"),
            "capture_learning": self.tr("apprentissage"),
            "capture_idea": self.tr("idée"),
            "queue_arm": self.tr("file"),
            "floor": self.tr("parole"),
            "next_phase": self.tr("phase"),
            "undo": self.tr("annuler"),
            "help": self.tr("aide"),
        }
        return "   ".join(f"<b>{self._key(n)}</b> {words[n]}" for n in names)


def _row(buttons: dict[str, QPushButton], *names: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(6)
    for name in names:
        row.addWidget(buttons[name])
    row.addStretch(1)
    return row


def _is_current(item: ItemState) -> bool:
    return item.status in (ItemStatus.RUNNING, ItemStatus.PAUSED)


def _rule_line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setObjectName("rule_line")
    line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return line


def void(_result: object) -> None:
    """A shortcut's handler returns nothing (what it made is for the tests)."""
