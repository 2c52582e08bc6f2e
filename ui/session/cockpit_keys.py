"""The cockpit's keys: one action per key declared in ui/shell/shortcuts.py, bound to what the
cockpit does with it, and the buttons that show their key next to what they act on."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from app.engine.state import LiveState
from app.vocabulary import command_name
from ui.kit.controls import controls
from ui.shell.shortcuts import SHORTCUTS, TILE_KEYS, tile_key

# On a French AZERTY keyboard the digit row types & é " ' ( - è _ ç à without Shift.
AZERTY_DIGITS = (
    Qt.Key.Key_Ampersand,
    Qt.Key.Key_Eacute,
    Qt.Key.Key_QuoteDbl,
    Qt.Key.Key_Apostrophe,
    Qt.Key.Key_ParenLeft,
    Qt.Key.Key_Minus,
    Qt.Key.Key_Egrave,
    Qt.Key.Key_Underscore,
    Qt.Key.Key_Ccedilla,
    Qt.Key.Key_Agrave,
)


def tile_sequences(index: int) -> list[QKeySequence]:
    """The index-th tile's keys: its digit, and the same key on an AZERTY keyboard."""
    main = QKeySequence(tile_key(index))
    alias = AZERTY_DIGITS[index % 10]
    if index >= 10:
        return [main, QKeySequence(Qt.KeyboardModifier.AltModifier | alias)]
    return [main, QKeySequence(alias)]


# Keys that work on every page of the window, not only in the cockpit.
WINDOW_WIDE = frozenset({"help"})


class CockpitKeys(QObject):
    def __init__(
        self,
        page: QWidget,
        handlers: Mapping[str, Callable[[], None]],
        tile: Callable[[int], None],
    ) -> None:
        super().__init__(page)
        self.commands: dict[str, QAction] = {}
        for shortcut in SHORTCUTS:
            if shortcut.name == "tile" or shortcut.window:
                continue
            action = QAction(shortcut.text(), page)
            action.setShortcuts([QKeySequence(k) for k in shortcut.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handlers[shortcut.name])
            self.commands[shortcut.name] = action
        for index in range(TILE_KEYS):
            action = QAction(self.tr("Tuile %1").replace("%1", tile_key(index)), page)
            action.setShortcuts(tile_sequences(index))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, i=index: tile(i))
            self.commands[f"tile_{index}"] = action
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
        self.buttons = {name: self._button(name, label) for name, label in labels.items()}

    def key(self, name: str) -> str:
        """The key of a command, as the platform writes it."""
        return self.commands[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def label(self, name: str, label: str) -> None:
        """A button shows what it does and its key."""
        self.buttons[name].setText(f"{label}  [{self.key(name)}]")

    def set_active(self, active: bool) -> None:
        for name, action in self.commands.items():
            action.setEnabled(active or name in WINDOW_WIDE)

    def display(self, s: LiveState) -> None:
        """Each button says what it would do now, or why it cannot (disabled, as tooltip)."""
        for name, control in controls(s).items():
            self.label(name, control.label)
            button = self.buttons[name]
            button.setEnabled(control.enabled)
            button.setToolTip(self.commands[name].text() if control.enabled else control.why_not)
        undo = command_name(s.undo_name)
        self.buttons["undo"].setToolTip(
            self.tr("Annuler : %1").replace("%1", undo) if undo else self.tr("Rien à annuler")
        )
        self.buttons["undo"].setEnabled(s.undo_name is not None)

    def _button(self, name: str, label: str) -> QPushButton:
        button = QPushButton(f"{label}  [{self.key(name)}]")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the window
        button.clicked.connect(self.commands[name].trigger)
        button.setToolTip(self.commands[name].text())
        return button
