"""Small widgets of the session screens: share bar, participant tile, timer, message banner."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.engine.state import ParticipantState
from app.engine.timeline import Timer, TimerLevel
from app.vocabulary import role_name, timer_cue
from ui.kit.formatting import duration
from ui.kit.formatting import timer as timer_digits
from ui.kit.style import ACCENT, MUTED, timer_colours


class Failed:
    """What a refused or failed command returns (its own result may well be None)."""


FAILED = Failed()


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening the window."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(30)
        self.setText(text)

    def setText(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self.setToolTip(text)
            self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.width(), 30)
        )
        super().setText(shown)


class ShareBar(QWidget):
    """A speaking share against the fair share: the mark shows the fair share.

    The bar spans 0 to twice the fair share, so the mark sits in the middle and a bar past
    the end means "more than twice the fair share".
    """

    def __init__(self) -> None:
        super().__init__()
        self.share = 0.0
        self.fair = 0.0
        self.setMinimumHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(120, 8)

    def set_share(self, share: float, fair: float) -> None:
        if (share, fair) != (self.share, self.fair):
            self.share, self.fair = share, fair
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0, 1, 0, -1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e3e8ec"))
        painter.drawRoundedRect(rect, 3, 3)
        if self.fair > 0:
            ratio = min(self.share / (2 * self.fair), 1.0)
            painter.setBrush(QColor("#b3261e" if ratio >= 1.0 else ACCENT))
            filled = QRectF(rect)
            filled.setWidth(rect.width() * ratio)
            painter.drawRoundedRect(filled, 3, 3)
            painter.setPen(QColor("#222"))
            x = rect.left() + rect.width() / 2
            painter.drawLine(int(x), int(rect.top()) - 1, int(x), int(rect.bottom()) + 1)
        painter.end()


class ParticipantTile(QFrame):
    """One present member: key, name, role, speaking time and share; click gives the floor."""

    clicked = Signal(object)  # member id
    context = Signal(object)  # member id (right click: queue, departure)

    def __init__(self, member_id: object, key: str) -> None:
        super().__init__()
        self.member_id = member_id
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.key = QLabel(key)
        self.key.setObjectName("tileKey")
        self.name = ElidedLabel()
        self.name.setObjectName("tileName")
        self.role = QLabel()
        self.role.setObjectName("tileRole")
        self.time = QLabel()
        self.time.setObjectName("tileTime")
        self.bar = ShareBar()
        self.cue = QLabel()
        self.cue.setObjectName("tileCue")
        self.cue.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.key)
        top.addWidget(self.name, 1)
        top.addWidget(self.time)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        bottom.addWidget(self.role)
        bottom.addWidget(self.bar, 1)
        bottom.addWidget(self.cue)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self._speaking: bool | None = None
        self._cue_width_set = False

    def _cues(self) -> tuple[str, str, str, str]:
        return (
            self.tr("● A LA PAROLE"),
            self.tr("file n° %1"),
            self.tr("○ pas encore parlé"),
            self.tr("▲ plus de 2× sa part"),
        )

    def _reserve_cue_width(self) -> None:
        """Every tile keeps the same room for its cue, so the fair-share marks line up."""
        self.cue.ensurePolished()
        metrics = self.cue.fontMetrics()
        bold = QFont(self.cue.font())
        bold.setBold(True)  # the speaker's cue is bold
        widest = max(
            max(metrics.horizontalAdvance(c) for c in self._cues()),
            QFontMetrics(bold).horizontalAdvance(self._cues()[0]),
        )
        self.cue.setMinimumWidth(widest + 2)
        self._cue_width_set = True

    def display(self, p: ParticipantState, fair: float) -> None:
        self.name.setText(p.name)
        self.role.setText(role_name(p.role))
        self.time.setText(duration(p.seconds))
        self.bar.set_share(p.share, fair)
        if not self._cue_width_set:
            self._reserve_cue_width()
        speaking, queued, silent, dominant = self._cues()
        if p.speaking:
            cue = speaking
        elif p.queue_position is not None:
            cue = queued.replace("%1", str(p.queue_position))
        elif p.silent:
            cue = silent
        elif p.dominant:
            cue = dominant
        else:
            cue = ""
        self.cue.setText(cue)
        if p.speaking != self._speaking:
            self._speaking = p.speaking
            self.setProperty("speaking", p.speaking)
            self.style().unpolish(self)
            self.style().polish(self)
            for child in (self.name, self.cue, self.time, self.key, self.role):
                child.setProperty("speaking", p.speaking)
                child.style().unpolish(child)
                child.style().polish(child)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.member_id)
        elif event.button() == Qt.MouseButton.RightButton:
            self.context.emit(self.member_id)


class TimerDisplay(QFrame):
    """The big timer: remaining time (counted up with a sign once overrun), colour and words."""

    def __init__(self, digits_pt: int = 54) -> None:
        super().__init__()
        self.setObjectName("timer")
        self.digits = QLabel("—")
        self.digits.setObjectName("timerDigits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits_pt = digits_pt
        self.compact = False
        self.caption = QLabel()
        self.caption.setObjectName("timerCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 4, 24, 8)
        layout.setSpacing(0)
        layout.addWidget(self.digits)
        layout.addWidget(self.caption)
        self._level: TimerLevel | None = None

    def set_compact(self, compact: bool) -> None:
        """Smaller digits when the centre also holds a board (Lean Coffee)."""
        if compact != self.compact:
            self.compact = compact
            self._level = None  # restyle at the next display

    def display(self, timer: Timer | None, paused: bool = False) -> None:
        if timer is None:
            self.digits.setText("—")
            self.caption.setText(self.tr("aucun point en cours"))
            level = TimerLevel.NORMAL
        else:
            level = timer.level
            if level is TimerLevel.OVERRUN:
                self.digits.setText("+" + timer_digits(timer.overrun))
                caption = self.tr("%1 · prévu %2").replace("%1", timer_cue(level))
            else:
                self.digits.setText(timer_digits(timer.remaining))
                cue = timer_cue(level)
                caption = (cue + " · " if cue else "") + self.tr("restant sur %2")
            caption = caption.replace("%2", duration(timer.planned))
            if paused:
                caption = self.tr("❚❚ EN PAUSE") + " · " + caption
            self.caption.setText(caption)
        if level is not self._level:
            self._level = level
            background, text = timer_colours(level)
            digits = self.digits_pt // 2 if self.compact else self.digits_pt
            self.setStyleSheet(
                f"QFrame#timer {{ background: {background}; border-radius: 10px; }}"
                f"QLabel {{ color: {text}; background: transparent; }}"
                f"QLabel#timerDigits {{ font-size: {digits}pt;"
                " font-weight: 700;"
                ' font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }'
                "QLabel#timerCaption { font-size: 11pt; }"
            )


class Banner(QLabel):
    """A message that does not stop the room: shown in place, gone after a few seconds."""

    visibility_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)

    def dismiss(self) -> None:
        self.hide()
        self.visibility_changed.emit(False)

    def show_message(self, text: str, error: bool = False, seconds: int = 6) -> None:
        self.setProperty("error", error)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(("⚠ " if error else "ℹ ") + text)
        self.show()
        self.visibility_changed.emit(True)
        self._timer.start(seconds * 1000)


def section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("section")
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"color: {MUTED};")
    label.setWordWrap(True)
    return label


def select_data(combo: QComboBox, value: object) -> None:
    """Choose the entry whose data equals ``value`` (the first entry when none does).

    QComboBox.findData compares Python objects by identity: an equal UUID read again from
    the database is not found by it.
    """
    index = next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)
    combo.setCurrentIndex(index)
