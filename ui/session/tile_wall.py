"""The cockpit's wall of participant tiles: one per present person, keyed by tile number."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from app.engine.state import LiveState, ParticipantState
from ui.kit.widgets import ParticipantTile
from ui.shell.shortcuts import TILE_KEYS, tile_key


class TileWall(QWidget):
    """Tiles in equal columns; a click gives the floor, a right click opens the menu."""

    chosen = Signal(object)  # member id
    menu = Signal(object)  # member id

    def __init__(self) -> None:
        super().__init__()
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        self.setLayout(self.grid)
        self.tiles: list[ParticipantTile] = []
        self.keyed: dict[int, uuid.UUID] = {}  # key index (tile number − 1) → member
        self._ids: tuple[uuid.UUID, ...] = ()

    def display(self, s: LiveState) -> None:
        """Show each participant's time against the fair share (tiles rebuilt on arrivals)."""
        ids = tuple(p.member_id for p in s.participants)
        if ids != self._ids:
            self._build(s.participants)
        fair = s.fairness.fair_share  # among those the phase lets speak
        for tile, participant in zip(self.tiles, s.participants, strict=True):
            tile.display(participant, fair)
        # The same room for every role, so the bars and their fair-share marks line up.
        role_width = max((tile.role.sizeHint().width() for tile in self.tiles), default=0)
        for tile in self.tiles:
            if tile.role.minimumWidth() != role_width:
                tile.role.setMinimumWidth(role_width)

    def _build(self, participants: tuple[ParticipantState, ...]) -> None:
        """One tile per present member, each with the key of their own tile number: keys
        never move when someone arrives, leaves or joins the network."""
        ids = tuple(p.member_id for p in participants)
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        columns = 5 if len(ids) > 8 else 4
        for column in range(max(columns, self.grid.columnCount())):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)  # equal widths
        self.keyed = {}
        for index, participant in enumerate(participants):
            member_id = participant.member_id
            number = participant.tile
            keyed = number is not None and 1 <= number <= TILE_KEYS
            if keyed and number is not None:
                self.keyed[number - 1] = member_id
            key = tile_key(number - 1) if keyed and number is not None else ""
            tile = ParticipantTile(member_id, key)
            tile.clicked.connect(self.chosen.emit)
            tile.context.connect(self.menu.emit)
            self.grid.addWidget(tile, index // columns, index % columns)
            tile.show()  # added to a page that may already be shown
            self.tiles.append(tile)
        self._ids = ids
