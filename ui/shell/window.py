"""The main window: home → plan → check-in → cockpit → summary, one page at a time.

Over 400 lines: the navigation between the pages, and the window's two phases (the first
frame on a glance of the home, then the core attached); the pages are built in
``ui.shell.lazy_pages``."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.home_glance import Glance, MeetingSummary
from app.i18n import current_language
from models.enums import MeetingStatus
from ui.home.page import HomePage
from ui.kit.formatting import local_date, local_time
from ui.shell.lazy_pages import build_page
from ui.shell.settings import GEOMETRY, LAST_NETWORK, PROJECTOR_OPEN, Settings
from ui.shell.shortcuts import shortcut as declared_shortcut

if TYPE_CHECKING:  # the pages load after the first frame (see MainWindow)
    from PySide6.QtGui import QCloseEvent

    from app.workspace import Workspace
    from ui.home.network_form import NetworkDialog
    from ui.home.planner import PlannerPage
    from ui.repertoire.page import RepertoirePage
    from ui.session.checkin import CheckInPage
    from ui.session.cockpit import CockpitPage
    from ui.session.summary import SummaryPage
    from ui.shell.about import AboutDialog
    from ui.shell.help import ShortcutsDialog
    from ui.steering.network import NetworkPage
    from ui.steering.organisation import OrganisationPage


class MainWindow(QMainWindow):
    """The window. It can show its first frame before the core is loaded: built on a
    ``Glance`` (the home list read without SQLAlchemy), it shows the home at once, and
    ``attach`` hands the workspace in right after. The other pages are built on first use.

    That first frame names no ``Qt`` enum: building that namespace's 93 enums costs ~16 ms,
    more than a tenth of a bare window's start. What only a key or a click needs (the keys,
    the focus policies) is set by ``after_first_frame``, before any input is handled."""

    language_chosen = Signal(str)  # "fr" or "en", chosen at home
    workspace: Workspace  # from attach() on

    def __init__(
        self, workspace: Workspace | None, glance: Glance | None = None, *, long_lived: bool = False
    ) -> None:
        """``long_lived``: the application's own window (not a test's), whose live sessions
        keep the garbage collector off the objects built before (``app.collector``)."""
        super().__init__()
        self.long_lived = long_lived
        self.settings = Settings()
        self.setWindowTitle(self.tr("Cercle"))
        self.resize(1366, 768)
        geometry = self.settings.get(GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        path = (
            workspace.store.location if workspace is not None else glance.path if glance else None
        )
        assert path is not None, "a workspace, or a glance for the first frame"

        # The window never grows by itself past the laptop's screen when content changes (the
        # tests check that every page's content fits 1366×768), nor is held wider than half a
        # screen: a minimum of its own, which the layout then leaves alone.
        self.setMinimumSize(1, 1)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)  # first: the pages are built in place (HomePage)
        self.home = HomePage(workspace, glance, self.pages)
        self.pages.addWidget(self.home)
        self._keys_bound = False
        self._built: dict[str, QWidget] = {}
        self._cockpit: CockpitPage | None = None
        self._pending: Callable[[], None] | None = None
        self.pages.currentChanged.connect(self._page_changed)
        self._path = path
        self._say_database()
        # The language, chosen here and kept in the settings (the system's, the first time).
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Langue"))
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.activated.connect(self._language_activated)
        self.statusBar().addPermanentWidget(QLabel(self.tr("Langue :")))
        self.statusBar().addPermanentWidget(self.language)
        self._about: AboutDialog | None = None  # built when first shown
        self._help: ShortcutsDialog | None = None  # the same
        about_key = declared_shortcut("about").key_text()
        self.about_button = QPushButton(self.tr("À propos de Cercle (%1)").replace("%1", about_key))
        self.about_button.setFlat(True)
        self.about_button.clicked.connect(self.show_about)
        self.statusBar().addPermanentWidget(self.about_button)
        self.home.create_requested.connect(self.create_network)
        self.home.plan_requested.connect(self.plan)
        self.home.steer_requested.connect(self.steer)
        self.home.open_requested.connect(self.open_meeting)
        self.home.edit_requested.connect(self.replan)
        self.network_dialog: NetworkDialog | None = None
        self.home.organisation_requested.connect(self.open_organisation)
        self.home.needs_the_core.connect(self._waiting)
        self._before_repertoire: QWidget = self.home
        last = self.settings.get(LAST_NETWORK)
        self.home.refresh(uuid.UUID(last) if _is_uuid(last) else None)
        self._page_changed(0)
        if workspace is not None:
            self.attach(workspace)

    def after_first_frame(self) -> None:
        """What the first frame does not paint: the keys and the focus policies
        (``ui.shell.quick_start`` calls this once the frame is painted, before the loop
        handles any key; ``attach`` makes sure it was done). Once only."""
        if self._keys_bound:
            return
        self._keys_bound = True
        from PySide6.QtCore import Qt

        self.language.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays on the page
        self.about_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        for key in declared_shortcut("about").keys:
            QShortcut(QKeySequence(key), self, self.show_about)
        self.home.bind_keys()

    def attach(self, workspace: Workspace, *, cockpit_at_idle: bool = False) -> None:
        """The core is loaded: the home follows it, a key pressed meanwhile on the home is
        acted on, and a session that was running when Cercle stopped opens in its cockpit.
        The cockpit is built here, or with ``cockpit_at_idle`` as soon as the loop is idle
        (the start: Enter answers first): its keys (the room's, F1) are bound on the window."""
        from PySide6.QtCore import Qt

        self.after_first_frame()
        self.workspace = workspace
        if self.home.workspace is None:
            self.home.attach(workspace)
        # Ctrl+F reaches the repertoire from anywhere (the cockpit's keys are its own).
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.open_repertoire)
        find.setContext(Qt.ShortcutContext.ApplicationShortcut)
        if cockpit_at_idle:
            QTimer.singleShot(0, self, self._build_the_room)  # not after the window is gone
        else:
            self._build_the_room()
        running = self._resume_the_room()
        pending, self._pending = self._pending, None
        if pending is not None:
            self._say_database()  # the request waited: it is acted on now
            if not running:
                pending()

    def _build_the_room(self) -> None:
        self.cockpit  # noqa: B018 — the room's keys and F1 work on every page from now on

    def _say_database(self) -> None:
        self.statusBar().showMessage(self.tr("Base de données : %1").replace("%1", str(self._path)))

    def _leave_room(self) -> None:
        if self._cockpit is not None:
            self._cockpit.leave()

    def _waiting(self, action: Callable[[], None]) -> bool:
        """Before ``attach``: keep the home's last request for when the core is there."""
        if hasattr(self, "workspace"):
            return False
        self._pending = action
        self.statusBar().showMessage(
            self.tr("Cercle finit de s'ouvrir : votre demande suit dans un instant…")
        )
        return True

    @property
    def cockpit(self) -> CockpitPage:
        if self._cockpit is None:
            from ui.session.cockpit import CockpitPage

            cockpit = self._cockpit = CockpitPage(self.workspace, self.settings)
            self.pages.addWidget(cockpit)
            self.addActions(list(cockpit.commands.values()))
            cockpit.checkin_requested.connect(self.check_in)
            cockpit.closed.connect(self.show_summary)
            cockpit.backup_failed.connect(self._backup_failed)
            cockpit.help_requested.connect(self.show_help)
            cockpit.set_active(self.pages.currentWidget() is cockpit)
        return self._cockpit

    # --- the pages, built on first use ------------------------------------------------------------

    def _page(self, name: str) -> QWidget:
        page = self._built.get(name)
        if page is None:
            page = build_page(self, name)
            self._built[name] = page
            self.pages.addWidget(page)
        return page

    @property
    def help(self) -> ShortcutsDialog:
        """F1's list of every key, built the first time it is asked for (laying out its
        hundred labels took as long as the rest of the core's arrival)."""
        if self._help is None:
            from ui.shell.help import ShortcutsDialog

            self._help = ShortcutsDialog(self)
            # While the list is open the room's keys still work (and F1 closes it); Esc
            # closes the list as any dialog, so the cockpit's Esc is left out.
            commands = self.cockpit.commands
            self._help.addActions([a for n, a in commands.items() if n != "cancel"])
        return self._help

    @property
    def about(self) -> AboutDialog:
        if self._about is None:
            from ui.shell.about import AboutDialog

            self._about = AboutDialog(self._path, self)
        return self._about

    @property
    def planner(self) -> PlannerPage:
        return cast("PlannerPage", self._page("planner"))

    @property
    def checkin(self) -> CheckInPage:
        return cast("CheckInPage", self._page("checkin"))

    @property
    def summary(self) -> SummaryPage:
        return cast("SummaryPage", self._page("summary"))

    @property
    def repertoire(self) -> RepertoirePage:
        return cast("RepertoirePage", self._page("repertoire"))

    @property
    def network(self) -> NetworkPage:
        return cast("NetworkPage", self._page("network"))

    @property
    def organisation(self) -> OrganisationPage:
        return cast("OrganisationPage", self._page("organisation"))

    def _publish(self, network_id: uuid.UUID) -> None:
        """The summary's « Publier sur le serveur »: the home's exchange menu does it."""
        if self.home.exchange is not None:
            self.home.exchange.publish(network_id)

    def _resume_the_room(self) -> bool:
        """After a crash or a kill during a session, the room is waiting: open that session's
        cockpit directly (and the projector, if it was open), not home. True when it did."""
        running = [
            (meeting, network.id)
            for network in self.workspace.overview()
            for meeting in network.meetings
            if meeting.status is MeetingStatus.RUNNING
        ]
        if not running:
            return False
        meeting, network_id = max(running, key=lambda pair: pair[0].planned_start)
        projector_was_open = self.settings.get(PROJECTOR_OPEN)
        self.home.refresh(network_id)
        self.run(meeting.id)
        if projector_was_open:
            QTimer.singleShot(0, self._reopen_projector)
        return True

    def _reopen_projector(self) -> None:
        if self.pages.currentWidget() is self.cockpit and not self.cockpit.projector.isVisible():
            self.cockpit.toggle_projector()

    # --- navigation ---------------------------------------------------------------------------

    def go_home(self) -> None:
        self._leave_room()
        self.home.refresh()
        self.pages.setCurrentWidget(self.home)

    def _language_activated(self, index: int) -> None:
        language = self.language.itemData(index)
        if language != current_language():
            self.language_chosen.emit(language)

    def create_network(self) -> None:
        """The creation form; once created, the network opens on its members."""
        if self._waiting(lambda: self.create_network()):
            return
        from ui.home.network_form import NetworkDialog

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
        if self._waiting(lambda: self.steer(network_id)):
            return
        self.network.open(network_id)
        self.pages.setCurrentWidget(self.network)

    def open_organisation(self) -> None:
        """Every network side by side: the page shows at once and fills when read."""
        if self._waiting(lambda: self.open_organisation()):
            return
        self.organisation.open()
        self.pages.setCurrentWidget(self.organisation)

    def plan(self, network_id: uuid.UUID) -> None:
        if self._waiting(lambda: self.plan(network_id)):
            return
        self.planner.open(network_id)
        self.pages.setCurrentWidget(self.planner)

    def replan(self, network_id: uuid.UUID, meeting_id: uuid.UUID) -> None:
        """A session not yet started, back in the planner with its agenda."""
        if self._waiting(lambda: self.replan(network_id, meeting_id)):
            return
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
        if self._waiting(lambda: self.open_meeting(meeting)):
            return
        if self.home.network_id is not None:
            self.settings.set(LAST_NETWORK, str(self.home.network_id))
        if meeting.status is MeetingStatus.PLANNED:
            self.check_in(meeting.id)
        elif meeting.status is MeetingStatus.RUNNING:
            self.run(meeting.id)
        else:
            self.show_summary(meeting.id)

    def check_in(self, meeting_id: uuid.UUID) -> None:
        self._leave_room()
        self.checkin.open(meeting_id)
        self.pages.setCurrentWidget(self.checkin)

    def run(self, meeting_id: uuid.UUID) -> None:
        refusal = self.cockpit.open(meeting_id)
        if refusal is not None:  # another Cercle drives it (a server database)
            from PySide6.QtWidgets import QMessageBox  # its type costs the first frame 1 ms

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
        if self.long_lived:  # no full collection of the window's objects while the room runs
            from app.collector import settle_for_the_meeting

            settle_for_the_meeting()

    def show_summary(self, meeting_id: uuid.UUID) -> None:
        self._leave_room()
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
        if self._cockpit is not None and self._cockpit.engine is not None:
            network = self._cockpit.engine.facts.meeting.network_id
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
        if self._cockpit is not None:
            self._cockpit.set_active(self.pages.currentWidget() is self._cockpit)
        at_home = self.pages.currentWidget() is self.home
        if at_home:
            self.home.take_focus()
        # Every pixel goes to the session; the file's path matters at home only.
        self.statusBar().setVisible(at_home)

    def closeEvent(self, event: QCloseEvent) -> None:
        cockpit = self._cockpit  # None until first used
        if cockpit is not None:
            cockpit.leave()
            cockpit.projector.close()
        self.settings.set(GEOMETRY, self.saveGeometry())
        event.accept()


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
