"""The people of a network: add by typing, paste rows from a spreadsheet, import a file with
its preview; correct someone; someone leaves (their history stays) or comes back.

Keyboard first: the cursor waits in the name field, Enter adds the person and comes back to
an empty name for the next one. Each person keeps the tile key they were given when they
joined (shown in the first column).
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.members_import import Preview, RowStatus
from app.networks import PersonRow
from app.vocabulary import membership_role_name
from app.workspace import Workspace
from models import MembershipRole
from ui.kit.jobs import Job, job_runner
from ui.kit.table import Column, RowsModel, table_view
from ui.kit.widgets import FAILED, Banner, Failed, muted
from ui.shell.command_runner import command_runner
from ui.shell.shortcuts import TILE_KEYS, tile_key


def day(value: date) -> str:
    """'12 mars 2026' in French, '12 Mar 2026' in English."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


class ImportDialog(QDialog):
    """The preview of members to import: nothing is written unless the facilitator confirms."""

    def __init__(self, parent: QWidget, previewed: Preview) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer des membres"))
        self.resize(760, 460)
        words = {
            RowStatus.NEW: self.tr("+ nouveau"),
            RowStatus.JOIN: self.tr("↪ rejoint le réseau"),
            RowStatus.DUPLICATE: self.tr("= doublon, ignoré"),
            RowStatus.ERROR: self.tr("✗ erreur, ignorée"),
        }
        model: RowsModel[object] = RowsModel(
            [
                Column(self.tr("Ligne"), lambda r: str(r.line or "")),  # type: ignore[attr-defined]
                Column(self.tr("Nom"), lambda r: r.name),  # type: ignore[attr-defined]
                Column(self.tr("Courriel"), lambda r: r.email or ""),  # type: ignore[attr-defined]
                Column(self.tr("Unité"), lambda r: r.unit),  # type: ignore[attr-defined]
                Column(
                    self.tr("Résultat"),
                    lambda r: words[r.status] + (f" — {r.message}" if r.message else ""),  # type: ignore[attr-defined]
                    colour=lambda r: "#b3261e" if r.status is RowStatus.ERROR else None,  # type: ignore[attr-defined]
                ),
            ]
        )
        model.set_rows(previewed.rows)
        view = table_view(model, self.tr("Aperçu"), selectable=False)
        self.model = model
        importable = len(previewed.importable)
        ignored = len(previewed.rows) - importable
        source = (
            self.tr("Fichier lu : %1.").replace("%1", previewed.encoding)
            if not previewed.delimiter
            else self.tr("Fichier lu en %1, séparateur « %2 ».")
            .replace("%1", previewed.encoding)
            .replace("%2", "⇥" if previewed.delimiter == "\t" else previewed.delimiter)
        )
        to_import = self.tr("%n ligne(s) à importer", "", importable)
        skipped = self.tr("%n ignorée(s)", "", ignored)
        summary = QLabel(f"{source} {to_import}, {skipped}.")
        summary.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(
            self.tr("Importer %n personne(s)", "", importable),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.confirm.setEnabled(bool(importable))
        self.confirm.setDefault(True)
        buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)


class MembersPanel(QWidget):
    changed = Signal()  # someone was added, changed, left or came back

    def __init__(self, workspace: Workspace, banner: Banner) -> None:
        super().__init__()
        self.workspace = workspace
        self.runner = command_runner(workspace)
        self._ask_on_preview = True
        self.banner = banner
        self.network_id: uuid.UUID | None = None
        self.editing: uuid.UUID | None = None

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Nom et prénom *"))
        self.name.setAccessibleName(self.tr("Nom"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("Courriel"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("Service"))
        self.role = QComboBox()
        for role in MembershipRole:
            self.role.addItem(membership_role_name(role), role)
        self.add_button = QPushButton(self.tr("Ajouter  [Entrée]"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Annuler  [Échap]"))
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_button.hide()
        for field in (self.name, self.email, self.unit):
            field.returnPressed.connect(self.submit)
        form = QHBoxLayout()
        form.addWidget(self.name, 3)
        form.addWidget(self.email, 3)
        form.addWidget(self.unit, 2)
        form.addWidget(self.role, 1)
        form.addWidget(self.add_button)
        form.addWidget(self.cancel_button)

        self.people: RowsModel[PersonRow] = RowsModel(
            [
                Column(self.tr("Touche"), self._key, align=Qt.AlignmentFlag.AlignCenter),
                Column(self.tr("Nom"), lambda p: p.name, bold=lambda p: p.left_on is None),
                Column(self.tr("Courriel"), lambda p: p.email),
                Column(self.tr("Service"), lambda p: p.unit),
                Column(self.tr("Rôle"), lambda p: membership_role_name(p.role)),
                Column(self.tr("Depuis le"), lambda p: day(p.joined_on)),
                Column(
                    self.tr("Statut"),
                    lambda p: (
                        self.tr("parti·e le %1").replace("%1", day(p.left_on))
                        if p.left_on
                        else self.tr("membre")
                    ),
                    colour=lambda p: "#6b7280" if p.left_on else None,
                ),
            ]
        )
        self.view = table_view(self.people, self.tr("Membres du réseau"), stretch=1)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.edit_button = QPushButton(self.tr("Modifier  [F2]"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.leave_button = QPushButton(self.tr("Quitte le réseau  [Suppr]"))
        self.leave_button.clicked.connect(self.toggle_leave)
        paste = QPushButton(self.tr("Coller d'un tableur  [Ctrl+Maj+V]"))
        paste.clicked.connect(self.paste_rows)
        import_button = QPushButton(self.tr("Importer un fichier…  [Ctrl+I]"))
        import_button.clicked.connect(self.ask_import)
        bar = QHBoxLayout()
        bar.addWidget(self.edit_button)
        bar.addWidget(self.leave_button)
        bar.addStretch(1)
        bar.addWidget(paste)
        bar.addWidget(import_button)
        self.count = muted()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            muted(
                self.tr(
                    "Chaque personne garde la touche reçue à son arrivée (1…9, 0, puis Alt+1…) : "
                    "elle ne bouge pas quand d'autres arrivent ou partent. Qui quitte le réseau "
                    "garde son historique et peut revenir."
                )
            )
        )
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addLayout(bar)
        for key, slot in (
            ("F2", self.edit_selected),
            ("Ctrl+Shift+V", self.paste_rows),
            ("Ctrl+I", self.ask_import),
        ):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave = QShortcut(QKeySequence("Del"), self.view, self.toggle_leave)
        leave.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _key(self, person: PersonRow) -> str:
        if person.left_on is not None or person.tile is None or person.tile > TILE_KEYS:
            return "–"
        return tile_key(person.tile - 1)

    def open(self, network_id: uuid.UUID) -> None:
        self.network_id = network_id
        self.cancel_edit()
        self.refresh()

    def refresh(self) -> None:
        if self.network_id is None:
            return
        rows = self.workspace.people(self.network_id)
        self.people.set_rows(rows)
        current = sum(1 for r in rows if r.left_on is None)
        gone = len(rows) - current
        text = self.tr("%n membre(s)", "", current)
        if gone:
            text += " · " + self.tr("%n parti(s)", "", gone)
        self.count.setText(text)
        self._update_buttons()

    def selected(self) -> PersonRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.people.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        person = self.selected()
        self.edit_button.setEnabled(person is not None)
        self.leave_button.setEnabled(person is not None)
        self.leave_button.setText(
            self.tr("Revient dans le réseau  [Suppr]")
            if person is not None and person.left_on is not None
            else self.tr("Quitte le réseau  [Suppr]")
        )

    # --- commands ---------------------------------------------------------------------------

    def submit(self) -> None:
        """Add the person typed (or save the one being corrected); say why not otherwise."""
        if self.network_id is None:
            return
        fields = {
            "email": self.email.text(),
            "unit": self.unit.text(),
            "role": self.role.currentData(),
        }
        network_id, editing, name = self.network_id, self.editing, self.name.text()
        if editing is not None:
            done = self.runner.run(
                lambda: self.workspace.edit_person(network_id, editing, name=name, **fields),
                self.banner,
            )
            message = self.tr("Modifications enregistrées : %1.")
        else:
            added = self.runner.run(
                lambda: self.workspace.add_person(network_id, name, **fields), self.banner
            )
            done = FAILED if added is FAILED else None
            message = self.tr("%1 fait partie du réseau.")
        if done is FAILED:
            self.name.setFocus()
            return
        self.banner.show_message(message.replace("%1", " ".join(self.name.text().split())))
        self.cancel_edit()
        self.refresh()
        self.changed.emit()

    def edit_selected(self) -> None:
        person = self.selected()
        if person is None:
            self.banner.show_message(self.tr("Choisissez d'abord une personne."))
            return
        self.editing = person.id
        self.name.setText(person.name)
        self.email.setText(person.email)
        self.unit.setText(person.unit)
        self.role.setCurrentIndex(self.role.findData(person.role))
        self.add_button.setText(self.tr("Enregistrer  [Entrée]"))
        self.cancel_button.show()
        self.name.setFocus()
        self.name.selectAll()

    def cancel_edit(self) -> None:
        self.editing = None
        for field in (self.name, self.email, self.unit):
            field.clear()
        self.role.setCurrentIndex(0)
        self.add_button.setText(self.tr("Ajouter  [Entrée]"))
        self.cancel_button.hide()
        self.name.setFocus()

    def toggle_leave(self) -> None:
        person = self.selected()
        if person is None or self.network_id is None:
            self.banner.show_message(self.tr("Choisissez d'abord une personne."))
            return
        network_id = self.network_id
        if person.left_on is None:
            left = self.runner.run(
                lambda: self.workspace.person_leaves(network_id, person.id), self.banner
            )
            if left is FAILED:
                return
            self.banner.show_message(
                self.tr(
                    "%1 a quitté le réseau : son historique est gardé ; Suppr la fait revenir."
                ).replace("%1", person.name)
            )
        else:
            tile = self.runner.run(
                lambda: self.workspace.person_comes_back(network_id, person.id), self.banner
            )
            if isinstance(tile, Failed):
                return
            self.banner.show_message(
                self.tr("%1 revient dans le réseau (touche %2).")
                .replace("%1", person.name)
                .replace("%2", tile_key(tile - 1) if tile <= TILE_KEYS else "–")
            )
        self.refresh()
        self._select(person.id)
        self.changed.emit()

    def _select(self, member_id: uuid.UUID) -> None:
        """Keep the same person selected after the list is re-sorted (Del again undoes)."""
        for row in range(self.people.rowCount()):
            if self.people.row(row).id == member_id:
                self.view.selectRow(row)
                return

    def paste_rows(self) -> None:
        """Rows copied from a spreadsheet: the same preview as a file."""
        if self.network_id is None:
            return
        text = QApplication.clipboard().text()
        if not text.strip():
            self.banner.show_message(
                self.tr("Le presse-papiers est vide : copiez d'abord des lignes d'un tableur.")
            )
            return
        self.confirm_import(self.workspace.preview_pasted(self.network_id, text), ask=True)

    def ask_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Importer des membres"),
            str(Path.home()),
            self.tr("Tableurs (*.csv *.txt *.xlsx);;Tous les fichiers (*)"),
        )
        if path:
            self.import_file(Path(path), ask=True)

    def import_file(self, path: Path, ask: bool = True) -> Job | None:
        """Read and preview ``path`` as a job (a large workbook or an unknown encoding takes
        time); then, with ``ask``, the dialog decides — nothing is written otherwise. The
        import itself is one command, on the window's thread (journaled, announced)."""
        network_id, workspace = self.network_id, self.workspace
        if network_id is None:
            return None
        job = job_runner().start(
            "members-import",
            lambda _steps: workspace.preview_members(network_id, path.read_bytes()),
            banner=self.banner,
        )
        self._ask_on_preview = ask
        job.finished.connect(self._previewed)  # dropped if the panel is gone meanwhile
        return job

    def _previewed(self, previewed: Preview) -> None:
        self.confirm_import(previewed, self._ask_on_preview)

    def confirm_import(self, previewed: Preview, ask: bool) -> Preview:
        if previewed.problem:
            self.banner.show_message(previewed.problem, error=True, seconds=15)
            return previewed
        if ask:
            dialog = ImportDialog(self, previewed)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.banner.show_message(self.tr("Import annulé : rien n'a été écrit."))
                return previewed
        added = self.runner.run(lambda: self.workspace.import_members(previewed), self.banner)
        if isinstance(added, Failed):
            return previewed
        self.banner.show_message(self.tr("%n personne(s) ajoutée(s).", "", added))
        self.refresh()
        self.changed.emit()
        return previewed
