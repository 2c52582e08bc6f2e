"""The projector: the room's view of the session, readable from the back (UX.md).

It reads nothing itself: the cockpit hands it the live state it has just computed, once per
tick. Everything is sized from the window's height (timer ≥ 15 %, no text under 2.5 %), and
what is confidential never reaches a widget here: a confidential item shows its method, not
its title; confidential captures are left out; speaking statistics only when the facilitator
turned them on for this session.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedLayout, QVBoxLayout, QWidget

from app.cases import REPORT_BACK, CaseRecord
from app.confidentiality import Case, Reader, item_title, sees_entry
from app.engine.facts import CaptureFact
from app.engine.state import ItemState, ItemStatus, LiveState
from app.engine.timeline import TimerLevel
from app.i18n import current_language
from app.vocabulary import item_status_symbol, role_name, timer_cue
from models import EntryKind, MeetingStatus
from ui.kit.formatting import decimal, duration, local_date, local_time
from ui.kit.formatting import timer as timer_digits
from ui.session.room_screen import RoomElided, RoomLabel, show_on_room_screen

THEMES = {
    # background, text, muted, accent, rule line
    "dark": ("#0b0f14", "#f4f6f8", "#a9b4bd", "#7cc4ff", "#2a333c"),
    "light": ("#ffffff", "#10161c", "#4a555e", "#0b5a8f", "#d5dbe0"),
}
TIMER_COLOURS = {
    "dark": {
        TimerLevel.NORMAL: "#f4f6f8",
        TimerLevel.WARNING: "#ffc24b",
        TimerLevel.OVERRUN: "#ff6b5e",
    },
    "light": {
        TimerLevel.NORMAL: "#10161c",
        TimerLevel.WARNING: "#8a5a00",
        TimerLevel.OVERRUN: "#b3261e",
    },
}


class ProjectorWindow(QWidget):
    def __init__(self, theme: str = "dark") -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle(self.tr("Cercle — projection"))
        self.setObjectName("projector")
        self.theme = theme if theme in THEMES else "dark"
        self.blank = False
        self.state: LiveState | None = None
        self.captures: tuple[CaptureFact, ...] = ()
        self.shared: CaseRecord | None = None
        self._level = TimerLevel.NORMAL

        # The live screen.
        self.method = RoomElided("kicker")
        self.phase = RoomLabel("headline")
        self.rule = RoomLabel("rule")
        self.timer = RoomLabel("timer", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.timer_cue = RoomLabel("cue", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.speaker = RoomElided("speaker")
        self.speaker_time = RoomLabel("speaker", wrap=False)
        self.next = RoomElided("next")
        self.stats = RoomElided("small")
        self.decision = RoomLabel("decision")
        live = QWidget()
        lay = QVBoxLayout(live)
        lay.addWidget(self.method)
        lay.addWidget(self.phase)
        lay.addWidget(self.rule)
        lay.addStretch(1)
        lay.addWidget(self.timer)
        lay.addWidget(self.timer_cue)
        lay.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.speaker, 3)
        bottom.addWidget(self.speaker_time)
        bottom.addSpacing(24)
        bottom.addWidget(self.next, 2)
        lay.addLayout(bottom)
        lay.addWidget(self.stats)
        lay.addWidget(_line())
        lay.addWidget(self.decision)

        # Before the start, and between items: the agenda.
        self.welcome_title = RoomLabel("headline")
        self.welcome_sub = RoomElided("kicker")
        self.countdown = RoomLabel("kicker")  # "Début dans 4 min" before the start
        self.agenda_labels: list[RoomElided] = []
        self.agenda_box = QVBoxLayout()
        self.rules = RoomLabel("small")
        agenda = QWidget()
        lay = QVBoxLayout(agenda)
        lay.addWidget(self.welcome_sub)
        lay.addWidget(self.welcome_title)
        lay.addWidget(self.countdown)
        lay.addWidget(_line())
        lay.addLayout(self.agenda_box)
        lay.addStretch(1)
        lay.addWidget(self.rules)

        # Parented at once: a stacked layout shows its first widget, and a widget not yet in a
        # window is shown as a window of its own — which took the main window's activation
        # whenever the cockpit was built after the first frame.
        self.pages = QStackedLayout(self)
        self.pages.addWidget(live)
        self.pages.addWidget(agenda)
        self.blank_page = QWidget()
        self.blank_page.setObjectName("blank")
        self.blank_page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.live_page, self.agenda_page = live, agenda
        self.pages.addWidget(self.blank_page)
        self.resize(960, 540)
        self._apply_style()

    # --- placement ------------------------------------------------------------------------

    def show_on_room_screen(self, cockpit: QWidget) -> None:
        """Full screen on the second screen when there is one, else a window; no focus taken."""
        show_on_room_screen(self, cockpit)

    def follow_screens(self, cockpit: QWidget) -> None:
        """A screen was plugged or unplugged: place the projection again (never crash)."""
        if self.isVisible():
            self.show_on_room_screen(cockpit)

    # --- painting -------------------------------------------------------------------------

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self._apply_style()

    def set_blank(self, blank: bool) -> None:
        self.blank = blank
        if self.state is not None:
            self.display(self.state, self.captures, self.shared)

    def display(
        self, s: LiveState, captures: tuple[CaptureFact, ...], shared: CaseRecord | None = None
    ) -> None:
        """``shared`` is the previous case as the room may read it (at a report-back)."""
        self.state, self.captures, self.shared = s, captures, shared
        if self.blank:
            self.pages.setCurrentWidget(self.blank_page)
            return
        if s.current is not None and s.status is MeetingStatus.RUNNING:
            self._live(s, s.current, captures)
            self.pages.setCurrentWidget(self.live_page)
        else:
            self._agenda(s)
            self.pages.setCurrentWidget(self.agenda_page)

    def _show_timer(self, s: LiveState, item: ItemState) -> TimerLevel:
        """The big timer and its cue (paused, last 20 %, overrun); returns its level."""
        timer = s.timer
        if timer is None:
            self.timer.setText("")
            self.timer_cue.setText("")
            return TimerLevel.NORMAL
        level = timer.level
        overrun = level is TimerLevel.OVERRUN
        self.timer.setText(
            ("+" + timer_digits(timer.overrun)) if overrun else timer_digits(timer.remaining)
        )
        cue = timer_cue(level)
        if item.status is ItemStatus.PAUSED:
            cue = self.tr("❚❚ EN PAUSE") + (f" · {cue}" if cue else "")
        self.timer_cue.setText(cue)
        return level

    def _live(self, s: LiveState, item: ItemState, captures: tuple[CaptureFact, ...]) -> None:
        language = current_language()
        method = item.method.name.get(language)
        phase = item.phase
        title = _room_title(item)
        self.method.setText(method if title == method else f"{method} · {title}")
        if phase is not None and phase.count > 1:
            counter = self.tr("Phase %1/%2").replace("%1", str(phase.number))
            counter = counter.replace("%2", str(phase.count))
            self.method.setText(f"{self.method.full_text()} · {counter}")
        self.phase.setText((phase.phase.name.get(language) if phase else method).upper())
        self.rule.setText(phase.phase.rule.get(language) if phase else "")
        topic = next((t for t in s.topics if t.status == "discussing"), None)
        if topic is not None:  # Lean Coffee: the topic on the table is what the room needs
            self.rule.setText(self.tr("Sujet : %1").replace("%1", topic.title))
        shared = self.shared
        if phase is not None and phase.phase.key == REPORT_BACK and shared is not None:
            # only what the client agreed to share: the record was read for the room
            told = shared.action_plan or shared.contract
            if told:
                self.rule.setText(self.tr("Rappel, partagé par le client : %1").replace("%1", told))
        level = self._show_timer(s, item)
        if level is not self._level:
            self._level = level
            self._apply_style()
        if s.speaker is not None:
            self.speaker.setText(self.tr("Parole : %1").replace("%1", s.speaker.name))
            self.speaker_time.setText(duration(s.speaker.timer.elapsed))
        else:
            self.speaker.setText(self.tr("Parole : —"))
            self.speaker_time.setText("")
        upcoming = [q.name for q in s.queue[:3]]
        if s.tour is not None and s.tour.next_member is not None:
            upcoming = [name for mid, name, _ in s.tour.order if mid == s.tour.next_member]
        self.next.setText(
            self.tr("Ensuite : %1").replace("%1", " · ".join(upcoming)) if upcoming else ""
        )
        self.next.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if s.meeting.show_stats_on_projector:
            scope = s.item_balance or s.session_balance
            roles = "  ".join(
                f"{role_name(r)} {round(v * 100)} %" for r, v in s.role_shares.items()
            )
            self.stats.setText(
                self.tr("Équilibre de la parole %1").replace("%1", decimal(scope.equality))
                + (f"  ·  {roles}" if roles else "")
            )
            self.stats.show()
        else:
            self.stats.clear()
            self.stats.hide()
        decisions = [
            c
            for c in captures
            if c.kind is EntryKind.DECISION and sees_entry(Reader.ROOM, c.confidential, c.kind)
        ]
        self.decision.setText(
            self.tr("Dernière décision : %1").replace("%1", decisions[-1].title)
            if decisions
            else ""
        )

    def _countdown(self, s: LiveState) -> str:
        """'Début dans 4 min' while the room gathers; the hour when it is still far."""
        seconds = (s.meeting.planned_start - s.now).total_seconds()
        if seconds <= 0:
            return self.tr("Nous commençons dans un instant")
        minutes = math.ceil(seconds / 60)
        if minutes > 90:
            return self.tr("Début à %1").replace("%1", local_time(s.meeting.planned_start))
        return self.tr("Début dans %1 min").replace("%1", str(minutes))

    def _agenda(self, s: LiveState) -> None:
        m = s.meeting
        started = m.status is not MeetingStatus.PLANNED and s.elapsed > 0
        self.welcome_sub.setText(
            f"{m.network_name} · {local_date(m.planned_start)} · {local_time(m.planned_start)}"
            + (f" · {m.place}" if m.place else "")
        )
        if m.status is MeetingStatus.CLOSED:
            title = self.tr("Merci à toutes et à tous")
        elif started:
            title = self.tr("Ordre du jour")
        else:
            title = self.tr("Bienvenue — séance %1").replace("%1", str(m.number))
        self.welcome_title.setText(title)
        countdown = "" if started or m.status is MeetingStatus.CLOSED else self._countdown(s)
        if self.countdown.text() != countdown:
            self.countdown.setText(countdown)
        self.countdown.setVisible(bool(countdown))
        while len(self.agenda_labels) < len(s.items):
            label = RoomElided("agenda")
            self.agenda_labels.append(label)
            self.agenda_box.addWidget(label)
        for label, item in zip(self.agenda_labels, s.items, strict=False):
            title = _room_title(item)
            label.setText(
                f"{item_status_symbol(item.status)}  {title}   ·   "
                + self.tr("%1 min").replace("%1", str(round(item.timer.planned / 60)))
            )
            done = item.status in (ItemStatus.DONE, ItemStatus.SKIPPED)
            if label.property("done") != done:
                label.setProperty("done", done)
                label.style().unpolish(label)
                label.style().polish(label)
            label.show()
        for label in self.agenda_labels[len(s.items) :]:
            label.hide()
        nxt = s.next_item
        if started and nxt is not None:
            self.rules.setText(self.tr("Prochain point : %1").replace("%1", _room_title(nxt)))
        else:
            self.rules.setText(m.ground_rules if not started else "")

    # --- size and style -----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_style()

    def _apply_style(self) -> None:
        h = max(self.height(), 300)
        background, fg, muted, accent, rule = THEMES[self.theme]
        timer = TIMER_COLOURS[self.theme][self._level]
        px = {  # pixel sizes from the height: readable from 8 m, never under 2.5 %
            "timer": int(h * 0.22),
            "headline": int(h * 0.075),
            "kicker": int(h * 0.04),
            "rule": int(h * 0.045),
            "speaker": int(h * 0.05),
            "next": int(h * 0.04),
            "decision": int(h * 0.035),
            "cue": int(h * 0.035),
            "agenda": int(h * 0.045),
            "small": int(h * 0.03),
        }
        margin = int(h * 0.04)
        for page in (self.live_page, self.agenda_page):
            page.setContentsMargins(margin, margin, margin, margin)
        rules = [
            f"QWidget#projector {{ background: {background}; }}",
            "QWidget#blank { background: #000000; }",
            f"QLabel {{ color: {fg}; }}",
        ]
        for role, size in px.items():
            rules.append(f'QLabel[role="{role}"] {{ font-size: {size}px; }}')
        rules += [
            f'QLabel[role="timer"] {{ color: {timer}; font-weight: 700;'
            ' font-family: "DejaVu Sans Mono", monospace; }',
            f'QLabel[role="cue"] {{ color: {timer}; font-weight: 600; }}',
            f'QLabel[role="headline"] {{ font-weight: 700; color: {fg}; }}',
            f'QLabel[role="kicker"], QLabel[role="small"] {{ color: {muted}; }}',
            f'QLabel[role="rule"] {{ color: {accent}; font-style: italic; }}',
            'QLabel[role="speaker"] { font-weight: 700; }',
            f'QLabel[role="next"] {{ color: {muted}; }}',
            f'QLabel[role="agenda"][done="true"] {{ color: {muted}; }}',
            f"QFrame#projectorLine {{ background: {rule}; max-height: 2px; min-height: 2px; }}",
        ]
        self.setStyleSheet("\n".join(rules))

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()


def _line() -> QFrame:
    line = QFrame()
    line.setObjectName("projectorLine")
    return line


def _room_title(item: ItemState) -> str:
    """What the room may read of an item: a confidential case by its method only."""
    method = item.method.name.get(current_language())
    return item_title(Reader.ROOM, item.title, Case(item.confidential), 0, method)
