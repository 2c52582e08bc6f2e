"""The home page: the networks, and the sessions of the one selected."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.home_glance import Glance, MeetingSummary
from models.enums import MeetingStatus
from ui.home.home_models import MeetingsModel, NetworksModel
from ui.home.welcome import Welcome
from ui.shell.shortcuts import bind, keyed_button

if TYPE_CHECKING:
    from PySide6.QtCore import QItemSelection, QModelIndex
    from PySide6.QtGui import QAction

    from app.commands import ChangeSet
    from app.workspace import Workspace
    from ui.home.exchange import ExchangeMenu


class HomePage(QWidget):
    """The home. Its first frame names no ``Qt`` enum and calls no Python to paint (see
    ``ui.home.home_models``); its keys are bound right after (``bind_keys``)."""

    plan_requested = Signal(object)  # network id
    steer_requested = Signal(object)  # network id
    open_requested = Signal(object)  # MeetingSummary
    edit_requested = Signal(object, object)  # network id, meeting id (a planned session)
    create_requested = Signal()  # a new network
    organisation_requested = Signal()  # every network side by side
    # Before the core is there: a request to act on once it is (the window keeps it).
    needs_the_core = Signal(object)  # a callable

    def __init__(
        self,
        workspace: Workspace | None,
        glance: Glance | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """The home on ``workspace``; or, for the window's first frame, on ``glance`` (the
        list read without the core) until ``attach`` hands the workspace in."""
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self._glance = glance
        # The glance the listed networks were read from (their sessions are read when shown,
        # ``Glance.meetings_of``); None once the list comes from the core.
        self._listed_from: Glance | None = None
        self._wanted_meeting: uuid.UUID | None = None
        self._shown = 0  # networks shown so far (a refresh shows its network once)
        self._panel: QWidget | None = None  # in place of the welcome (the demo being built)

        self.networks = NetworksModel()
        self.meetings = MeetingsModel()
        # Laid out top-down: a widget added under a parent already in place is styled once,
        # one in a subtree given a parent later is styled again (the style sheet's cascade);
        # the two views, with their scroll bars and headers, are even made under the page.
        body = QHBoxLayout(self)
        body.setContentsMargins(16, 16, 16, 16)
        body.setSpacing(20)
        left = QVBoxLayout()
        right = QVBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)

        self.network_list = QListView(self)
        self.network_list.setModel(self.networks)
        # Every item two lines high: sized once, not each of an organisation's forty (4 ms at
        # start); a long name ends in « … » (its whole is the title and the item's tooltip).
        self.network_list.setUniformItemSizes(True)
        self.network_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.network_list.setMinimumWidth(260)
        self.network_list.setMaximumWidth(340)
        self.network_list.setAccessibleName(self.tr("Réseaux"))

        self.title = _label("", "title")
        self.title.setWordWrap(True)  # a long name on two lines, not cut at the edge
        self.intention = _label("", "subtitle")
        self.intention.setWordWrap(True)
        self.empty = Welcome(self)  # in place of the sessions while there is no network
        self.create_first, self.import_first = self.empty.create_button, self.empty.import_button
        self.create_first.clicked.connect(self.create_requested.emit)
        self.import_first.clicked.connect(self._import)

        self.meeting_table = QTableView(self)
        self.meeting_table.setModel(self.meetings)
        self.meeting_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meeting_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meeting_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_table.verticalHeader().hide()
        self.meeting_table.setAlternatingRowColors(True)
        self.meeting_table.setShowGrid(False)
        # One line a cell, « … » when too long (rows are one line high anyway): no line
        # breaking of every cell's text at each paint (7 ms of an organisation's first frame).
        self.meeting_table.setWordWrap(False)
        self.meeting_table.setAccessibleName(self.tr("Séances"))
        self.meeting_table.doubleClicked.connect(self._open_row)
        header = self.meeting_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(40)  # a long history: the first rows size the columns
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.new_button = keyed_button(
            self.tr("+ Nouveau réseau"), "home_new_network", self.create_requested.emit
        )
        self.archives_button = QPushButton()
        self.archives_button.setToolTip(self.tr("Ramener un réseau archivé sur l'accueil"))
        self.archives_menu: QMenu | None = None  # made when a network is first archived
        self.organisation_button = keyed_button(
            self.tr("Vue d'ensemble des réseaux"),
            "home_organisation",
            self.organisation_requested.emit,
            self.tr("Tous les réseaux côte à côte, pour le sponsor et la direction"),
        )
        self.networks_heading = _label(self.tr("RÉSEAUX"), "section")
        left.addWidget(self.networks_heading)
        left.addWidget(self.network_list)
        left.addWidget(self.new_button)
        left.addWidget(self.archives_button)
        left.addWidget(self.organisation_button)
        # The exchange menu needs the core (SQLAlchemy): it is built in ``attach``, after the
        # first frame; until then its button waits, disabled.
        self.exchange: ExchangeMenu | None = None
        self.exchange_button = QPushButton(self.tr("Échanger ce réseau"))
        self.exchange_button.setToolTip(
            self.tr("Exporter, importer et fusionner, publier sur le serveur, mettre à jour")
        )
        self.exchange_button.setEnabled(False)
        left.addWidget(self.exchange_button)
        self._right = right  # the exchange's banner goes on top once the core is there
        right.addWidget(self.title)
        right.addWidget(self.intention)
        right.addSpacing(12)
        sessions = QHBoxLayout()
        sessions.addWidget(_label(self.tr("SÉANCES"), "section"))
        sessions.addStretch(1)
        self.plan_button = keyed_button(self.tr("Planifier une séance"), "home_plan", self._plan)
        self.steer_button = keyed_button(self.tr("Piloter le réseau"), "home_steer", self._steer)
        sessions.addWidget(self.steer_button)
        self.edit_button = keyed_button(
            self.tr("Modifier la séance"),
            "home_edit",
            self.edit_selected,
            self.tr("Date, lieu et ordre du jour d'une séance à venir"),
        )
        self.open_button = keyed_button(
            self.tr("Ouvrir la séance"), "home_open", self.open_selected
        )
        self.open_button.setObjectName("primary")
        for button in (self.plan_button, self.edit_button, self.open_button):
            sessions.addWidget(button)
        self.sessions_bar = QWidget()
        self.sessions_bar.setLayout(sessions)
        sessions.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.sessions_bar)
        self.no_sessions = QLabel(
            self.tr(
                "Aucune séance pour l'instant : Ctrl+N planifie la première. Les membres "
                "s'ajoutent dans Piloter le réseau (Ctrl+D), onglet Membres."
            )
        )
        self.no_sessions.setObjectName("subtitle")
        self.no_sessions.setWordWrap(True)
        self.no_sessions.hide()
        right.addWidget(self.no_sessions)
        right.addWidget(self.meeting_table, 1)
        right.addWidget(self.empty, 1)
        right.addStretch(0)

        self.network_list.selectionModel().selectionChanged.connect(self._network_selected)
        self.meeting_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.network_id: uuid.UUID | None = None
        if workspace is not None:
            self.attach(workspace)

    def bind_keys(self) -> None:
        """The home's keys (the window binds them right after its first frame)."""
        bind(self, "home_plan", self._plan)
        bind(self, "home_steer", self._steer)
        bind(self, "home_edit", self.edit_selected)
        bind(self, "home_open", self.open_selected)
        bind(self, "home_new_network", self.create_requested.emit)
        bind(self, "home_organisation", self.organisation_requested.emit)
        bind(self, "home_export", self._export)
        bind(self, "home_import", self._import)

    def attach(self, workspace: Workspace) -> None:
        """The core is loaded: from now on the home reads it and follows its commands."""
        from ui.home.exchange import ExchangeMenu
        from ui.kit.widgets import Banner  # reads the engine's state types: not first frame
        from ui.shell.command_runner import command_runner

        self.workspace = workspace
        self._glance = None
        command_runner(workspace).changed.connect(self._changed)
        self.banner = Banner()
        self._right.insertWidget(0, self.banner)
        self.exchange = ExchangeMenu(workspace, self, lambda: self.network_id)
        self.exchange.told.connect(
            lambda text, problem: self.banner.show_message(text, error=problem, seconds=15)
        )
        self.exchange_button.setMenu(self.exchange.menu)
        self.exchange_button.setEnabled(True)

    def _export(self) -> None:
        if self.exchange is None:
            self.needs_the_core.emit(self._export)
        else:
            self.exchange.export()

    def _import(self) -> None:
        if self.exchange is None:
            self.needs_the_core.emit(self._import)
        else:
            self.exchange.import_file()

    def refresh(
        self, network_id: uuid.UUID | None = None, meeting_id: uuid.UUID | None = None
    ) -> None:
        """Re-read the networks and their sessions; keep ``network_id`` selected if given.

        ``meeting_id`` (a session just planned or changed) becomes the selected row.
        """
        self._wanted_meeting = meeting_id
        source = self.workspace or self._glance
        assert source is not None
        self._listed_from = self._glance if self.workspace is None else None
        overview = source.overview()
        wanted = network_id or self.network_id
        self.networks.set_networks(overview)
        self.empty.setVisible(not overview and self._panel is None)
        self.meeting_table.setVisible(bool(overview))
        self.sessions_bar.setVisible(bool(overview))
        if not overview:
            self.no_sessions.hide()
        self.network_list.setVisible(bool(overview))
        self.networks_heading.setVisible(bool(overview))
        self.new_button.setVisible(bool(overview))
        self.organisation_button.setVisible(bool(overview))
        self.exchange_button.setVisible(bool(overview))
        archived = [n for n in source.all_networks() if n.archived]
        if archived or self.archives_menu is not None:
            menu = self._archives()
            menu.clear()
            for network in archived:
                action = menu.addAction(self.tr("Ramener « %1 »").replace("%1", network.name))
                action.setData(str(network.id))
        self.archives_button.setText(self.tr("Réseaux archivés (%n)", "", len(archived)))
        self.archives_button.setVisible(bool(archived))
        if overview:
            row = next((i for i, n in enumerate(overview) if n.id == wanted), 0)
            shown = self._shown
            self.network_list.setCurrentIndex(self.networks.index(row, 0))
            if self._shown == shown:  # the selection did not move: show it again here
                self._show_network(row)
        else:
            self.title.setText(self.tr("Bienvenue dans Cercle"))
            self.intention.clear()
        self.intention.setVisible(bool(self.intention.text()))

    def _archives(self) -> QMenu:
        """The archived networks' menu, made the first time a network is archived."""
        if self.archives_menu is None:
            self.archives_menu = QMenu(self)
            self.archives_menu.triggered.connect(self._bring_back)
            self.archives_button.setMenu(self.archives_menu)
        return self.archives_menu

    def show_in_place(self, panel: QWidget | None) -> None:
        """``panel`` in place of the welcome (the demo being built); None: the home again."""
        if self._panel is not None:
            self._right.removeWidget(self._panel)
            self._panel.hide()
        self._panel = panel
        self.title.setVisible(panel is None)
        if panel is not None:
            self.empty.hide()
            self._right.insertWidget(0, panel, 0)
            panel.show()

    def _changed(self, changes: ChangeSet) -> None:
        """Networks and sessions listed here follow any command that changed them."""
        from app.commands import Fact

        if self.isVisible() and changes.touches(Fact.PROFILE, Fact.SESSION, Fact.AGENDA):
            self.refresh()

    def take_focus(self) -> None:
        """The window shows the home: its keys work without a click first. (Not in a
        ``showEvent``: that override alone makes the first frame build ``QEvent``'s enums.)"""
        if self.meeting_table.isVisibleTo(self):
            self.meeting_table.setFocus()  # Enter, F2, Ctrl+N work without a click first
        else:
            self.create_first.setFocus()  # the empty home: Enter creates the network

    def _bring_back(self, action: QAction) -> None:
        network_id = uuid.UUID(str(action.data()))
        if self.workspace is None:
            return  # the first frame: the core is a moment away
        self.workspace.archive_network(network_id, archived=False)  # nothing refuses it
        self.refresh(network_id)

    def _steer(self) -> None:
        if self.network_id is not None:
            self.steer_requested.emit(self.network_id)

    def _plan(self) -> None:
        if self.network_id is not None:
            self.plan_requested.emit(self.network_id)

    def selected_meeting(self) -> MeetingSummary | None:
        """The highlighted session: what Enter opens and F2 changes."""
        rows = self.meeting_table.selectionModel().selectedRows()
        return self.meetings.meeting(rows[0].row()) if rows else None

    def _default_row(self) -> int | None:
        """The row to highlight: the session asked for, else the next one to run."""
        rows = self.meetings.rows()
        wanted = self._wanted_meeting
        for index, meeting in enumerate(rows):
            if meeting.id == wanted:
                return index
        upcoming = [i for i, m in enumerate(rows) if m.status is not MeetingStatus.CLOSED]
        if upcoming:
            return upcoming[-1]  # the first not closed, oldest first (rows are newest first)
        return 0 if rows else None

    def open_selected(self) -> None:
        if not self.networks.rowCount():
            self.create_requested.emit()
            return
        meeting = self.selected_meeting()
        if meeting is not None:
            self.open_requested.emit(meeting)

    def edit_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None and meeting.status is MeetingStatus.PLANNED:
            self.edit_requested.emit(self.network_id, meeting.id)

    def _update_buttons(self, *_selection: object) -> None:
        meeting = self.selected_meeting()
        self.edit_button.setEnabled(meeting is not None and meeting.status is MeetingStatus.PLANNED)
        self.open_button.setEnabled(meeting is not None)

    def _open_row(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.meetings.meeting(index.row()))

    def _network_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._show_network(indexes[0].row())

    def _show_network(self, row: int) -> None:
        self._shown += 1
        network = self.networks.network(row)
        self.network_id = network.id
        self.title.setText(network.name)
        self.intention.setText(network.intention)
        # Listed from the glance (before the core, and until the next refresh after it), a
        # network's sessions are read when it is shown.
        glance = self._listed_from
        meetings = glance.meetings_of(network.id) if glance is not None else network.meetings
        self.meetings.set_meetings(meetings)
        self.no_sessions.setVisible(not meetings)
        chosen = self._default_row()
        if chosen is not None:
            # The focus rectangle and the selection on the same row: what shows is what opens.
            self.meeting_table.selectRow(chosen)
            self.meeting_table.setCurrentIndex(self.meetings.index(chosen, 0))
        self._update_buttons()


def _label(text: str, style_name: str) -> QLabel:
    """A label the style sheet knows by name (title, subtitle, section)."""
    label = QLabel(text)
    label.setObjectName(style_name)
    return label
