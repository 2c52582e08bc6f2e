"""Creating a network: only its name is required, everything else can wait for the Profile.

One dialog, keyboard first: the cursor starts in the name, Tab goes down the fields,
Ctrl+Enter (or Enter in a one-line field) creates it. A refusal (an empty or taken name)
is said in the dialog, in one sentence, and nothing typed is lost.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.vocabulary import network_kind_name
from app.workspace import Workspace
from models import NetworkKind
from ui.kit.widgets import Failed, muted
from ui.shell.command_runner import command_runner


def _cursor(left: str, right: str) -> tuple[QWidget, QSlider]:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    slider.setValue(50)
    slider.setPageStep(10)
    slider.setAccessibleName(f"{left} ↔ {right}")
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    ends = QLabel(left), QLabel(right)
    ends[0].setMinimumWidth(150)  # both sliders start and end at the same place
    ends[1].setMinimumWidth(80)
    layout.addWidget(ends[0])
    layout.addWidget(slider, 1)
    layout.addWidget(ends[1])
    return row, slider


class NetworkDialog(QDialog):
    """Name, kind, common intention, sponsor, pilot, facilitators, rhythm, the two cursors."""

    def __init__(self, parent: QWidget, workspace: Workspace) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.created: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Créer un réseau"))
        self.setMinimumWidth(620)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Par exemple : Groupe de codéveloppement managers"))
        self.kind = QComboBox()
        self.kind.addItem(network_kind_name(None), None)
        for kind in NetworkKind:
            self.kind.addItem(network_kind_name(kind), kind.value)
        self.intention = QPlainTextEdit()
        self.intention.setTabChangesFocus(True)
        self.intention.setPlaceholderText(
            self.tr("Ce que le groupe veut faire ensemble : partager, progresser, innover…")
        )
        self.intention.setFixedHeight(64)
        self.sponsor = QLineEdit()
        self.sponsor.setPlaceholderText(self.tr("Direction Qualité, RH, Stratégie…"))
        self.pilot = QLineEdit()
        self.facilitators = QLineEdit()
        self.facilitators.setPlaceholderText(self.tr("Vous, et qui anime avec vous"))
        self.rhythm = QSpinBox()
        self.rhythm.setRange(1, 365)
        self.rhythm.setValue(30)
        self.rhythm.setSuffix(self.tr(" jours entre deux séances"))
        self.length = QSpinBox()
        self.length.setRange(15, 600)
        self.length.setSingleStep(15)
        self.length.setValue(120)
        self.length.setSuffix(self.tr(" min par séance"))
        rhythm_row = QWidget()
        rhythm_layout = QHBoxLayout(rhythm_row)
        rhythm_layout.setContentsMargins(0, 0, 0, 0)
        rhythm_layout.addWidget(self.rhythm)
        rhythm_layout.addWidget(self.length)
        rhythm_layout.addStretch(1)
        autonomy_row, self.autonomy = _cursor(self.tr("autonomie du groupe"), self.tr("alignement"))
        structuring_row, self.structuring = _cursor(self.tr("faible"), self.tr("forte"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Nom *"), self.name)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Intention commune"), self.intention)
        form.addRow(self.tr("Sponsor"), self.sponsor)
        form.addRow(self.tr("Pilote"), self.pilot)
        form.addRow(self.tr("Animateurs"), self.facilitators)
        form.addRow(self.tr("Rythme"), rhythm_row)
        form.addRow(self.tr("Orientation"), autonomy_row)
        form.addRow(self.tr("Structuration"), structuring_row)

        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("Créer le réseau  [Ctrl+Entrée]"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("primary")
        self.create_button.setDefault(True)
        buttons.addButton(self.tr("Annuler  [Échap]"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.create_network)
        buttons.rejected.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.create_network)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            muted(
                self.tr("Seul le nom est requis : tout se complète plus tard dans l'onglet Profil.")
            )
        )
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.name.setFocus()

    def create_network(self) -> None:
        """Create the network, or say in one sentence why not (the dialog stays open)."""
        created = command_runner(self.workspace).run(
            lambda: self.workspace.create_network(
                self.name.text(),
                kind=self.kind.currentData(),
                intention=self.intention.toPlainText(),
                sponsor=self.sponsor.text(),
                pilot=self.pilot.text(),
                facilitators=self.facilitators.text(),
                target_rhythm_days=self.rhythm.value(),
                meeting_minutes=self.length.value(),
                autonomy_alignment=self.autonomy.value(),
                structuring=self.structuring.value(),
            ),
            self._refused,
        )
        if isinstance(created, Failed):
            return
        self.created = created
        self.accept()

    def _refused(self, reason: str) -> None:
        self.problem.setText(reason)
        self.problem.show()
        self.name.setFocus()
        self.name.selectAll()
