"""The cockpit's bottom lines: the balance of speaking time (where the capture bar opens)
and the legend of its keys (where a message shows for a while)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from app.engine.state import LiveState
from app.vocabulary import role_name
from ui.kit.formatting import decimal
from ui.kit.widgets import Banner
from ui.session.capture_bar import CaptureBar

# The keys the legend names, in its order.
LEGEND_KEYS = (
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


class BottomLines(QObject):
    def balance(self, s: LiveState) -> str:
        """The equality of speaking time on this item (or the session), and shares by role."""
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
        return "  ·  ".join(parts)

    def legend(self, key: Callable[[str], str]) -> str:
        """The main keys and what they do, as rich text (the key in bold)."""
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
        return "   ".join(f"<b>{key(n)}</b> {words[n]}" for n in LEGEND_KEYS)


def bottom_rows(
    balance: QLabel, capture_bar: CaptureBar, banner: Banner, legend: QLabel
) -> tuple[QWidget, QWidget]:
    """The balance line (the capture bar opens in its place, which is as tall as the bar) and
    the legend's row (the banner stands there for a while). Nothing moves when a message or
    the capture bar appears: each row keeps its height whatever it shows."""
    shared = QWidget()
    cell = QGridLayout(shared)
    cell.setContentsMargins(0, 0, 0, 0)
    cell.addWidget(balance, 0, 0, Qt.AlignmentFlag.AlignVCenter)
    cell.addWidget(capture_bar, 0, 0)
    shared.setFixedHeight(capture_bar.sizeHint().height())
    bottom = QWidget()
    row = QHBoxLayout(bottom)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(banner, 1)
    row.addWidget(legend, 1)
    bottom.setFixedHeight(max(banner.sizeHint().height(), 30))
    return shared, bottom
