"""After the room, from the summary page: prepare the message to the members, and exports.

"Préparer l'envoi" (Ctrl+M) writes the message (.eml: the default minutes and the next
session's invitation attached) to Cercle's outbox folder and opens it in the system's mail
client, ready to check and send; nothing is sent by Cercle. The "Autres exports" menu saves
the message elsewhere, the next session or the whole programme as .ics, the actions as CSV.
Everything runs off the UI thread; the page's banner says what happened.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QPushButton, QToolButton, QWidget

from app.i18n import current_language
from app.workspace import Workspace
from ui.kit.jobs import Job, job_runner
from ui.kit.widgets import Banner
from ui.shell.shortcuts import keyed


def open_with_system(path: Path) -> bool:
    """Open ``path`` with the application the system associates with it (the mail client)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class SendingBar(QWidget):
    """The summary page's buttons for after the room; the page tells it which session."""

    done = Signal(object)  # the Path written
    failed = Signal(str)

    def __init__(self, workspace: Workspace, banner: Banner, with_stats: Callable[[], bool]):
        super().__init__()
        self.workspace = workspace
        self.banner = banner
        self.with_stats = with_stats
        self.open_file: Callable[[Path], bool] = open_with_system  # tests replace it
        self.meeting_id: uuid.UUID | None = None
        self.network_id: uuid.UUID | None = None
        self.number = 0
        self.job: Job | None = None
        self.prepare_button = QPushButton(keyed(self.tr("Préparer l'envoi"), "summary_mail"))
        self.prepare_button.setToolTip(
            self.tr(
                "Un message aux membres présents, excusés et absents, avec le compte rendu et "
                "l'invitation à la prochaine séance, ouvert dans votre messagerie. Rien n'est "
                "envoyé sans vous."
            )
        )
        self.prepare_button.clicked.connect(lambda: self.prepare())
        menu = QMenu(self)
        menu.addAction(self.tr("Enregistrer le message sous…"), self._save_message)
        menu.addAction(self.tr("Copier le compte rendu (Markdown)"), lambda: self.copy_markdown())
        menu.addSeparator()
        menu.addAction(self.tr("Prochaine séance (.ics)…"), lambda: self._save_calendar(False))
        menu.addAction(self.tr("Programme du réseau (.ics)…"), lambda: self._save_calendar(True))
        menu.addSeparator()
        menu.addAction(self.tr("Actions ouvertes (CSV)…"), lambda: self._save_actions(False))
        menu.addAction(self.tr("Toutes les actions (CSV)…"), lambda: self._save_actions(True))
        self.more = QToolButton()
        self.more.setText(self.tr("Autres exports") + "  ▾")
        self.more.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.more)
        layout.addWidget(self.prepare_button)

    def set_session(self, meeting_id: uuid.UUID, network_id: uuid.UUID, number: int) -> None:
        self.meeting_id, self.network_id, self.number = meeting_id, network_id, number

    # --- the work, each in a worker thread ---------------------------------------------------

    def prepare(self, out: Path | None = None) -> Job | None:
        """Write the message (to the outbox folder unless ``out``) and open it to send."""
        if self.meeting_id is None or self.job is not None:
            return None
        from app.export.mail import prepare_mail
        from app.export.minutes_data import Options

        ws, meeting_id = self.workspace, self.meeting_id
        options = Options(current_language(), self.with_stats())
        return self._start(
            lambda: prepare_mail(ws.store, meeting_id, ws.methods, ws.clock.now(), out, options),
            self._prepared if out is None else self._message_saved,
        )

    def copy_markdown(self) -> Job | None:
        """The default minutes as Markdown on the clipboard, to paste in a chat or a wiki."""
        if self.meeting_id is None or self.job is not None:
            return None
        from app.export.minutes_data import Options, snapshot
        from app.export.minutes_markdown import minutes_markdown

        ws, meeting_id = self.workspace, self.meeting_id
        options = Options(current_language(), self.with_stats())
        return self._start(
            lambda: minutes_markdown(
                snapshot(ws.store, meeting_id, ws.methods, ws.clock.now()), options
            ),
            self._copied,
        )

    def export_calendar(self, out: Path, programme: bool) -> Job | None:
        if self.meeting_id is None or self.network_id is None or self.job is not None:
            return None
        from app.export.calendar import export_following, export_programme

        ws, language = self.workspace, current_language()
        meeting_id, network_id = self.meeting_id, self.network_id
        if programme:
            return self._start(
                lambda: export_programme(
                    ws.store, network_id, ws.methods, ws.clock.now(), out, language
                ),
                self._saved,
            )
        return self._start(
            lambda: export_following(
                ws.store, meeting_id, ws.methods, ws.clock.now(), out, language
            ),
            self._saved,
        )

    def export_actions(self, out: Path, everything: bool) -> Job | None:
        if self.network_id is None or self.job is not None:
            return None
        from app.export.actions_csv import SETTINGS, export_actions

        ws, network_id = self.workspace, self.network_id
        settings = SETTINGS[current_language()]  # English window, English spreadsheet

        def work() -> Path:
            today = ws.clock.now().astimezone().date()
            export_actions(ws.store, network_id, today, out, open_only=not everything,
                           settings=settings)  # fmt: skip
            return out

        return self._start(work, self._saved)

    def _start(self, work: Callable[[], object], finished: Callable[[object], None]) -> Job:
        self.job = job_runner().start("after-session", lambda _steps: work())
        self.job.finished.connect(finished)
        self.job.failed.connect(self._failed)
        self.prepare_button.setEnabled(False)
        self.more.setEnabled(False)
        return self.job

    # --- what the facilitator is told ---------------------------------------------------------

    def _idle(self) -> None:
        self.job = None
        self.prepare_button.setEnabled(True)
        self.more.setEnabled(True)

    def _prepared(self, prepared: object) -> None:
        self._idle()
        from app.export.mail import PreparedMail

        assert isinstance(prepared, PreparedMail)
        text = (
            self.tr(
                "Message prêt pour %1 membre(s), ouvert dans votre messagerie : relisez-le puis "
                "envoyez-le."
            )
            if self.open_file(prepared.path)
            else self.tr(
                "Message prêt pour %1 membre(s), mais aucune messagerie ne s'est ouverte : "
                "il est enregistré dans %2."
            )
        )
        text = text.replace("%1", str(prepared.recipients)).replace("%2", str(prepared.path))
        if not prepared.recipients:
            text += " " + self.tr(
                "Aucun membre n'a d'adresse e-mail dans Cercle : ajoutez les destinataires dans "
                "votre messagerie, ou importez les adresses depuis la page du réseau."
            )
        elif prepared.without_email:
            text += " " + self.tr("Sans adresse e-mail : %1.").replace(
                "%1", ", ".join(prepared.without_email)
            )
        self.banner.show_message(text, seconds=20)
        self.done.emit(prepared.path)

    def _message_saved(self, prepared: object) -> None:
        from app.export.mail import PreparedMail

        assert isinstance(prepared, PreparedMail)
        self._saved(prepared.path)

    def _copied(self, markdown: object) -> None:
        self._idle()
        QGuiApplication.clipboard().setText(str(markdown))
        self.banner.show_message(
            self.tr(
                "Compte rendu copié (Markdown) : collez-le dans votre intranet ou votre messagerie."
            )
        )
        self.done.emit(None)

    def _saved(self, path: object) -> None:
        self._idle()
        self.banner.show_message(self.tr("Enregistré : %1").replace("%1", str(path)))
        self.done.emit(path)

    def _failed(self, message: str) -> None:
        self._idle()
        self.banner.show_message(message, error=True, seconds=15)
        self.failed.emit(message)

    # --- where to save ------------------------------------------------------------------------

    def _ask(self, title: str, name: str, kind: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), kind)
        return Path(path) if path else None

    def _save_message(self) -> None:
        name = self.tr("envoi-seance-%1.eml").replace("%1", str(self.number))
        out = self._ask(self.tr("Enregistrer le message"), name, self.tr("Message (*.eml)"))
        if out is not None:
            self.prepare(out.with_suffix(".eml"))

    def _save_calendar(self, programme: bool) -> None:
        name = (
            self.tr("programme.ics")
            if programme
            else self.tr("seance-%1.ics").replace("%1", str(self.number + 1))
        )
        out = self._ask(self.tr("Enregistrer l'invitation"), name, self.tr("Calendrier (*.ics)"))
        if out is not None:
            self.export_calendar(out.with_suffix(".ics"), programme)

    def _save_actions(self, everything: bool) -> None:
        name = self.tr("actions.csv")
        out = self._ask(self.tr("Enregistrer les actions"), name, self.tr("Tableur (*.csv)"))
        if out is not None:
            self.export_actions(out.with_suffix(".csv"), everything)
