"""The main window's home: the networks, and the sessions of the one selected."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.workspace import Workspace
from ui.models import MeetingsModel, NetworksModel


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle(self.tr("Cercle"))
        self.resize(1366, 768)

        self.networks = NetworksModel()
        self.meetings = MeetingsModel()

        self.network_list = QListView()
        self.network_list.setModel(self.networks)
        self.network_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.network_list.setMinimumWidth(260)
        self.network_list.setMaximumWidth(340)
        self.network_list.setAccessibleName(self.tr("Réseaux"))

        self.title = _label("", "title")
        self.intention = _label("", "subtitle")
        self.intention.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "Aucun réseau pour l'instant. Lancez « cercle --demo » pour découvrir Cercle "
                "sur un réseau de démonstration."
            )
        )
        self.empty.setWordWrap(True)

        self.meeting_table = QTableView()
        self.meeting_table.setModel(self.meetings)
        self.meeting_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meeting_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meeting_table.verticalHeader().hide()
        self.meeting_table.setAlternatingRowColors(True)
        self.meeting_table.setShowGrid(False)
        self.meeting_table.setAccessibleName(self.tr("Séances"))
        header = self.meeting_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        left = QVBoxLayout()
        left.addWidget(_label(self.tr("RÉSEAUX"), "section"))
        left.addWidget(self.network_list)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.intention)
        right.addSpacing(12)
        right.addWidget(_label(self.tr("SÉANCES"), "section"))
        right.addWidget(self.meeting_table, 1)
        right.addWidget(self.empty)
        body = QHBoxLayout()
        body.setContentsMargins(16, 16, 16, 16)
        body.setSpacing(20)
        body.addLayout(left)
        body.addLayout(right, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self.statusBar().showMessage(
            self.tr("Base de données : %1").replace("%1", str(workspace.store.path))
        )

        self.network_list.selectionModel().selectionChanged.connect(self._network_selected)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the networks and their sessions from the workspace."""
        overview = self.workspace.overview()
        self.networks.set_networks(overview)
        self.empty.setVisible(not overview)
        self.meeting_table.setVisible(bool(overview))
        if overview:
            self.network_list.setCurrentIndex(self.networks.index(0))
        else:
            self.title.setText(self.tr("Bienvenue dans Cercle"))
            self.intention.clear()

    def _network_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        network = self.networks.network(indexes[0].row())
        self.title.setText(network.name)
        self.intention.setText(network.intention)
        self.meetings.set_meetings(network.meetings)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()


def _label(text: str, style_name: str) -> QLabel:
    """A label the style sheet knows by name (title, subtitle, section)."""
    label = QLabel(text)
    label.setObjectName(style_name)
    return label
