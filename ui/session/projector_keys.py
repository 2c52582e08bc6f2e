"""The cockpit's keys for the room's screen: project or not, black screen, theme, speaking
times shown or not."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ui.kit.widgets import FAILED
from ui.session.live_room import LiveRoom
from ui.session.projector import ProjectorWindow
from ui.shell.settings import PROJECTOR_OPEN, PROJECTOR_THEME, Settings

# Shows a label on a button with its key: (button's name, label).
Label = Callable[[str, str], None]


class ProjectorKeys(QObject):
    def __init__(
        self,
        room: LiveRoom,
        projector: ProjectorWindow,
        settings: Settings,
        window: Callable[[], QWidget],
        label: Label,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.room = room
        self.projector = projector
        self.settings = settings
        self.window = window
        self.label = label

    def toggle(self) -> None:
        if self.projector.isVisible():
            self.projector.hide()
        else:
            self.projector.show_on_room_screen(self.window())
            self.room.tick()
        self.settings.set(PROJECTOR_OPEN, self.projector.isVisible())
        self.render_buttons()

    def toggle_blank(self) -> None:
        self.projector.set_blank(not self.projector.blank)
        self.render_buttons()
        if self.projector.blank:
            self.room.banner.show_message(self.tr("Projection masquée (B pour la rétablir)."))

    def toggle_theme(self) -> None:
        theme = "light" if self.projector.theme == "dark" else "dark"
        self.projector.set_theme(theme)
        self.settings.set(PROJECTOR_THEME, theme)

    def toggle_stats(self) -> None:
        s = self.room.state
        if s is None:
            return
        shown = not s.meeting.show_stats_on_projector
        if self.room.do(lambda: self.room.live().set_projector_stats(shown)) is not FAILED:
            self.room.banner.show_message(
                self.tr("Temps de parole projetés.")
                if shown
                else self.tr("Temps de parole retirés de la projection.")
            )

    def render_buttons(self) -> None:
        self.label(
            "projector",
            self.tr("Fermer la projection") if self.projector.isVisible() else self.tr("Projeter"),
        )
        self.label(
            "blank", self.tr("Rétablir l'écran") if self.projector.blank else self.tr("Écran noir")
        )
