"""« À propos de Cercle » (Shift+F1): which Cercle this is and where its files are.

What a facilitator — or whoever helps them on the phone — needs: the version, the data
folder, the database in use, the backups folder, the licence, and the versions of Qt and
Python for a bug report. Paths are selectable, and the data folder opens in one click. A
backup can be made and the database checked from here (``ui.shell.upkeep``).
"""

from __future__ import annotations

import platform
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.paths import backups_dir, data_dir
from ui.shell.shipped import window_icon_path

if TYPE_CHECKING:  # app.store loads SQLAlchemy: not for the window's first frame
    from app.store.address import Location

LICENCE = "GPL-3.0-or-later"
ICON_SIZE = 72


def _path_label(path: object) -> QLabel:
    label = QLabel(str(path))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setMinimumWidth(520)
    return label


class AboutDialog(QDialog):
    """Version, folders and licence; non-modal, so a running session goes on behind it."""

    def __init__(self, database: Location, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de Cercle"))
        self.database = database

        icon = QLabel()
        icon.setPixmap(
            QPixmap(str(window_icon_path())).scaled(
                ICON_SIZE,
                ICON_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Cercle %1").replace("%1", __version__))
        title.setObjectName("title")
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
        tagline = QLabel(
            self.tr(
                "L'instrument de l'animateur de réseaux apprenants : communautés de pratique, "
                "groupes de codéveloppement, retours d'expérience."
            )
        )
        tagline.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(tagline)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        self.folders = {
            "data": _path_label(data_dir()),
            "database": _path_label(database),
            "backups": _path_label(
                backups_dir(database)
                if isinstance(database, Path)
                else self.tr("celles de l'administrateur du serveur (pg_dump)")
            ),
        }
        form = QFormLayout()
        form.addRow(self.tr("Dossier des données"), self.folders["data"])
        form.addRow(self.tr("Base de données"), self.folders["database"])
        form.addRow(self.tr("Sauvegardes"), self.folders["backups"])
        self.licence = QLabel(
            self.tr(
                "Logiciel libre sous licence %1 : vous pouvez l'utiliser, l'étudier, le "
                "modifier et le redistribuer aux mêmes conditions."
            ).replace("%1", LICENCE)
        )
        self.licence.setWordWrap(True)
        form.addRow(self.tr("Licence"), self.licence)
        versions = QLabel(f"Qt {qVersion()} · Python {platform.python_version()}")
        versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Composants"), versions)

        buttons = QDialogButtonBox()
        close = QPushButton(self.tr("Fermer"))
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_folder = QPushButton(self.tr("Ouvrir le dossier des données"))
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.clicked.connect(self.show_data_folder)
        buttons.rejected.connect(self.close)

        # A backup now and a check of the base, as jobs; closing the dialog stops them.
        from ui.shell.upkeep import UpkeepPanel  # the store and the jobs: after the first frame

        self.upkeep = UpkeepPanel(database)
        self.finished.connect(self.upkeep.stop)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.upkeep)
        layout.addWidget(buttons)

    def text(self) -> str:
        """Everything the dialog says, for the tests and for a bug report."""
        return "\n".join(label.text() for label in self.findChildren(QLabel) if label.text())

    def show_data_folder(self) -> bool:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
