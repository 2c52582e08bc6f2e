"""Steering across networks: every network side by side, for the sponsor or the direction.

One row per network with its dashboard's figures; a cell turns red (and says ⚠) exactly when
that network's own health page turns its card red. Below, in tabs: each network's warnings,
the members shared between networks, the terms defined differently, the archived networks.
The view is read off the UI thread (≈ 0.3 s on forty networks over five years).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.i18n import current_language
from app.organisation import NetworkVitals, Organisation, read_organisation
from app.workspace import Workspace
from ui.kit.formatting import decimal, local_date
from ui.kit.jobs import Job, job_runner
from ui.kit.table import Column, RowsModel, table_view
from ui.kit.widgets import Banner, muted, select_data
from ui.shell.shortcuts import bind, keyed

ALERT = "#b3261e"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _alerted(header: str, key: str, text: Callable[[NetworkVitals], str]) -> Column[NetworkVitals]:
    """A figure whose cell is red and marked ⚠ exactly when its card on the health page is."""
    return Column(
        header,
        lambda r: ("⚠ " if r.alerts[key] else "") + text(r),
        RIGHT,
        bold=lambda r: r.alerts[key],
        colour=lambda r: ALERT if r.alerts[key] else None,
    )


class OrganisationPage(QWidget):
    back_requested = Signal()
    steer_requested = Signal(object)  # a network's id: its own health page
    loaded = Signal(object)  # Organisation, once shown
    report_written = Signal(object)  # Path
    report_failed = Signal(str)

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.data: Organisation | None = None
        self.job: Job | None = None
        self.report_job: Job | None = None

        self.heading = QLabel(self.tr("Vue d'ensemble des réseaux"))
        self.heading.setObjectName("title")
        self.subtitle = muted()
        back = QPushButton(keyed(self.tr("← Accueil"), "organisation_home"))
        back.clicked.connect(self.back_requested.emit)
        self.report_button = QPushButton(
            keyed(self.tr("Rapport transversal PDF"), "organisation_export")
        )
        self.report_button.setObjectName("primary")
        self.report_button.setToolTip(
            self.tr("Tous les réseaux côte à côte, pour le sponsor : rien de confidentiel")
        )
        self.report_button.clicked.connect(self._ask_report)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        # A direction steers several networks: it may read only its own.
        self.sponsor: str | None = None
        self.sponsor_label = QLabel(self.tr("Sponsor :"))
        self.sponsor_choice = QComboBox()
        # « Tous les sponsors » and the longest direction's name shown whole.
        self.sponsor_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sponsor_choice.setAccessibleName(self.tr("Sponsor"))
        self.sponsor_choice.activated.connect(self._sponsor_chosen)
        self.sponsor_label.setMinimumHeight(self.sponsor_choice.sizeHint().height())
        self.sponsor_label.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.sponsor_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.sponsor_choice, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)

        self.note = muted()
        self.note.hide()
        self.rows: RowsModel[NetworkVitals] = RowsModel(self._columns())
        self.table = table_view(self.rows, self.tr("Les réseaux côte à côte"), stretch=0)
        self.table.selectionModel().currentRowChanged.connect(self._show_warnings)
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)

        self.pairs: RowsModel[tuple[str, str, int]] = RowsModel(
            [
                Column(self.tr("Réseau"), lambda p: p[0], tooltip=lambda p: p[0]),
                Column(self.tr("Réseau"), lambda p: p[1], tooltip=lambda p: p[1]),
                Column(self.tr("Membres en commun"), lambda p: str(p[2]), RIGHT),
            ]
        )
        self.people: RowsModel[tuple[str, tuple[str, ...]]] = RowsModel(
            [
                Column(self.tr("Membre"), lambda p: p[0]),
                Column(self.tr("Ses réseaux"), lambda p: ", ".join(p[1]), tooltip=_joined),
            ]
        )
        self.terms: RowsModel[tuple[str, str, str]] = RowsModel(
            [
                Column(self.tr("Terme"), lambda t: t[0], bold=lambda t: bool(t[0])),
                Column(self.tr("Réseau"), lambda t: t[1]),
                Column(self.tr("Définition"), lambda t: t[2], tooltip=lambda t: t[2]),
            ]
        )
        self.archived: RowsModel[NetworkVitals] = RowsModel(
            [
                Column(self.tr("Réseau archivé"), lambda r: r.name),
                Column(
                    self.tr("Archivé le"),
                    lambda r: local_date(r.archived_at) if r.archived_at else "—",
                ),
                Column(self.tr("Séances tenues"), lambda r: str(r.sessions_held), RIGHT),
                Column(
                    self.tr("Dernière séance"),
                    lambda r: local_date(r.last_session) if r.last_session else "—",
                ),
            ]
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.warnings_tab(), self.tr("À regarder"))
        shared = QWidget()
        shared_layout = QHBoxLayout(shared)
        pairs = table_view(self.pairs, self.tr("Réseaux qui partagent des membres"), stretch=0)
        pairs.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        shared_layout.addWidget(pairs, 4)
        people = table_view(self.people, self.tr("Membres de plusieurs réseaux"), stretch=1)
        shared_layout.addWidget(people, 3)
        self.tabs.addTab(shared, self.tr("Membres partagés"))
        self.tabs.addTab(
            table_view(self.terms, self.tr("Termes définis différemment"), stretch=2),
            self.tr("Termes définis différemment"),
        )
        self.tabs.addTab(
            table_view(self.archived, self.tr("Réseaux archivés"), stretch=0),
            self.tr("Réseaux archivés"),
        )

        self.banner = Banner()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 5)
        layout.addWidget(self.tabs, 2)
        layout.addWidget(self.banner)
        bind(self, "organisation_home", self.back_requested.emit)
        bind(self, "organisation_export", self._ask_report)
        bind(self, "organisation_open", self.open_selected)
        self.table.doubleClicked.connect(self.open_selected)

    def warnings_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        return tab

    # --- the table ------------------------------------------------------------------------

    def _columns(self) -> list[Column[NetworkVitals]]:
        def days(value: int | None) -> str:
            return "—" if value is None else self.tr("%1 j").replace("%1", str(value))

        return [
            Column(self.tr("Réseau"), lambda r: r.name, bold=lambda r: True, tooltip=self._said),
            _alerted(self.tr("Engagés"), "mass", lambda r: f"{r.mass.engaged} / {r.mass.members}"),
            Column(self.tr("Séances tenues"), lambda r: str(r.sessions_held), RIGHT),
            _alerted(
                self.tr("Rythme (visé)"),
                "rhythm",
                lambda r: f"{days(r.rhythm.days)} ({days(r.rhythm.target_days)})",
            ),
            Column(
                self.tr("Équilibre"),
                lambda r: "—" if r.balance is None else decimal(r.balance),
                RIGHT,
            ),
            _alerted(
                self.tr("ROTI"),
                "roti",
                lambda r: "—" if r.roti is None else decimal(r.roti.mean, 1) + " / 5",
            ),
            _alerted(
                self.tr("Actions à l'heure"),
                "actions",
                lambda r: f"{r.follow.on_time} / {r.follow.judged}",
            ),
            _alerted(
                self.tr("Prochaine séance"),
                "next",
                lambda r: local_date(r.next_session) if r.next_session else self.tr("à planifier"),
            ),
            Column(
                self.tr("Alertes"),
                lambda r: str(len(r.warnings)) if r.warnings else "✓",
                RIGHT,
                colour=lambda r: ALERT if r.warnings else None,
                tooltip=self._said,
            ),
        ]

    def open_selected(self) -> None:
        """The highlighted network's own health page (Enter, or a double click)."""
        index = self.table.currentIndex()
        if index.isValid():
            self.steer_requested.emit(self.rows.row(index.row()).id)

    def _said(self, row: NetworkVitals) -> str:
        return "\n".join(f"⚠ {w}" for w in row.warnings) or self.tr("✓ Aucun signal d'alerte.")

    def _show_warnings(self) -> None:
        data = self.data
        if data is None:
            return
        index = self.table.currentIndex()
        chosen = [self.rows.row(index.row())] if index.isValid() else []
        rows = chosen or [r for r in data.networks if r.warnings]
        lines = []
        for r in rows:
            lines.append(r.name)
            lines += [f"   ⚠ {w}" for w in r.warnings] or [
                "   " + self.tr("✓ Aucun signal d'alerte.")
            ]
        self.warnings.setText("\n".join(lines) if lines else self.tr("✓ Aucun signal d'alerte."))
        self.warnings.setProperty("alert", any(r.warnings for r in rows))
        self.warnings.style().unpolish(self.warnings)
        self.warnings.style().polish(self.warnings)

    # --- reading, off the UI thread --------------------------------------------------------

    def open(self) -> Job | None:
        """Read every network again (on a worker thread); the page fills when it arrives."""
        if self.job is not None:
            return self.job
        store, now, sponsor = self.workspace.store, self.workspace.clock.now(), self.sponsor
        self.subtitle.setText(self.tr("Lecture des réseaux…"))
        self.job = job_runner().start(
            "organisation-view", lambda _steps: read_organisation(store, now, sponsor)
        )
        self.job.finished.connect(self._show)
        self.job.failed.connect(self._failed)
        return self.job

    def choose_sponsor(self, sponsor: str | None) -> Job | None:
        """Only the networks ``sponsor`` steers (None: every network), read again."""
        self.sponsor = sponsor or None
        return self.open()

    def _sponsor_chosen(self, index: int) -> None:
        self.choose_sponsor(str(self.sponsor_choice.itemData(index) or ""))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.setFocus()

    def _failed(self, message: str) -> None:
        self.job = None
        self.subtitle.setText("")
        self.banner.show_message(message, error=True, seconds=15)

    def _show(self, data: object) -> None:
        self.job = None
        assert isinstance(data, Organisation)
        self.data = data
        self.subtitle.setText(
            " · ".join(
                (
                    self.tr("%n réseau(x) actif(s)", "", len(data.networks)),
                    self.tr("%n avec un signal d'alerte", "", data.with_warnings),
                    self.tr("au %1").replace(
                        "%1", local_date(datetime.combine(data.today, datetime.min.time()))
                    ),
                )
            )
        )
        if not data.networks:
            self.note.setText(
                self.tr(
                    "Aucun réseau actif : créez un réseau depuis l'accueil (Ctrl+Maj+N), ou "
                    "fusionnez ceux des animateurs, pour les comparer ici."
                )
            )
        elif len(data.networks) == 1:
            self.note.setText(
                self.tr(
                    "Un seul réseau dans cette base : la vue d'ensemble compare plusieurs "
                    "réseaux (une base d'organisation, ou des réseaux fusionnés)."
                )
            )
        self.note.setVisible(len(data.networks) < 2)
        self.table.setVisible(bool(data.networks))  # nothing to compare: the note says why
        self.tabs.setVisible(bool(data.networks) or bool(data.archived))
        self.rows.set_rows(data.networks)
        self.sponsor_choice.clear()
        self.sponsor_choice.addItem(self.tr("Tous les sponsors"), "")
        for name in data.sponsors:
            self.sponsor_choice.addItem(name, name)
        select_data(self.sponsor_choice, data.sponsor or "")
        several = len(data.sponsors) > 1 or data.sponsor is not None
        self.sponsor_label.setVisible(several)
        self.sponsor_choice.setVisible(several)
        both = data.coexistence
        self.pairs.set_rows(both.shared_members)
        self.people.set_rows(both.people)
        self.terms.set_rows(
            [
                (term if i == 0 else "", network, body)
                for term, definitions in both.term_conflicts
                for i, (network, body) in enumerate(definitions)
            ]
        )
        self.archived.set_rows(data.archived)
        for index, (title, count) in enumerate(
            (
                (self.tr("À regarder (%1)"), data.with_warnings),
                (self.tr("Membres partagés (%1)"), len(both.people)),
                (self.tr("Termes définis différemment (%1)"), len(both.term_conflicts)),
                (self.tr("Réseaux archivés (%1)"), len(data.archived)),
            )
        ):
            self.tabs.setTabText(index, title.replace("%1", str(count)))
        self._show_warnings()
        self.loaded.emit(data)

    # --- the report -----------------------------------------------------------------------

    def _ask_report(self) -> None:
        if self.report_job is not None:
            return
        suggested = Path.home() / self.tr("pilotage-transversal.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le rapport transversal"), str(suggested), "PDF (*.pdf)"
        )
        if path:
            self.write_report(Path(path))

    def write_report(self, out: Path) -> Job:
        """The transversal report, written off the UI thread."""
        from app.export.organisation import export_organisation  # reportlab, when needed

        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        store, now, language = self.workspace.store, self.workspace.clock.now(), current_language()
        sponsor = self.sponsor
        self.report_job = job_runner().start(
            "organisation-report",
            lambda _steps: export_organisation(store, now, out, language, sponsor),
        )
        self.report_job.finished.connect(self._report_done)
        self.report_job.failed.connect(self._report_failed)
        self.report_button.setEnabled(False)
        return self.report_job

    def _report_done(self, path: object) -> None:
        self.report_job = None
        self.report_button.setEnabled(True)
        self.banner.show_message(self.tr("Rapport enregistré : %1").replace("%1", str(path)))
        self.report_written.emit(path)

    def _report_failed(self, message: str) -> None:
        self.report_job = None
        self.report_button.setEnabled(True)
        self.banner.show_message(message, error=True, seconds=15)
        self.report_failed.emit(message)


def _joined(person: tuple[str, tuple[str, ...]]) -> str:
    return "\n".join(person[1])


__all__ = ["OrganisationPage"]
