"""A job seen while it runs: the step's sentence, a bar, and « Annuler » when it can stop.

A page puts one :class:`JobStrip` where its work's progress belongs and calls
:meth:`JobStrip.follow` with the :class:`~ui.kit.jobs.Job` it started; the strip shows itself,
follows the job's progress, and hides when the job ends. The outcome itself (a result, a
failure's sentence, a cancellation) is the page's to say, in its banner.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.kit.jobs import Job


class JobStrip(QWidget):
    """One line: what is being done, how far, and the button that stops it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("job-strip")
        self.job: Job | None = None
        self.label = QLabel()
        self.label.setMinimumWidth(160)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.stop = QPushButton(self.tr("Annuler"))
        self.stop.setToolTip(self.tr("Arrêter : rien n'est modifié."))
        self.stop.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.stop)
        self.hide()

    def follow(self, job: Job, label: str) -> None:
        """Show ``job`` until it ends; ``label`` is said until its first step is told."""
        self.job = job
        self.label.setText(label)
        self.bar.setRange(0, 0)  # busy until the first step tells how much there is
        self.stop.setVisible(job.cancellable)
        self.stop.setEnabled(True)
        self.stop.setText(self.tr("Annuler"))
        job.progressed.connect(self._progressed)
        job.ended.connect(self._ended)
        self.show()

    def cancel(self) -> bool:
        """Stop the job followed, if it can be stopped; the button says it is stopping."""
        if self.job is None or not self.job.cancel():
            return False
        self.stop.setEnabled(False)
        self.stop.setText(self.tr("Arrêt…"))
        return True

    def _progressed(self, done: int, total: int, label: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if label:
            self.label.setText(label)

    def _ended(self) -> None:
        self.job = None
        self.hide()
