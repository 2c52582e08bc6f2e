"""The merge's window: its preview (what would be added, updated, kept aside and why), then,
once confirmed, the merge itself and its report. Nothing is written before « Fusionner ».

The work runs off the UI thread (``ui.kit.jobs.Job``): reading a five-year network takes
seconds; the bar and its line say how far it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange.report import MergeReport, kind_label
from app.exchange.service import Progress
from ui.kit.jobs import Job

# (how far it is told) → the report: the preview, then the merge.
Step = Callable[[Progress], MergeReport]


class _Relay(QObject):
    """Progress told by the worker thread, delivered on the UI thread."""

    told = Signal(int, int, str)


class MergeDialog(QDialog):
    """Preview a merge, then run it on confirmation; shows its report either way."""

    def __init__(
        self, parent: QWidget | None, title: str, subject: str, preview: Step, merge: Step
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.resize(820, 600)
        self._preview, self._merge = preview, merge
        self.job: Job | None = None
        self.report: MergeReport | None = None
        self.relay = _Relay()
        self.relay.told.connect(self._told)

        self.subject = QLabel(subject)
        self.subject.setObjectName("subtitle")
        self.subject.setWordWrap(True)
        self.headline = QLabel(self.tr("Lecture…"))
        self.headline.setWordWrap(True)
        self.headline.setObjectName("title")
        self.bar = QProgressBar()
        self.step = QLabel("")
        self.step.setObjectName("subtitle")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Sorte"),
                self.tr("Ajoutés"),
                self.tr("Mis à jour"),
                self.tr("Identiques"),
                self.tr("Mis de côté"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Mis de côté et remarques"))
        self.details.setMaximumHeight(150)
        self.details.hide()
        self.promise = QLabel(
            self.tr(
                "Une fusion ajoute et complète ; elle ne supprime rien, ne touche pas une séance "
                "en cours, et la refaire ne change rien."
            )
        )
        self.promise.setObjectName("subtitle")
        self.promise.setWordWrap(True)

        self.merge_button = QPushButton(self.tr("Fusionner"))
        self.merge_button.setObjectName("primary")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.confirm)
        self.close_button = QPushButton(self.tr("Annuler"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.promise, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.merge_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(10)
        layout.addWidget(self.subject)
        layout.addWidget(self.headline)
        layout.addWidget(self.bar)
        layout.addWidget(self.step)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

    def start(self) -> Job:
        """Make the preview (off the UI thread)."""
        return self._run(self._preview, "merge-preview")

    def confirm(self) -> Job | None:
        """Write the merge previewed (off the UI thread)."""
        if self.job is not None or self.report is None:
            return None
        self.merge_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.headline.setText(self.tr("Fusion en cours…"))
        return self._run(self._merge, "merge")

    def _run(self, step: Step, name: str) -> Job:
        self.bar.setRange(0, 0)
        self.bar.show()
        self.step.show()
        self.job = Job(lambda: step(self.relay.told.emit), name)
        self.job.finished.connect(self._done)
        self.job.failed.connect(self._failed)
        return self.job.start()

    def _told(self, done: int, total: int, what: str) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.step.setText(what)

    def _done(self, report: MergeReport) -> None:
        self.job = None
        self.bar.hide()
        self.step.hide()
        self.show_report(report)

    def _failed(self, message: str) -> None:
        self.job = None
        self.bar.hide()
        self.step.hide()
        self.headline.setText("⚠ " + message)
        self.table.setVisible(self.report is not None)  # nothing to show when refused
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Fermer"))

    def show_report(self, report: MergeReport) -> None:
        """Fill the window with ``report`` (a preview, or the merge done)."""
        self.report = report
        self.headline.setText(report.headline())
        rows = report.rows()
        self.table.setRowCount(len(rows))
        for row, (label, tally) in enumerate(rows):
            figures = (tally.added, tally.updated, tally.identical, tally.aside)
            self.table.setItem(row, 0, QTableWidgetItem(label))
            for column, figure in enumerate(figures, start=1):
                item = QTableWidgetItem(str(figure) if figure else "·")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        lines = [f"{kind_label(a.kind)} · {a.what} : {a.why}" for a in report.aside[:200]]
        lines += report.notes[:200]
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self.close_button.setEnabled(True)
        if report.dry_run:
            self.merge_button.setEnabled(report.changes_anything)
            self.merge_button.setDefault(report.changes_anything)
            if not report.changes_anything:
                self.headline.setText(
                    report.headline() + " " + self.tr("Il n'y a rien de nouveau à fusionner.")
                )
        else:
            self.merge_button.hide()
            self.close_button.setText(self.tr("Fermer"))
            self.close_button.setDefault(True)
            self.close_button.clicked.disconnect()
            self.close_button.clicked.connect(self.accept)
