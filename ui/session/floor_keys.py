"""Who speaks, from the keyboard: a tile's key gives the floor (or queues the person when
the queue was armed), Space advances the floor, T starts or stops the tour of the table."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu, QWidget

from app.engine.keys import advance_floor
from ui.kit.widgets import Failed
from ui.session.live_room import LiveRoom
from ui.session.tile_wall import TileWall
from ui.shell.shortcuts import tile_key


class FloorKeys(QObject):
    def __init__(self, room: LiveRoom, wall: TileWall, menu_parent: QWidget) -> None:
        super().__init__(menu_parent)
        self.room = room
        self.wall = wall
        self.menu_parent = menu_parent
        self.arming = False  # the next person chosen joins the queue instead of speaking
        wall.chosen.connect(self.member_chosen)
        wall.menu.connect(self.member_menu)

    def tile_key(self, index: int) -> None:
        if index not in self.wall.keyed:
            self.room.banner.show_message(
                self.tr("Aucune personne présente sur la touche %1.").replace("%1", tile_key(index))
            )
            return
        self.member_chosen(self.wall.keyed[index])

    def member_chosen(self, member_id: uuid.UUID) -> None:
        if self.arming:
            self.arming = False
            self.room.do(lambda: self.room.live().queue_add(member_id))
            return
        self.give_result(self.room.do(lambda: self.room.live().give_floor(member_id)))

    def give_result(self, result: object) -> None:
        """Say, without blocking, that the person now speaking is outside the phase's rule."""
        state = self.room.state
        if getattr(result, "outside_rule", False) and state and state.speaker:
            self.room.banner.show_message(
                self.tr(
                    "%1 parle hors de la règle de cette phase (c'est noté, pas bloqué)."
                ).replace("%1", state.speaker.name)
            )

    def member_menu(self, member_id: uuid.UUID) -> None:
        engine = self.room.live()
        do: Callable[[Callable[[], object]], object] = self.room.do
        menu = QMenu(self.menu_parent)
        state = self.room.state
        queued = any(q.member_id == member_id for q in (state.queue if state else ()))
        if queued:
            menu.addAction(
                self.tr("Retirer de la file"), lambda: do(lambda: engine.queue_remove(member_id))
            )
        else:
            menu.addAction(
                self.tr("Ajouter à la file"), lambda: do(lambda: engine.queue_add(member_id))
            )
        menu.addAction(self.tr("Part avant la fin"), lambda: do(lambda: engine.leave(member_id)))
        menu.popup(QCursor.pos())

    def floor(self) -> None:
        if self.room.state is None:
            return
        engine = self.room.live()
        step = self.room.do(lambda: advance_floor(engine))
        if not isinstance(step, Failed):
            self.give_result(step[1])

    def arm_queue(self) -> None:
        self.arming = True
        self.room.tick()

    def toggle_tour(self) -> None:
        s = self.room.state
        if s is None:
            return
        engine = self.room.live()
        self.room.do(engine.tour_stop if s.tour is not None else engine.tour_start)
