"""The repertoire browser: find any entry as you type, curate it with its history, follow actions.

Ctrl+F opens it from anywhere with the cursor in the search field; Esc goes back to where
the facilitator was (a running session keeps running, the projector keeps following).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.repertoire_curation import EntryView, RevisionView
from app.repertoire_search import SearchFilters
from app.vocabulary import KIND_SYMBOLS, entry_status_name, kind_name
from app.workspace import Workspace
from models import EntryKind, EntryStatus
from ui.kit.formatting import local_date, short_date
from ui.kit.table import Column, RowsModel, table_view
from ui.kit.widgets import FAILED, Banner, Failed, muted, section, select_data
from ui.repertoire.actions_tab import ActionsTab
from ui.repertoire.result_delegate import results_list
from ui.repertoire.result_rows import ResultsModel
from ui.shell.command_runner import command_runner
from ui.shell.shortcuts import bind, keyed

MOVES = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
NO_MODIFIER = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class RepertoirePage(QWidget):
    back_requested = Signal()

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.runner = command_runner(workspace)
        self.home_network: uuid.UUID | None = None
        self.current: EntryView | None = None
        self._stale = True

        self.query = QLineEdit()
        self.query.setObjectName("search")
        self.query.setPlaceholderText(self.tr("Rechercher dans le répertoire… (Ctrl+F)"))
        self.query.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Tous les types"), None)
        for kind in EntryKind:
            self.kind.addItem(f"{KIND_SYMBOLS[kind]} {kind_name(kind)}", kind)
        self.status = QComboBox()
        self.status.addItem(self.tr("Tous les statuts"), None)
        for status in EntryStatus:
            self.status.addItem(entry_status_name(status), status)
        self.network = QComboBox()
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("étiquette"))
        self.tag.setMaximumWidth(140)
        filters = QHBoxLayout()
        filters.addWidget(self.query, 3)
        for widget in (self.kind, self.status, self.network, self.tag):
            filters.addWidget(widget)

        # One row per entry, laid out and painted only when shown (ui/repertoire/result_*.py).
        self.results = ResultsModel()
        self.results_view, self.rows_delegate = results_list(self.results, self.tr("Résultats"))
        self.results_view.selectionModel().currentChanged.connect(self._selected)
        self.results_view.installEventFilter(self)
        self.query.installEventFilter(self)
        self.count = muted()

        # Detail: edit with history.
        self.title = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.tags = QLineEdit()
        self.entry_status = QComboBox()
        for status in EntryStatus:
            self.entry_status.addItem(entry_status_name(status), status)
        self.origin = muted()
        self.save_button = QPushButton(keyed(self.tr("Enregistrer"), "repertoire_save"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._delete_or_restore)
        self.history: RowsModel[RevisionView] = RowsModel(
            [
                Column(self.tr("Version du"), lambda r: local_date(r.revised_at)),
                Column(self.tr("Texte"), lambda r: r.title),
                Column(self.tr("Statut"), lambda r: entry_status_name(r.status)),
            ]
        )
        self.history_view = table_view(self.history, self.tr("Versions précédentes"), stretch=1)
        restore = QPushButton(self.tr("Revenir à cette version"))
        restore.clicked.connect(self._restore_revision)
        form = QFormLayout()
        form.addRow(self.tr("Texte"), self.title)
        form.addRow(self.tr("Détail"), self.body)
        form.addRow(self.tr("Étiquettes"), self.tags)
        form.addRow(self.tr("Statut"), self.entry_status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        detail = QWidget()
        right = QVBoxLayout(detail)
        right.addWidget(section(self.tr("ENTRÉE")))
        right.addLayout(form)
        right.addWidget(self.origin)
        right.addLayout(buttons)
        right.addWidget(section(self.tr("VERSIONS PRÉCÉDENTES")))
        right.addWidget(self.history_view, 1)
        right.addWidget(restore)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.results_view, 1)
        left_layout.addWidget(self.count)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setSizes([760, 520])
        entries = QWidget()
        entries_layout = QVBoxLayout(entries)
        entries_layout.addLayout(filters)
        entries_layout.addWidget(splitter, 1)

        # Actions: mine / overdue / by owner (ui/repertoire/actions_tab.py).
        self.banner = Banner()
        self.actions_tab = ActionsTab(workspace, self.runner, self.banner)
        self.action_rows = self.actions_tab.rows

        self.tabs = QTabWidget()
        self.tabs.addTab(entries, self.tr("Entrées"))
        self.tabs.addTab(self.actions_tab, self.tr("Actions à suivre"))
        back = QPushButton(keyed(self.tr("← Retour"), "repertoire_back"))
        back.clicked.connect(self.back_requested.emit)
        heading = QLabel(self.tr("Répertoire partagé"))
        heading.setObjectName("title")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(60)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._debounce.start)
        self.tag.textChanged.connect(self._debounce.start)
        for combo in (self.kind, self.status, self.network):
            combo.currentIndexChanged.connect(self.run_search)
        bind(self, "repertoire_save", self.save)
        bind(self, "repertoire_back", self.back_requested.emit)
        self._show(None)

    # --- opening ----------------------------------------------------------------------------

    def open(self, network_id: uuid.UUID | None = None) -> None:
        # Opened from a network: its confidential entries are the facilitator's to read,
        # another network's never are.
        self.home_network = network_id
        self._stale = True  # the entry shown may have changed since: read it again
        networks = self.workspace.networks()
        self.network.blockSignals(True)
        self.network.clear()
        self.network.addItem(self.tr("Tous les réseaux"), None)
        for nid, name in networks:
            self.network.addItem(name, nid)
        if network_id is not None:
            select_data(self.network, network_id)
        self.network.blockSignals(False)
        self.actions_tab.set_owners(networks)
        self.run_search()
        self.actions_tab.refresh()
        self.tabs.setCurrentIndex(0)
        self.query.setFocus()
        self.query.selectAll()

    # --- search -------------------------------------------------------------------------------

    def filters(self) -> SearchFilters:
        kind, status = self.kind.currentData(), self.status.currentData()
        return SearchFilters(
            network_id=self.network.currentData(),
            kinds=(kind,) if kind else (),
            statuses=(status,) if status else (),
            tag=self.tag.text(),
            own_network_id=self.home_network,
        )

    def run_search(self) -> None:
        """Search what is typed with the filters; the first hit is shown in the detail."""
        self._search(None)

    def _search(self, keep: uuid.UUID | None) -> None:
        """Search; ``keep`` is the entry just curated, which stays shown and selected."""
        self._debounce.stop()
        hits = self.workspace.search(self.query.text(), self.filters())
        changed = self.results.set_hits(hits)
        text = self.tr("%n résultat(s)", "", len(hits))
        typed = self.query.text().strip()
        if not typed:
            text = self.tr("Les dernières entrées (%1)").replace("%1", str(len(hits)))
        self.count.setText(text)
        self.results_view.set_empty_text(self._why_empty(typed) if not hits else "")
        if keep is not None:
            row = next((i for i, h in enumerate(hits) if h.id == keep), None)
            if row is not None:
                self.results_view.setCurrentIndex(self.results.index(row))
        elif not hits:
            self._show(None)
        elif changed or not self.results_view.currentIndex().isValid():
            # The first hit, read only when it is not the entry shown already.
            self.results_view.setCurrentIndex(self.results.index(0))
        elif self._stale:
            self._selected(self.results_view.currentIndex())

    def _why_empty(self, typed: str) -> str:
        filtered = any(c.currentIndex() > 0 for c in (self.kind, self.status, self.network))
        filtered = filtered or bool(self.tag.text().strip())
        if typed:
            shown = typed if len(typed) <= 60 else typed[:59] + "…"
            found = self.tr("Aucune entrée ne correspond à « %1 ».").replace("%1", shown)
        elif filtered:
            found = self.tr("Aucune entrée.")
        else:
            return self.tr(
                "Le répertoire est encore vide : les décisions, actions, bonnes pratiques et "
                "termes capturés en séance viendront ici."
            )
        if filtered:
            return found + " " + self.tr("Essayez sans les filtres choisis.")
        return found + " " + self.tr("Essayez un autre mot, ou son début.")

    def _selected(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            return
        entry_id = self.results.row(current.row()).id
        if self._stale or self.current is None or self.current.id != entry_id:
            self._show(self.workspace.entry(entry_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field, the arrows move through the results (the cursor stays);
        Enter, there or on a result, goes to the entry's text to curate it."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.query and key in MOVES and self.results.rowCount():
            QApplication.sendEvent(self.results_view, event)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in NO_MODIFIER:
            if watched is self.query and self._debounce.isActive():
                self.run_search()  # what was typed, searched now
            if self.current is not None and watched in (self.query, self.results_view):
                self.title.setFocus()
                self.title.selectAll()
                return True
        return super().eventFilter(watched, event)

    # --- detail -------------------------------------------------------------------------------

    def _show(self, entry: EntryView | None) -> None:
        self.current = entry
        self._stale = False
        enabled = entry is not None
        for widget in (self.title, self.body, self.tags, self.entry_status, self.save_button):
            widget.setEnabled(enabled)
        self.delete_button.setEnabled(enabled)
        if entry is None:
            self.title.clear()
            self.body.clear()
            self.tags.clear()
            self.origin.clear()
            self.history.set_rows([])
            self.delete_button.setText(self.tr("Supprimer"))
            return
        self.title.setText(entry.title)
        self.title.setCursorPosition(0)  # a long title shows its beginning, not its end
        self.body.setPlainText(entry.body)
        self.tags.setText(entry.tags)
        self.entry_status.setCurrentIndex(self.entry_status.findData(entry.status))
        origin = [f"{KIND_SYMBOLS[entry.kind]} {kind_name(entry.kind)}", entry.network]
        if entry.session is not None and entry.session_date is not None:
            origin.append(
                self.tr("séance %1 du %2")
                .replace("%1", str(entry.session))
                .replace("%2", local_date(entry.session_date))
            )
        if entry.authors:
            origin.append(self.tr("par %1").replace("%1", ", ".join(entry.authors)))
        if entry.confidential:
            origin.append(self.tr("confidentiel"))
        if entry.kind is EntryKind.ACTION:
            origin.append(
                self.tr("responsable %1, échéance %2")
                .replace("%1", entry.owner or "—")
                .replace("%2", short_date(entry.due_on) if entry.due_on else "—")
            )
        self.origin.setText(" · ".join(origin))
        self.history.set_rows(entry.revisions)
        self.delete_button.setText(
            self.tr("Restaurer l'entrée") if entry.deleted else self.tr("Supprimer")
        )

    def save(self) -> None:
        entry = self.current
        if entry is None:
            return
        updated = self.runner.run(
            lambda: self.workspace.edit_entry(
                entry.id,
                title=self.title.text(),
                body=self.body.toPlainText(),
                tags=self.tags.text(),
                status=self.entry_status.currentData(),
            ),
            self.banner,
        )
        if isinstance(updated, Failed):
            return
        self.banner.show_message(self.tr("Enregistré ; la version précédente est gardée."))
        self._refresh_keeping(updated)

    def _refresh_keeping(self, entry: EntryView) -> None:
        self._show(entry)  # as the command left it
        self._search(entry.id)

    def _restore_revision(self) -> None:
        rows = self.history_view.selectionModel().selectedRows()
        if not rows or self.current is None:
            self.banner.show_message(self.tr("Choisissez d'abord une version."))
            return
        revision = self.history.row(rows[0].row()).id
        entry = self.runner.run(lambda: self.workspace.restore_revision(revision), self.banner)
        if isinstance(entry, Failed):
            return
        self.banner.show_message(self.tr("Version restaurée ; la précédente est gardée."))
        self._refresh_keeping(entry)

    def _delete_or_restore(self) -> None:
        entry = self.current
        if entry is None:
            return
        command = self.workspace.undelete_entry if entry.deleted else self.workspace.delete_entry
        if self.runner.run(lambda: command(entry.id), self.banner) is FAILED:
            return
        if entry.deleted:
            self.banner.show_message(self.tr("Entrée restaurée."))
        else:
            self.banner.show_message(self.tr("Entrée supprimée (elle reste récupérable)."))
        self._show(self.workspace.entry(entry.id))
        if entry.deleted:
            self.run_search()
        else:  # keep showing the deleted entry, so that it can be restored at once
            self.results.remove(entry.id)

    def refresh_actions(self) -> None:
        self.actions_tab.refresh()
