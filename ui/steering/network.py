"""Steering a network: its page, with the tabs health (health_tab.py), members
(members_panel.py), engagement (engagement_tab.py), profile (profile_tab.py) and programme
(programme_tab.py); the sponsor's report and the network's archiving and deletion."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.commands import ChangeSet, Fact
from app.i18n import current_language
from app.steering import Dashboard
from app.steering_reading import HealthReading, read_health
from app.vocabulary import CommandName, stage_name
from app.workspace import Workspace
from ui.kit.jobs import Job, job_runner
from ui.kit.widgets import FAILED, Banner, Failed, muted
from ui.shell.command_runner import command_runner
from ui.steering.engagement_tab import EngagementTab
from ui.steering.health_tab import HealthTab
from ui.steering.members_panel import MembersPanel
from ui.steering.profile_tab import ProfileTab
from ui.steering.programme_tab import ProgrammeTab

# What the dashboard counts: a command changing one of these repaints it while shown.
DASHBOARD = (Fact.PROFILE, Fact.MEMBERS, Fact.CAPTURES, Fact.SESSION, Fact.ATTENDANCE)


class NetworkPage(QWidget):
    back_requested = Signal()
    archived = Signal(str)  # the network's name
    deleted = Signal(str, object)  # the network's name, the backup taken before
    report_written = Signal(object)  # Path
    report_failed = Signal(str)
    filled = Signal()  # the network's current figures are shown (read off the window's thread)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.runner = command_runner(workspace)
        self.runner.changed.connect(self._changed)
        self.network_id: uuid.UUID | None = None
        self.data: Dashboard | None = None
        self.job: Job | None = None
        self.reading: Job | None = None  # the history being read, at most one at a time
        self.reading_for: uuid.UUID | None = None  # the network being read
        self.read_again = False  # something changed while reading: read once more after

        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.subtitle = muted()
        back = QPushButton(self.tr("← Accueil  [Échap]"))
        back.clicked.connect(self.back_requested.emit)
        self.report_button = QPushButton(self.tr("Rapport PDF pour le sponsor  [Ctrl+E]"))
        self.report_button.setObjectName("primary")
        self.report_button.clicked.connect(self._ask_report)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.report_button)
        top.addWidget(back)

        self.banner = Banner()
        self.people = MembersPanel(workspace, self.banner)
        self.people.changed.connect(self.refresh)
        self.tabs = QTabWidget()
        self.health = HealthTab()
        self.engagement = EngagementTab(
            workspace, self.runner, self.banner, lambda: self.network_id, self.refresh
        )
        self.profile = ProfileTab(self.save_profile, self.archive, self.ask_delete)
        self.programme = ProgrammeTab(workspace)
        self.tabs.addTab(self.health, self.tr("Santé"))
        self.tabs.addTab(self.people, self.tr("Membres"))
        self.tabs.addTab(self.engagement, self.tr("Engagement"))
        self.tabs.addTab(self.profile, self.tr("Profil"))
        self.tabs.addTab(self.programme, self.tr("Programme"))
        # What the tests and the window read of the tabs.
        self.cards, self.warnings = self.health.cards, self.health.warnings
        self.leaders_label = self.health.leaders_label
        charts = self.health.charts
        self.circles_chart, self.balance_chart = charts.circles_chart, charts.balance_chart
        self.growth_chart, self.attendance_chart = charts.growth_chart, charts.attendance_chart
        self.roti_chart = charts.roti_chart
        self.members, self.members_view = self.engagement.members, self.engagement.members_view
        self.circle_choice = self.engagement.circle_choice
        self.planned = self.programme.planned
        f = self.profile
        self.name, self.sponsor, self.autonomy, self.structuring, self.drift = (
            f.name,
            f.sponsor,
            f.autonomy,
            f.structuring,
            f.drift,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        for key, slot in (("Esc", self._escape), ("Ctrl+E", self._ask_report)):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- the tabs ---------------------------------------------------------------------------------

    # --- showing --------------------------------------------------------------------------------

    def open(self, network_id: uuid.UUID, *, members: bool = False) -> Job:
        """Show a network at once: its health, or its members (a network just created).

        The figures are read off the window's thread; until they arrive the cards say
        « lecture… » and nothing of the network shown before stays on the page."""
        if network_id != self.network_id or self.data is None:
            self.network_id = network_id
            self._show_reading()
        self.people.open(network_id)
        # Opened again while its figures are being read: the same read, never a second one.
        same = self.reading is not None and self.reading_for == network_id
        job = self.reading if self.reading is not None and same else self.refresh()
        if members:
            self.tabs.setCurrentWidget(self.people)
            self.people.name.setFocus()
        else:
            self.tabs.setCurrentIndex(0)
            self.tabs.setFocus()
        return job

    def _show_reading(self) -> None:
        """The skeleton: titles and empty cards, the tabs that need the figures closed."""
        self.data = None
        assert self.network_id is not None
        self.heading.setText(self.workspace.network_name(self.network_id) or "…")
        self.subtitle.setText(self.tr("Lecture de l'historique du réseau…"))
        self.health.show_reading()
        self.members.set_rows([])
        for tab in (self.engagement, self.profile, self.programme):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), False)
        self.report_button.setEnabled(False)

    def _figures_shown(self) -> bool:
        """The page shows the figures of the network it is open on."""
        return self.data is not None and self.data.profile.id == self.network_id

    def _changed(self, changes: ChangeSet) -> None:
        """The dashboard follows any command that changed what it counts."""
        if changes.command == CommandName.DELETE_NETWORK:
            return  # the page is leaving the network it showed
        if self.network_id is not None and self.isVisible() and changes.touches(*DASHBOARD):
            self.refresh()

    def refresh(self) -> Job:
        """Read the network's figures again on the job runner; one read at a time."""
        assert self.network_id is not None
        if self.reading is not None:
            self.read_again = True
            return self.reading
        store, network_id, now = self.workspace.store, self.network_id, self.workspace.clock.now()
        self.reading_for = network_id
        self.reading = job = job_runner().start(
            "health-view", lambda _steps: read_health(store, network_id, now)
        )
        job.finished.connect(self._read)
        job.failed.connect(self._read_failed)
        return job

    def _read(self, result: object) -> None:
        assert isinstance(result, HealthReading)
        self.reading = None
        if self.network_id is None:
            return  # the network was deleted meanwhile
        if result.network_id != self.network_id:
            self.read_again = False  # read for a network left meanwhile: never shown
            self.refresh()
            return
        self._display(result)
        if self.read_again:  # shown now, read once more: what changed meanwhile follows
            self.read_again = False
            self.refresh()
        else:
            self.filled.emit()

    def _read_failed(self, message: str) -> None:
        self.reading = None
        self.read_again = False
        self.subtitle.setText("")
        self.banner.show_message(message, error=True, seconds=15)

    def _display(self, reading: HealthReading) -> None:
        d = reading.dashboard
        self.data = d
        for tab in (self.engagement, self.profile, self.programme):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), True)
        self.report_button.setEnabled(self.job is None)
        p = d.profile
        self.heading.setText(p.name)
        self.subtitle.setText(
            " · ".join(
                part
                for part in (
                    stage_name(p.lifecycle_stage),
                    self.tr("sponsor : %1").replace("%1", p.sponsor) if p.sponsor else "",
                    self.tr("%n membre(s)", "", len(d.members)),
                    self.tr("%n séance(s) tenue(s)", "", d.sessions_held),
                )
                if part
            )
        )
        self.health.display(d, reading.coexistence)
        self.members.set_rows(d.members)
        self.profile.display(d)
        self.programme.display(d)

    def save_profile(self) -> None:
        if self.network_id is None or not self._figures_shown():
            return  # the form holds another network's profile until the figures arrive
        network_id, t = self.network_id, self.profile
        saved = self.runner.run(
            lambda: self.workspace.update_profile(
                network_id,
                name=t.name.text(),
                intention=t.intention.toPlainText(),
                ground_rules=t.rules.toPlainText(),
                sponsor=t.sponsor.text(),
                kind=t.kind.currentData(),
                pilot=t.pilot.text(),
                facilitators=t.facilitators.text(),
                lifecycle_stage=t.stage.currentData(),
                target_rhythm_days=t.rhythm.value(),
                meeting_minutes=t.length.value(),
                autonomy_alignment=t.autonomy.value(),
                structuring=t.structuring.value(),
            ),
            self.banner,
        )
        if saved is not FAILED:
            self.banner.show_message(self.tr("Profil enregistré."))

    def _escape(self) -> None:
        """Esc: stop correcting a member if one is being corrected, else back home."""
        if self.tabs.currentWidget() is self.people and self.people.editing is not None:
            self.people.cancel_edit()
        else:
            self.back_requested.emit()

    def archive(self) -> None:
        """A dormant network leaves the home list; its history stays, it can come back."""
        if self.network_id is None:
            return
        network_id = self.network_id
        if (
            self.runner.run(lambda: self.workspace.archive_network(network_id), self.banner)
            is FAILED
        ):
            return
        self.archived.emit(self.heading.text())

    def ask_delete(self) -> None:
        """Delete only after a confirmation naming what is lost; a backup is taken first."""
        if self.network_id is None:
            return
        lost = self.workspace.network_loss(self.network_id)
        question = QMessageBox(self)
        question.setIcon(QMessageBox.Icon.Warning)
        question.setWindowTitle(self.tr("Supprimer le réseau"))
        question.setText(
            self.tr("Supprimer « %1 » et tout ce qu'il contient ?").replace("%1", lost.name)
        )
        question.setInformativeText(
            self.tr(
                "Seront perdus : %1, %2 et %3 (comptes rendus, temps de parole, répertoire). "
                "Une sauvegarde de toute la base est faite avant. Pour seulement le mettre de "
                "côté, archivez-le plutôt."
            )
            .replace("%1", self.tr("%n séance(s)", "", lost.sessions))
            .replace("%2", self.tr("%n membre(s)", "", lost.members))
            .replace("%3", self.tr("%n entrée(s) du répertoire", "", lost.entries))
        )
        delete = question.addButton(self.tr("Supprimer"), QMessageBox.ButtonRole.DestructiveRole)
        question.addButton(self.tr("Garder le réseau"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(QMessageBox.StandardButton.NoButton)
        question.exec()
        if question.clickedButton() is delete:
            network_id = self.network_id
            backup = self.runner.run(lambda: self.workspace.delete_network(network_id), self.banner)
            if isinstance(backup, Failed):
                return
            self.network_id = None
            self.deleted.emit(lost.name, backup)

    def _set_circle(self) -> None:
        self.engagement.set_circle()

    def import_file(self, path: Path, ask: bool = True) -> Job | None:
        """Preview ``path`` (a job); with ``ask``, the dialog decides — nothing is written
        otherwise."""
        return self.people.import_file(path, ask)

    def _ask_report(self) -> None:
        if not self._figures_shown() or self.job is not None:
            return
        suggested = Path.home() / self.tr("sante-du-reseau.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le rapport"), str(suggested), "PDF (*.pdf)"
        )
        if path:
            self.write_report(Path(path))

    def write_report(self, out: Path) -> Job | None:
        """The sponsor's report, written off the UI thread."""
        from app.export.health import export_health  # reportlab, when needed

        if self.network_id is None:
            return None
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        ws, network_id, language = self.workspace, self.network_id, current_language()
        self.job = job_runner().start(
            "health-report",
            lambda _steps: export_health(ws.store, network_id, ws.clock.now(), out, language),
        )
        self.job.finished.connect(self._report_done)
        self.job.failed.connect(self._report_failed)
        self.report_button.setEnabled(False)
        return self.job

    def _report_done(self, path: Path) -> None:
        self.job = None
        self.report_button.setEnabled(True)
        self.banner.show_message(self.tr("Rapport enregistré : %1").replace("%1", str(path)))
        self.report_written.emit(path)

    def _report_failed(self, message: str) -> None:
        self.job = None
        self.report_button.setEnabled(True)
        self.banner.show_message(message, error=True, seconds=15)
        self.report_failed.emit(message)


__all__ = ["NetworkPage"]
