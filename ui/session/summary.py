"""After the session: times, decisions, actions and the balance of the room; export."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.engine.facts import CaptureFact
from app.engine.session import SessionEngine
from app.engine.state import ItemState, ItemStatus, ParticipantState
from app.i18n import current_language
from app.rituals import SCORES
from app.vocabulary import KIND_SYMBOLS, item_status_symbol, role_name
from app.workspace import Workspace
from models import EntryKind, RitualKind
from ui.kit.formatting import decimal, duration, local_date
from ui.kit.jobs import Job
from ui.kit.table import Column, RowsModel, action_columns, table_view
from ui.kit.widgets import Banner, muted, section
from ui.session.sending import SendingBar
from ui.shell.shortcuts import bind, keyed

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MINUTES_FILES = {"PDF (*.pdf)": ".pdf", "Markdown (*.md)": ".md", "Word (*.docx)": ".docx"}


class SummaryPage(QWidget):
    publish_requested = Signal(object)  # the network's id: publish it to the server
    home_requested = Signal()
    exported = Signal(object)  # Path of the minutes written
    export_failed = Signal(str)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.meeting_id: uuid.UUID | None = None
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.subtitle = muted()
        self.items: RowsModel[ItemState] = RowsModel(
            [
                Column(self.tr("Point"), lambda i: f"{item_status_symbol(i.status)}  {i.title}"),
                Column(self.tr("Prévu"), lambda i: duration(i.timer.planned), align=RIGHT),
                Column(self.tr("Réel"), lambda i: duration(i.timer.elapsed), align=RIGHT),
                Column(
                    self.tr("Écart"),
                    lambda i: (
                        ""
                        if i.status is ItemStatus.SKIPPED
                        else ("+" if i.timer.elapsed > i.timer.planned else "")
                        + duration(i.timer.elapsed - i.timer.planned)
                    ),
                    align=RIGHT,
                    colour=lambda i: "#b3261e" if i.timer.overrun > 0 else None,
                ),
            ]
        )
        self.decisions: RowsModel[CaptureFact] = RowsModel(
            [Column(self.tr("Capture"), self._capture_text)]
        )
        self.action_rows: RowsModel[CaptureFact] = RowsModel(
            # closed just now: none is late yet; a confidential one says so, as in the captures
            action_columns(owner=self._owner, title=self._action_title)[1:]
        )
        self.speaking: RowsModel[ParticipantState] = RowsModel(
            [
                Column(self.tr("Membre"), lambda p: p.name),
                Column(self.tr("Temps"), lambda p: duration(p.session_seconds), align=RIGHT),
                Column(self.tr("Part"), self._share, align=RIGHT),
            ]
        )
        self.balance = muted()
        self.banner = Banner()
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(section(self.tr("TEMPS PAR POINT")), 0, 0)
        grid.addWidget(
            table_view(self.items, self.tr("Temps par point"), stretch=0, selectable=False), 1, 0
        )
        grid.addWidget(section(self.tr("ÉQUILIBRE DE LA PAROLE")), 0, 1)
        grid.addWidget(
            table_view(self.speaking, self.tr("Parole"), stretch=0, selectable=False), 1, 1
        )
        grid.addWidget(self.balance, 2, 1)
        grid.addWidget(section(self.tr("DÉCISIONS ET AUTRES CAPTURES")), 3, 0)
        grid.addWidget(
            table_view(self.decisions, self.tr("Captures"), stretch=0, selectable=False), 4, 0
        )
        grid.addWidget(section(self.tr("ACTIONS")), 3, 1)
        grid.addWidget(
            table_view(self.action_rows, self.tr("Actions"), stretch=0, selectable=False), 4, 1
        )
        self.export_button = QPushButton(
            keyed(self.tr("Exporter le compte rendu"), "summary_export")
        )
        self.export_button.setToolTip(self.tr("En PDF, en Markdown (.md) ou en Word (.docx)"))
        self.export_button.clicked.connect(self._export)
        self.with_stats = QCheckBox(self.tr("avec les temps de parole"))
        self.with_confidential = QCheckBox(
            self.tr("dossier complet, avec les contenus confidentiels")
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: reportlab gives no steps
        self.progress.setMaximumWidth(160)
        self.progress.setFormat(self.tr("Export…"))
        self.progress.hide()
        self.job: Job | None = None
        self.sending = SendingBar(workspace, self.banner, self.with_stats.isChecked)
        self.sending.prepare_button.setObjectName("primary")
        back = QPushButton(keyed(self.tr("← Accueil"), "summary_home"))
        back.clicked.connect(self.home_requested.emit)
        # What goes into the export on a line of its own, the actions below: one row of all of
        # them was wider than a 1366 px laptop.
        options = QHBoxLayout()
        # the session done, the network goes to the organisation's server (the members' view);
        # the shell's window runs it (home's exchange menu)
        self.publish_button = QPushButton(self.tr("Publier sur le serveur"))
        self.publish_button.setToolTip(
            self.tr(
                "Fusionner ce réseau dans la base de l'organisation (sans les contenus "
                "confidentiels), avec un aperçu d'abord"
            )
        )
        self.publish_button.clicked.connect(lambda: self.publish_requested.emit(self._network_id))
        options.addWidget(self.publish_button)
        options.addStretch(1)
        options.addWidget(self.with_stats)
        options.addWidget(self.with_confidential)
        footer = QHBoxLayout()
        footer.addWidget(back)
        footer.addStretch(1)
        footer.addWidget(self.progress)
        footer.addWidget(self.export_button)
        footer.addWidget(self.sending)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        # the cases' contracts and plans, the rituals: for the facilitator's eyes
        self.story = QLabel()
        self.story.setWordWrap(True)
        self.story.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.story)
        layout.addLayout(grid, 1)
        layout.addWidget(self.banner)
        layout.addLayout(options)
        layout.addLayout(footer)
        bind(self, "summary_export", self._export)
        bind(self, "summary_home", self.home_requested.emit)
        bind(self, "summary_mail", self.sending.prepare)
        self._names: dict[uuid.UUID, str] = {}
        self._total = 0.0
        self._number = 0
        self._network_id: uuid.UUID | None = None

    def open(self, meeting_id: uuid.UUID) -> None:
        self.meeting_id = meeting_id
        engine = self.workspace.engine(meeting_id)
        state = engine.state()
        m = state.meeting
        self._number = m.number
        self._network_id = m.network_id
        self.sending.set_session(meeting_id, m.network_id, m.number)
        self._names = dict(engine.facts.names)
        self.heading.setText(
            self.tr("Séance %1 close · %2").replace("%1", str(m.number)).replace("%2", m.title)
        )
        start, end = m.started_at, m.ended_at
        span = duration((end - start).total_seconds()) if start and end else "—"
        self.subtitle.setText(
            f"{m.network_name} · {local_date(m.planned_start)} · "
            + self.tr("durée %1").replace("%1", span)
        )
        self.items.set_rows(state.items)
        self.story.setText("\n".join(self._story_lines(engine)))
        self.story.setVisible(bool(self.story.text()))
        captures = engine.facts.captures
        self.decisions.set_rows([c for c in captures if c.kind is not EntryKind.ACTION])
        self.action_rows.set_rows([c for c in captures if c.kind is EntryKind.ACTION])
        spoken = sorted(state.participants, key=lambda p: -p.session_seconds)
        self._total = sum(p.session_seconds for p in spoken)
        self.speaking.set_rows(spoken)
        b = state.session_balance
        roles = "  ".join(
            f"{role_name(r)} {round(v * 100)} %" for r, v in state.role_shares.items()
        )
        self.balance.setText(
            self.tr("Indice d'équilibre %1 · %2 tours · part équitable %3 %")
            .replace("%1", decimal(b.equality))
            .replace("%2", str(b.turns))
            .replace("%3", str(round(b.fair_share * 100)))
            + (f"\n{roles}" if roles else "")
        )

    def _story_lines(self, engine: SessionEngine) -> list[str]:
        lines = []
        for item in engine.facts.items:
            if item.contract or item.action_plan:
                plan = " / ".join(line.strip() for line in item.action_plan.splitlines() if line)
                lines.append(
                    self.tr("%1 — contrat : %2 · plan : %3")
                    .replace("%1", item.title)
                    .replace("%2", item.contract or "—")
                    .replace("%3", plan or "—")
                )
        for kind in RitualKind:
            r = self.workspace.ritual_summary(engine.meeting_id, kind)
            if r is None:
                continue
            name = self.tr("Météo") if kind is RitualKind.WEATHER else self.tr("ROTI")
            counts = "  ".join(
                f"{score}:{n}" for score, n in zip(SCORES, r.distribution, strict=True)
            )
            lines.append(
                self.tr("%1 — moyenne %2 · %3 · %4 / %5 ont répondu")
                .replace("%1", name)
                .replace("%2", "—" if r.mean is None else decimal(r.mean, 1))
                .replace("%3", counts)
                .replace("%4", str(r.answered))
                .replace("%5", str(r.present))
                + (" · « " + " · ".join(r.words) + " »" if r.words else "")
            )
        return lines

    def _capture_text(self, c: CaptureFact) -> str:
        secret = " " + self.tr("(confidentiel)") if c.confidential else ""
        return f"{KIND_SYMBOLS[c.kind]} {c.title}{secret}"

    def _action_title(self, c: CaptureFact) -> str:
        secret = " " + self.tr("(confidentiel)") if c.confidential else ""
        return f"{c.title}{secret}"

    def _owner(self, c: CaptureFact) -> str:
        return self._names.get(c.owner_id, "") if c.owner_id else ""

    def _share(self, p: ParticipantState) -> str:
        total = self._total
        return f"{round(100 * p.session_seconds / total)} %" if total else "—"

    def _export(self) -> None:
        if self.meeting_id is None or self.job is not None:
            return
        suggested = Path.home() / self.tr("compte-rendu-seance-%1.pdf").replace(
            "%1", str(self._number)
        )
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le compte rendu"), str(suggested), ";;".join(MINUTES_FILES)
        )
        if path:
            out = Path(path)
            if out.suffix.lower() not in MINUTES_FILES.values():
                out = out.with_suffix(MINUTES_FILES.get(chosen, ".pdf"))
            self.export_to(out)

    def export_to(self, out: Path) -> Job | None:
        """Write the minutes to ``out`` (PDF, Markdown or Word by its extension) in a worker
        thread; the page shows progress."""
        if self.meeting_id is None:
            return None
        from app.export.minutes_data import Options  # reportlab, python-docx: when needed
        from app.export.minutes_formats import export_minutes_as

        if out.suffix.lower() not in MINUTES_FILES.values():
            out = out.with_suffix(".pdf")
        options = Options(
            current_language(), self.with_stats.isChecked(), self.with_confidential.isChecked()
        )
        ws, meeting_id = self.workspace, self.meeting_id
        self.job = Job(
            lambda: export_minutes_as(
                ws.store, meeting_id, ws.methods, ws.clock.now(), out, options
            ),
            "minutes-export",
        )
        self.job.finished.connect(self._exported)
        self.job.failed.connect(self._export_failed)
        self.export_button.setEnabled(False)
        self.progress.show()
        return self.job.start()

    def _exported(self, path: Path) -> None:
        self._job_done()
        self.banner.show_message(self.tr("Compte rendu enregistré : %1").replace("%1", str(path)))
        self.exported.emit(path)

    def _export_failed(self, message: str) -> None:
        self._job_done()
        self.banner.show_message(message, error=True, seconds=15)
        self.export_failed.emit(message)

    def _job_done(self) -> None:
        self.job = None
        self.progress.hide()
        self.export_button.setEnabled(True)
