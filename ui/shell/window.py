"""The main window: home → plan → check-in → cockpit → summary, one page at a time."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.i18n import current_language
from app.planning import MeetingSummary
from app.workspace import Workspace
from models import MeetingStatus
from ui.home.network_form import NetworkDialog
from ui.home.page import HomePage
from ui.home.planner import PlannerPage
from ui.kit.formatting import local_date, local_time
from ui.repertoire.page import RepertoirePage
from ui.session.checkin import CheckInPage
from ui.session.cockpit import CockpitPage
from ui.session.summary import SummaryPage
from ui.shell.about import AboutDialog
from ui.shell.help import ShortcutsDialog
from ui.shell.settings import GEOMETRY, LAST_NETWORK, PROJECTOR_OPEN, Settings
from ui.shell.shortcuts import shortcut as declared_shortcut
from ui.steering.network import NetworkPage
from ui.steering.organisation import OrganisationPage


class MainWindow(QMainWindow):
    language_chosen = Signal(str)  # "fr" or "en", chosen at home

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = Settings()
        self.setWindowTitle(self.tr("Cercle"))
        self.resize(1366, 768)
        geometry = self.settings.get(GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)

        self.home = HomePage(workspace)
        self.planner = PlannerPage(workspace)
        self.checkin = CheckInPage(workspace)
        self.cockpit = CockpitPage(workspace, self.settings)
        self.summary = SummaryPage(workspace)
        self.repertoire = RepertoirePage(workspace)
        self.network = NetworkPage(workspace)
        self.organisation = OrganisationPage(workspace)
        self.pages = QStackedWidget()
        for page in (
            self.home,
            self.planner,
            self.checkin,
            self.cockpit,
            self.summary,
            self.repertoire,
            self.network,
            self.organisation,
        ):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        # The window never grows by itself past the laptop's screen when content changes
        # (the tests check that every page's content fits 1366×768).
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.addActions(list(self.cockpit.commands.values()))
        self.pages.currentChanged.connect(self._page_changed)
        self.help = ShortcutsDialog(self)
        # While the list is open the room's keys still work (and F1 closes it); Esc closes
        # the list as any dialog, so the cockpit's Esc is left out.
        self.help.addActions([a for n, a in self.cockpit.commands.items() if n != "cancel"])
        self.statusBar().showMessage(
            self.tr("Base de données : %1").replace("%1", str(workspace.store.location))
        )
        # The language, chosen here and kept in the settings (the system's, the first time).
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Langue"))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays on the page
        self.language.activated.connect(self._language_activated)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Langue :")))
        self.statusBar().addPermanentWidget(self.language)
        self.about = AboutDialog(workspace.store.location, self)
        about_key = declared_shortcut("about").key_text()
        about_button = QPushButton(self.tr("À propos de Cercle (%1)").replace("%1", about_key))
        about_button.setFlat(True)
        about_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        about_button.clicked.connect(self.show_about)
        self.statusBar().addPermanentWidget(about_button)

        self.home.create_requested.connect(self.create_network)
        self.network.archived.connect(self._network_archived)
        self.network.deleted.connect(self._network_deleted)
        self.network_dialog: NetworkDialog | None = None
        self.home.plan_requested.connect(self.plan)
        self.home.steer_requested.connect(self.steer)
        self.network.back_requested.connect(self.go_home)
        self.home.organisation_requested.connect(self.open_organisation)
        self.organisation.back_requested.connect(self.go_home)
        self.organisation.steer_requested.connect(self.steer)
        self.home.open_requested.connect(self.open_meeting)
        self.home.edit_requested.connect(self.replan)
        self.planner.planned.connect(self._planned)
        self.planner.cancelled.connect(self.go_home)
        self.planner.refused.connect(lambda why: self.statusBar().showMessage(why, 10_000))
        self.checkin.run_requested.connect(self.run)
        self.checkin.home_requested.connect(self.go_home)
        self.cockpit.checkin_requested.connect(self.check_in)
        self.cockpit.closed.connect(self.show_summary)
        self.cockpit.backup_failed.connect(self._backup_failed)
        self.cockpit.help_requested.connect(self.show_help)
        self.summary.home_requested.connect(self.go_home)
        self.summary.publish_requested.connect(self.home.exchange.publish)
        self.repertoire.back_requested.connect(self._back_from_repertoire)
        self._before_repertoire: QWidget = self.home
        # F1 is the cockpit's "help" action, bound on this window and enabled on every page:
        # one binding per key (a second QShortcut made F1 ambiguous, so it did nothing).
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.open_repertoire)
        find.setContext(Qt.ShortcutContext.ApplicationShortcut)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        for key in declared_shortcut("about").keys:
            QShortcut(QKeySequence(key), self, self.show_about)

        last = self.settings.get(LAST_NETWORK)
        self.home.refresh(uuid.UUID(last) if _is_uuid(last) else None)
        self._page_changed(0)
        self._resume_the_room()

    def _resume_the_room(self) -> None:
        """After a crash or a kill during a session, the room is waiting: open that session's
        cockpit directly (and the projector, if it was open), not home."""
        running = [
            (meeting, network.id)
            for network in self.workspace.overview()
            for meeting in network.meetings
            if meeting.status is MeetingStatus.RUNNING
        ]
        if not running:
            return
        meeting, network_id = max(running, key=lambda pair: pair[0].planned_start)
        projector_was_open = self.settings.get(PROJECTOR_OPEN)
        self.home.refresh(network_id)
        self.run(meeting.id)
        if projector_was_open:
            QTimer.singleShot(0, self._reopen_projector)

    def _reopen_projector(self) -> None:
        if self.pages.currentWidget() is self.cockpit and not self.cockpit.projector.isVisible():
            self.cockpit.toggle_projector()

    # --- navigation ---------------------------------------------------------------------------

    def go_home(self) -> None:
        self.cockpit.leave()
        self.home.refresh()
        self.pages.setCurrentWidget(self.home)

    def _language_activated(self, index: int) -> None:
        language = self.language.itemData(index)
        if language != current_language():
            self.language_chosen.emit(language)

    def create_network(self) -> None:
        """The creation form; once created, the network opens on its members."""
        dialog = NetworkDialog(self, self.workspace)
        dialog.accepted.connect(lambda: self._network_created(dialog))
        self.network_dialog = dialog
        dialog.open()

    def _network_created(self, dialog: NetworkDialog) -> None:
        self.network_dialog = None
        if dialog.created is None:
            return
        self.settings.set(LAST_NETWORK, str(dialog.created))
        self.home.refresh(dialog.created)
        self.network.open(dialog.created, members=True)
        self.pages.setCurrentWidget(self.network)
        self.network.banner.show_message(
            self.tr("Réseau créé. Ajoutez ses membres : un nom, Entrée, le suivant.")
        )
        # The closing dialog hands the focus back to where it was: take it after that.
        QTimer.singleShot(0, self._focus_members)

    def _focus_members(self) -> None:
        self.activateWindow()
        self.network.people.name.setFocus()

    def _network_archived(self, name: str) -> None:
        self.go_home()
        self.statusBar().showMessage(
            self.tr("« %1 » est archivé : « Réseaux archivés » le ramène.").replace("%1", name),
            15_000,
        )

    def _network_deleted(self, name: str, backup: object) -> None:
        self.go_home()
        said = (
            self.tr("« %1 » est supprimé.").replace("%1", name)
            if backup is None  # a server: its backups are the administrator's
            else self.tr("« %1 » est supprimé. Sauvegarde faite avant : %2")
            .replace("%1", name)
            .replace("%2", str(backup))
        )
        self.statusBar().showMessage(said, 30_000)

    def steer(self, network_id: uuid.UUID) -> None:
        self.network.open(network_id)
        self.pages.setCurrentWidget(self.network)

    def open_organisation(self) -> None:
        """Every network side by side: the page shows at once and fills when read."""
        self.organisation.open()
        self.pages.setCurrentWidget(self.organisation)

    def plan(self, network_id: uuid.UUID) -> None:
        self.planner.open(network_id)
        self.pages.setCurrentWidget(self.planner)

    def replan(self, network_id: uuid.UUID, meeting_id: uuid.UUID) -> None:
        """A session not yet started, back in the planner with its agenda."""
        if self.planner.open(network_id, meeting_id):
            self.pages.setCurrentWidget(self.planner)

    def _planned(self, network_id: uuid.UUID, meeting_id: uuid.UUID) -> None:
        """Back home with the session just planned or changed selected, and said so."""
        self.home.refresh(network_id, meeting_id)
        self.pages.setCurrentWidget(self.home)
        meeting = self.home.selected_meeting()
        if meeting is not None and meeting.id == meeting_id:
            self.statusBar().showMessage(
                self.tr("Séance %1 enregistrée : %2 à %3 (Entrée pour l'ouvrir).")
                .replace("%1", str(meeting.number))
                .replace("%2", local_date(meeting.planned_start))
                .replace("%3", local_time(meeting.planned_start)),
                30_000,
            )

    def open_meeting(self, meeting: MeetingSummary) -> None:
        """A planned session opens on its check-in, a running one on the cockpit."""
        if self.home.network_id is not None:
            self.settings.set(LAST_NETWORK, str(self.home.network_id))
        if meeting.status is MeetingStatus.PLANNED:
            self.check_in(meeting.id)
        elif meeting.status is MeetingStatus.RUNNING:
            self.run(meeting.id)
        else:
            self.show_summary(meeting.id)

    def check_in(self, meeting_id: uuid.UUID) -> None:
        self.cockpit.leave()
        self.checkin.open(meeting_id)
        self.pages.setCurrentWidget(self.checkin)

    def run(self, meeting_id: uuid.UUID) -> None:
        refusal = self.cockpit.open(meeting_id)
        if refusal is not None:  # another Cercle drives it (a server database)
            self.go_home()
            self.refusal = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Séance ouverte ailleurs"),
                refusal,
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.refusal.open()  # window-modal, not blocking: the session ticks elsewhere
            return
        self.pages.setCurrentWidget(self.cockpit)

    def show_summary(self, meeting_id: uuid.UUID) -> None:
        self.cockpit.leave()
        self.summary.open(meeting_id)
        self.pages.setCurrentWidget(self.summary)

    def open_repertoire(self) -> None:
        """Ctrl+F, from anywhere: the repertoire with the cursor in its search field.

        A running session goes on meanwhile (ticker and projector): Esc comes back to it.
        """
        current = self.pages.currentWidget()
        if current is not None and current is not self.repertoire:
            self._before_repertoire = current
        network = self.home.network_id
        if self.cockpit.engine is not None:
            network = self.cockpit.engine.facts.meeting.network_id
        self.repertoire.open(network)
        self.pages.setCurrentWidget(self.repertoire)

    def _back_from_repertoire(self) -> None:
        if self._before_repertoire is self.home:
            self.home.refresh()
        self.pages.setCurrentWidget(self._before_repertoire)

    def _backup_failed(self, message: str) -> None:
        self.summary.banner.show_message(
            self.tr("La sauvegarde automatique de fin de séance a échoué : %1").replace(
                "%1", message
            ),
            error=True,
            seconds=30,
        )

    def show_help(self) -> None:
        if self.help.isVisible() and self.help.isActiveWindow():
            self.help.hide()
            return
        self.help.show()
        self.help.raise_()

    def show_about(self) -> None:
        self.about.show()
        self.about.raise_()

    def _page_changed(self, _index: int) -> None:
        self.cockpit.set_active(self.pages.currentWidget() is self.cockpit)
        # Every pixel goes to the session; the file's path matters at home only.
        self.statusBar().setVisible(self.pages.currentWidget() is self.home)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cockpit.leave()
        self.cockpit.projector.close()
        self.settings.set(GEOMETRY, self.saveGeometry())
        event.accept()


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
