"""Exchanging networks from home: « Exporter ce réseau… », « Importer / fusionner un
réseau… », « Publier sur le serveur », « Mettre à jour depuis le serveur » and the server's
settings. Every merge goes through ``ui.home.merge_dialog`` (a preview first)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from app.commands import ChangeSet
from app.exchange.report import MergeReport
from app.exchange.rows import Slice
from app.exchange.server import check_location, open_server, publish, update
from app.exchange.service import (
    MERGED_FACTS,
    ExportResult,
    Progress,
    export_network,
    merge_command,
    read_file,
)
from app.store.errors import StoreError
from app.text import fold
from app.workspace import Workspace
from ui.home.merge_dialog import MergeDialog
from ui.kit.jobs import Job
from ui.shell.settings import EXCHANGE_ME, EXCHANGE_SERVER, Settings
from ui.shell.shortcuts import keyed


class ExchangeMenu(QObject):
    """The menu of the home page's « Échanger » button, and what its actions do."""

    told = Signal(str, bool)  # a sentence for the page's banner, and whether it is a problem

    def __init__(
        self, workspace: Workspace, page: QWidget, network: Callable[[], uuid.UUID | None]
    ) -> None:
        super().__init__(page)
        self.workspace, self.page, self.network = workspace, page, network
        self.job: Job | None = None
        self.dialog: MergeDialog | None = None
        self.menu = QMenu(page)
        self.export_action = self.menu.addAction(
            keyed(self.tr("Exporter ce réseau…"), "home_export"), self.export
        )
        self.menu.addAction(
            self.tr("Exporter avec les contenus confidentiels (vers vos propres postes)…"),
            lambda: self.export(include_confidential=True),
        )
        self.menu.addAction(
            keyed(self.tr("Importer / fusionner un réseau…"), "home_import"), self.import_file
        )
        self.menu.addSeparator()
        self.publish_action = self.menu.addAction(
            self.tr("Publier sur le serveur"), lambda: self.publish()
        )
        self.menu.addAction(self.tr("Mettre à jour depuis le serveur"), self.update)
        self.menu.addAction(self.tr("Serveur…"), self.configure)

    # -- a file ----------------------------------------------------------------------------

    def _files(self) -> str:
        return ";;".join(
            (
                self.tr("Réseau Cercle (*.cercle)"),
                self.tr("Base Cercle (*.sqlite3)"),
                self.tr("Tous les fichiers (*)"),
            )
        )

    def export(self, include_confidential: bool = False) -> Job | None:
        network_id = self.network()
        if network_id is None or self.job is not None:
            return None
        name = dict(self.workspace.networks()).get(network_id, "reseau")
        slug = "-".join(fold(name).split()) or "reseau"
        path, _chosen = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Exporter ce réseau"),
            str(Path.home() / f"{slug}.cercle"),
            self._files(),
        )
        if not path:
            return None
        return self.export_to(Path(path), network_id, include_confidential)

    def export_to(
        self, out: Path, network_id: uuid.UUID, include_confidential: bool = False
    ) -> Job:
        """Write the network to ``out`` off the UI thread; the banner says when it is done."""
        if out.suffix == "":
            out = out.with_suffix(".cercle")
        ws = self.workspace
        self.job = Job(
            lambda: export_network(
                ws.store, network_id, out, ws.clock.now(), include_confidential=include_confidential
            ),
            "network-export",
        )
        self.job.finished.connect(self._exported)
        self.job.failed.connect(self._failed)
        self.told.emit(self.tr("Export en cours…"), False)
        return self.job.start()

    def _exported(self, result: ExportResult) -> None:
        self.job = None
        if result.confidential_included:
            text = self.tr(
                "Réseau exporté avec ses contenus confidentiels : %1. Ne le confiez à personne "
                "d'autre que vous-même."
            )
        else:
            text = self.tr("Réseau exporté : %1 (les contenus confidentiels restent sur ce poste).")
        self.told.emit(text.replace("%1", str(result.path)), False)

    def _failed(self, message: str) -> None:
        self.job = None
        self.told.emit(message, True)

    def import_file(self) -> MergeDialog | None:
        path, _chosen = QFileDialog.getOpenFileName(
            self.page, self.tr("Importer / fusionner un réseau"), str(Path.home()), self._files()
        )
        if not path:
            return None
        return self.merge_file(Path(path))

    def merge_file(self, path: Path) -> MergeDialog:
        """Preview the merge of ``path``, merge it when confirmed (the dialog is shown)."""
        ws = self.workspace
        held: dict[str, Slice] = {}

        def preview(progress: Progress) -> MergeReport:
            from app.exchange.service import merge_into

            held["data"] = read_file(path, progress)
            return merge_into(ws.store, held["data"], path.name, dry_run=True)

        def merge(_progress: Progress) -> MergeReport:
            return merge_command(ws.store, ws.clock, ws.hub, held["data"], path.name)

        subject = self.tr("Fichier : %1").replace("%1", str(path))
        return self._open(self.tr("Importer / fusionner un réseau"), subject, preview, merge)

    # -- the server ------------------------------------------------------------------------

    def _server(self) -> str | None:
        location = Settings().get(EXCHANGE_SERVER)
        if not location:
            self.configure()
            location = Settings().get(EXCHANGE_SERVER)
        return location or None

    def publish(self, network_id: uuid.UUID | None = None) -> MergeDialog | None:
        """Publish ``network_id`` (else the selected network) to the server, previewed."""
        chosen = network_id or self.network()
        location = self._server() if chosen is not None else None
        if chosen is None or location is None:
            return None
        store = self.workspace.store

        def run(dry_run: bool) -> MergeReport:
            with open_server(location) as server:
                return publish(store, server, chosen, dry_run=dry_run)

        subject = self.tr("Serveur : %1").replace("%1", location)
        return self._open(
            self.tr("Publier sur le serveur"), subject, lambda _p: run(True), lambda _p: run(False)
        )

    def update(self) -> MergeDialog | None:
        location = self._server()
        me = Settings().get(EXCHANGE_ME)
        if location is None:
            return None
        ws = self.workspace

        def run(dry_run: bool) -> MergeReport:
            with open_server(location) as server:
                report = update(ws.store, server, me, dry_run=dry_run)
            if not dry_run:
                ws.hub.announce(ChangeSet("update_networks", frozenset(MERGED_FACTS)))
            return report

        subject = self.tr("Serveur : %1 · vous : %2").replace("%1", location).replace("%2", me)
        return self._open(
            self.tr("Mettre à jour depuis le serveur"),
            subject,
            lambda _p: run(True),
            lambda _p: run(False),
        )

    def configure(self) -> bool:
        """Ask the server's address and who the facilitator is; kept in the settings."""
        dialog = ServerDialog(self.page)
        settings = Settings()
        dialog.location.setText(settings.get(EXCHANGE_SERVER))
        dialog.me.setText(settings.get(EXCHANGE_ME))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        settings.set(EXCHANGE_SERVER, dialog.checked or "")
        settings.set(EXCHANGE_ME, dialog.me.text().strip())
        return True

    def _open(
        self,
        title: str,
        subject: str,
        preview: Callable[[Progress], MergeReport],
        merge: Callable[[Progress], MergeReport],
    ) -> MergeDialog:
        self.dialog = MergeDialog(self.page, title, subject, preview, merge)
        self.dialog.start()
        self.dialog.open()
        return self.dialog


class ServerDialog(QDialog):
    """The server's address (no password: ~/.pgpass) and who the facilitator is."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Serveur de l'organisation"))
        self.checked: str | None = None
        self.location = QLineEdit()
        self.location.setPlaceholderText("postgresql+psycopg://animateur@serveur/cercle")
        self.me = QLineEdit()
        self.me.setPlaceholderText(self.tr("votre nom ou votre courriel"))
        note = QLabel(
            self.tr(
                "Le mot de passe n'est jamais gardé par Cercle : mettez-le dans ~/.pgpass. "
                "« Mettre à jour » ramène les réseaux dont vous êtes l'animateur ou "
                "l'animatrice."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("subtitle")
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setObjectName("error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Adresse du serveur"), self.location)
        form.addRow(self.tr("Vous êtes"), self.me)
        form.addRow(note)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.resize(620, self.sizeHint().height())

    def _check(self) -> None:
        try:
            self.checked = check_location(self.location.text())
        except StoreError as error:
            self.problem.setText(str(error))
            return
        self.accept()
