"""The cockpit: the facilitator's screen while the session runs (UX.md).

This module lays the page out and says what each key does (``_handlers``); its parts live
beside it: the agenda (agenda_panel.py), the item and the floor (floor_panel.py), the queue
(queue_panel.py), the captures (capture_desk.py), the case (case_panel.py), who speaks from
the keyboard (floor_keys.py), the room's screen (projector_keys.py), the keys and buttons
(cockpit_keys.py), the bottom lines (bottom_lines.py). Still over 400 lines: the page's
layout and the table of its thirty keys' handlers are the one place a reader looks for
"what does this key do here"; the commands they run are one-liners into the engine.

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

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.cases import CaseRecord
from app.commands import ChangeSet, Fact
from app.engine.keys import advance_agenda, toggle_pause
from app.engine.session import SessionEngine
from app.engine.state import LiveState
from app.store.backup import make_backup
from app.store.errors import StoreError
from app.vocabulary import command_name
from app.workspace import Workspace
from models import EntryKind, MeetingStatus, RitualKind
from ui.kit.formatting import duration, local_date
from ui.kit.jobs import Job, job_runner
from ui.kit.widgets import (
    FAILED,
    Banner,
    ElidedLabel,
    Failed,
    ParticipantTile,
    muted,
    section,
)
from ui.session.agenda_panel import AgendaPanel
from ui.session.bottom_lines import BottomLines, bottom_rows
from ui.session.capture_bar import CaptureBar
from ui.session.capture_desk import CaptureDesk
from ui.session.case_panel import CaseFollower, CasePanel
from ui.session.cockpit_keys import CockpitKeys
from ui.session.floor_keys import FloorKeys
from ui.session.floor_panel import FloorPanel
from ui.session.projector import ProjectorWindow
from ui.session.projector_keys import ProjectorKeys
from ui.session.queue_panel import QueuePanel, button_row
from ui.session.ritual_round import RitualRound, open_round
from ui.session.schedule_view import ScheduleView
from ui.session.sound import AudibleCue
from ui.session.tile_wall import TileWall
from ui.shell.command_runner import command_runner
from ui.shell.settings import PROJECTOR_OPEN, PROJECTOR_THEME, Settings

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


class CockpitPage(QWidget):
    closed = Signal(object)  # meeting id, once the session is closed
    checkin_requested = Signal(object)  # meeting id
    help_requested = Signal()
    backup_failed = Signal(str)  # the automatic copy at session close could not be made

    def __init__(self, workspace: Workspace, settings: Settings | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.runner = command_runner(workspace)
        self.runner.changed.connect(self._changed)
        self.settings = settings or Settings()
        self.projector = ProjectorWindow(self.settings.get(PROJECTOR_THEME))
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # methods, not lambdas: nothing outlives the page
            app.screenAdded.connect(self._screens_changed)
            app.screenRemoved.connect(self._screens_changed)
        self.engine: SessionEngine | None = None
        self.state: LiveState | None = None
        self.audible = AudibleCue(self.settings, self)
        self.cues = self.audible.cues
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
        self.projector_keys = ProjectorKeys(
            self, self.projector, self.settings, self.window, self._label, parent=self
        )
        self.keys = CockpitKeys(self, self._handlers(), self._tile_key)
        self.commands, self.buttons = self.keys.commands, self.keys.buttons
        header.addStretch(1)
        for name in ("projector", "blank", "checkin", "undo", "close"):
            header.addWidget(self.buttons[name])
        floor_buttons = button_row(self.buttons["floor"], self.buttons["tour"])

        # Left: the agenda (ui/session/agenda_panel.py).
        self.planned_end = self.schedule_view.planned_end
        self.estimated_end = self.schedule_view.estimated_end
        self.agenda_panel = AgendaPanel(
            self,
            [self.buttons[name] for name in ("next_phase", "next_item", "pause")],
            (self.planned_end, self.estimated_end),
            parent=self,
        )
        self.agenda = self.agenda_panel.model
        self.agenda_view = self.agenda_panel.view

        # Centre: the item, its phase and rule, the timer, who speaks (ui/session/floor_panel.py).
        self.floor = FloorPanel(self, parent=self)
        f = self.floor
        self.item_title, self.phase_label, self.rule, self.input = (
            f.item_title,
            f.phase_label,
            f.rule,
            f.input,
        )
        self.next_phase_label, self.speaker, self.speaker_warning, self.tour_label = (
            f.next_phase_label,
            f.speaker,
            f.speaker_warning,
            f.tour_label,
        )
        self.timer, self.board, self.outlook = f.timer, f.board, f.outlook

        # Right: the queue and the captures.
        self.queue_panel = QueuePanel(
            self,
            self.buttons["queue_arm"],
            self.buttons["queue_next"],
            self.buttons["queue_order"],
            parent=self,
        )
        self.queue = self.queue_panel.model
        self.queue_title = self.queue_panel.title
        self.queue_view = self.queue_panel.view
        self.capture_bar = CaptureBar()
        self.desk = CaptureDesk(self, self.setFocus)
        self.captures, self.captures_view = self.desk.captures_list()
        right = QVBoxLayout()
        right.addWidget(self.queue_panel.title)
        right.addWidget(self.queue_view)
        right.addLayout(self.queue_panel.buttons)
        right.addLayout(floor_buttons)
        right.addSpacing(10)
        self.case_panel = CasePanel()
        self.case_panel.consent_changed.connect(
            lambda item, parts: self.do(lambda: self.live().set_consent(item, parts))
        )
        right.addWidget(self.case_panel)
        self.case = CaseFollower(workspace, self.case_panel)
        right.addWidget(section(self.tr("CAPTURES DE LA SÉANCE")))
        right.addWidget(self.captures_view, 1)

        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(self.agenda_panel.column, 26)
        body.addLayout(self.floor.column, 44)
        body.addLayout(right, 30)
        # The column widths follow their stretch, not their text: nothing shifts by a few
        # pixels when the schedule changes.
        for wrapped in (self.planned_end, self.estimated_end):
            wrapped.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        # Bottom: the tiles, the balance, the capture bar, the legend.
        self.wall = TileWall()
        self.floor_keys = FloorKeys(self, self.wall, self)
        self.no_one = muted(self.tr("Personne n'est pointé présent : F2 pour faire le pointage."))
        self.balance = muted()
        self.banner = Banner()
        self.lines = BottomLines(self)
        self.legend = muted(self.lines.legend(self.keys.key))
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
        shared, bottom = bottom_rows(self.balance, self.capture_bar, self.banner, self.legend)
        self.capture_bar.installEventFilter(self)
        layout.addWidget(shared)
        layout.addWidget(bottom)
        self.banner.visibility_changed.connect(lambda shown: self.legend.setVisible(not shown))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.ticker = QTimer(self)
        self.ticker.setInterval(100)
        self.ticker.timeout.connect(self.tick)

    def _screens_changed(self, _screen: object) -> None:
        self.projector.follow_screens(self.window())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.capture_bar and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.balance.setVisible(event.type() == QEvent.Type.Hide)
        return super().eventFilter(watched, event)

    # --- opening and ticking ------------------------------------------------------------------

    def open(self, meeting_id: uuid.UUID) -> str | None:
        """Drive the session; None, or why not (another Cercle drives it on the server)."""
        try:
            # Live: Ctrl+Z undoes the repertoire's edits too; held: no other Cercle drives it.
            self.engine = self.workspace.drive(meeting_id)
        except StoreError as refusal:
            return str(refusal)
        self._arming_queue = False
        self.case.forget()
        self.capture_bar.clear()
        self.refresh()
        self.ticker.start()
        self.setFocus()
        return None

    def leave(self) -> None:
        self.ticker.stop()
        self.engine = None
        self.workspace.stop_driving()
        self.projector.hide()
        self.settings.set(PROJECTOR_OPEN, False)

    def set_active(self, active: bool) -> None:
        self.keys.set_active(active)

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
        self.floor.display(s, self._arming_queue)
        self._render_case(s)
        self.queue_panel.display(s)
        self.captures.set_rows(self.engine.facts.captures if self.engine else ())
        self._render_tiles(s)
        self._render_balance(s)
        self.keys.display(s)

    def _render_case(self, s: LiveState) -> None:
        fact = self.engine.facts.item(s.current.id) if self.engine and s.current else None
        self.case.display(s.current, fact)

    @property
    def _room_case(self) -> CaseRecord | None:
        return self.case.room_case

    def _render_tiles(self, s: LiveState) -> None:
        self.wall.display(s)
        self.no_one.setVisible(not s.participants)

    @property
    def tiles(self) -> list[ParticipantTile]:
        return self.wall.tiles

    def _render_balance(self, s: LiveState) -> None:
        self.balance.setText(self.lines.balance(s))

    def _label(self, name: str, label: str) -> None:
        self.keys.label(name, label)

    def _tile_key(self, index: int) -> None:
        self.floor_keys.tile_key(index)

    # --- commands -----------------------------------------------------------------------------

    def do(self, command: Callable[[], T]) -> T | Failed:
        """Run one command through the one runner; it repaints through ``_changed``."""
        result = self.runner.run(command, self.banner)
        if result is FAILED:
            self.tick()  # a refusal changes nothing, but the banner's reason shows now
        return result

    def _handlers(self) -> dict[str, Callable[[], None]]:
        """What each key of the cockpit does (its keys: ui/shell/shortcuts.py)."""
        handlers: dict[str, Callable[[], None]] = {
            "floor": lambda: self.floor_keys.floor(),
            "queue_arm": lambda: self.floor_keys.arm_queue(),
            "queue_next": lambda: self.floor_keys.give_result(self.do(self.live().queue_next)),
            "queue_order": lambda: self.queue_panel.toggle_order(),
            "tour": lambda: self.floor_keys.toggle_tour(),
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
            "blank": self.projector_keys.toggle_blank,
            "projector_theme": self.projector_keys.toggle_theme,
            "projector_stats": self.projector_keys.toggle_stats,
            "sound": self._toggle_sound,
        }
        for name, kind in CAPTURE_KEYS.items():
            handlers[name] = partial(self.open_capture, kind.value)
        return handlers

    def _command(self, name: str) -> None:
        self.do(getattr(self.live(), name))

    def live(self) -> SessionEngine:
        assert self.engine is not None
        return self.engine

    @property
    def _arming_queue(self) -> bool:
        return self.floor_keys.arming

    @_arming_queue.setter
    def _arming_queue(self, arming: bool) -> None:
        self.floor_keys.arming = arming

    def _cancel(self) -> None:
        self.desk.revise_term = None
        if self.capture_bar.isVisible():
            self.capture_bar.cancel()
        elif self._arming_queue:
            self._arming_queue = False
        elif self.projector.isVisible():
            self.projector.hide()
        self.tick()

    def toggle_projector(self) -> None:
        self.projector_keys.toggle()

    def _toggle_sound(self) -> None:
        message, error = self.audible.toggle()
        self.banner.show_message(message, error=error)

    def _toggle_pause(self) -> None:
        if self.state is not None:
            engine = self.live()
            self.do(lambda: toggle_pause(engine))

    def _next_item(self) -> None:
        if self.state is not None:
            engine = self.live()
            self.do(lambda: advance_agenda(engine))

    def _offer_fit(self) -> None:
        if self.state is not None:
            self.schedule_view.offer_fit(
                self.state,
                lambda minutes, dropped: self.do(lambda: self.live().apply_fit(minutes, dropped)),
            )

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

    def _backup_after_close(self) -> Job | None:
        """A rotating copy of the database at each session close, off the UI thread (none on
        a server: its backups are the administrator's)."""
        path = self.workspace.store.file
        if path is None:
            return None
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
        return open_round(
            self, self.workspace, self.runner, self.engine, self.state, kind, self.tick
        )

    # --- captures (ui/session/capture_desk.py) -------------------------------------------

    def open_capture(self, kind: str) -> None:
        self.desk.open(kind)


def _rule_line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setObjectName("rule_line")
    line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return line


def void(_result: object) -> None:
    """A shortcut's handler returns nothing (what it made is for the tests)."""
