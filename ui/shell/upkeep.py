"""Keeping the database: a backup now, and a check of everything Cercle can verify.

Shown in « À propos de Cercle », beside the folders, for the facilitator (or whoever helps
them on the phone). Both run as jobs of the one runner (``ui.kit.jobs``): the window keeps
answering, the strip tells the step, « Annuler » stops them — a stopped backup leaves no
file, a check writes nothing anyway. Closing the dialog stops what still runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.store.address import Location
from app.store.backup import make_backup
from app.store.safety import CheckReport, check_database
from ui.kit.job_strip import JobStrip
from ui.kit.jobs import Job, Steps, Work, job_runner
from ui.kit.widgets import Banner

RESULT_SECONDS = 30  # long enough to read a path or a problem aloud on the phone


class UpkeepPanel(QWidget):
    """« Sauvegarder maintenant », « Vérifier la base », the running job, its outcome."""

    def __init__(self, database: Location, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.job: Job | None = None
        self.backup_button = QPushButton(self.tr("Sauvegarder maintenant"))
        self.backup_button.setToolTip(
            self.tr("Une copie complète de la base, dans le dossier des sauvegardes.")
        )
        self.backup_button.clicked.connect(self.back_up)
        # On a PostgreSQL server the backups are its administrator's (pg_dump): the check only.
        self.backup_button.setVisible(isinstance(database, Path))
        self.check_button = QPushButton(self.tr("Vérifier la base"))
        self.check_button.setToolTip(
            self.tr("Lit toute la base sans rien y écrire, et dit si quelque chose est abîmé.")
        )
        self.check_button.clicked.connect(self.check)
        # The strip shares the buttons' row and keeps its room when hidden: nothing above
        # it is squeezed while a job runs.
        self.strip = JobStrip()
        policy = self.strip.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.strip.setSizePolicy(policy)
        self.strip.label.setMinimumWidth(200)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.check_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.strip, 1)
        self.banner = Banner()
        self.banner.visibility_changed.connect(self._fit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)

    def back_up(self) -> Job | None:
        """Copy the database into its backups folder, told step by step; stoppable."""
        database = self.database
        if not isinstance(database, Path):
            return None

        def work(steps: Steps) -> Path:
            return make_backup(database, "manual", progress=steps.progress, cancel=steps.cancel)

        job = self._start("backup", work, self.tr("Copie de la base…"))
        if job is not None:
            job.finished.connect(self._backed_up)
        return job

    def check(self) -> Job | None:
        """Check the database without writing to it, told step by step; stoppable."""
        database = self.database

        def work(steps: Steps) -> CheckReport:
            return check_database(database, progress=steps.progress, cancel=steps.cancel)

        job = self._start("check", work, self.tr("Vérification de la base…"))
        if job is not None:
            job.finished.connect(self._checked)
        return job

    def stop(self) -> None:
        """Stop the running job, if any (the dialog is closing)."""
        self.strip.cancel()

    def _start(self, name: str, work: Work, label: str) -> Job | None:
        if self.job is not None:
            return None  # one at a time: the buttons are disabled meanwhile
        self.banner.dismiss()
        self.job = job_runner().start(name, work, banner=self.banner, cancellable=True)
        self.job.cancelled.connect(self._cancelled)
        self.job.ended.connect(self._ended)
        self.strip.follow(self.job, label)
        self.backup_button.setEnabled(False)
        self.check_button.setEnabled(False)
        return self.job

    def _backed_up(self, path: object) -> None:
        self.banner.show_message(
            self.tr("Sauvegarde faite : %1").replace("%1", str(path)), seconds=RESULT_SECONDS
        )

    def _checked(self, report: object) -> None:
        assert isinstance(report, CheckReport)
        if report.ok:
            self.banner.show_message(
                self.tr("La base est saine : aucune anomalie trouvée."), seconds=RESULT_SECONDS
            )
            return
        text = self.tr("%n anomalie(s) trouvée(s). La première : %1", "", len(report.problems))
        self.banner.show_message(
            text.replace("%1", report.problems[0]), error=True, seconds=RESULT_SECONDS
        )

    def _fit(self, shown: bool) -> None:
        """The dialog grows to show the outcome whole (a long path wraps), never squeezed."""
        if shown:
            window = self.window()
            window.resize(window.width(), max(window.height(), window.sizeHint().height()))

    def _cancelled(self) -> None:
        self.banner.show_message(self.tr("Arrêté : rien n'a été modifié."))

    def _ended(self) -> None:
        self.job = None
        self.backup_button.setEnabled(True)
        self.check_button.setEnabled(True)
