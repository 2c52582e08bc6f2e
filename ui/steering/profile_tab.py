"""The network's profile: name, kind, intention, rules, sponsor, stage, rhythm, and its
position (two cursors on a map, a warning at either end); archive or delete it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.steering import Dashboard
from app.vocabulary import network_kind_name, stage_name
from models import LifecycleStage, NetworkKind
from ui.kit.widgets import section
from ui.steering.cursor_map import CursorMap


class ProfileTab(QWidget):
    def __init__(
        self,
        save_profile: Callable[[], None],
        archive_network: Callable[[], None],
        delete_network: Callable[[], None],
    ) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.intention = QPlainTextEdit()
        self.intention.setTabChangesFocus(True)
        self.rules = QPlainTextEdit()
        self.rules.setTabChangesFocus(True)
        self.sponsor = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem(network_kind_name(None), None)
        for kind in NetworkKind:
            self.kind.addItem(network_kind_name(kind), kind.value)
        self.pilot = QLineEdit()
        self.facilitators = QLineEdit()
        self.stage = QComboBox()
        for stage in LifecycleStage:
            self.stage.addItem(stage_name(stage), stage)
        self.rhythm = QSpinBox()
        self.rhythm.setRange(1, 365)
        self.rhythm.setSuffix(self.tr(" jours"))
        self.length = QSpinBox()
        self.length.setRange(15, 600)
        self.length.setSuffix(" min")
        self.autonomy = QSlider(Qt.Orientation.Horizontal)
        self.structuring = QSlider(Qt.Orientation.Horizontal)
        for slider in (self.autonomy, self.structuring):
            slider.setRange(0, 100)
            slider.valueChanged.connect(self._cursors_moved)
        self.map = CursorMap()
        self.drift = QLabel()
        self.drift.setWordWrap(True)
        self.drift.setObjectName("warning")
        save = QPushButton(self.tr("Enregistrer le profil  [Ctrl+S]"))
        save.setObjectName("primary")
        save.clicked.connect(save_profile)
        QShortcut(QKeySequence("Ctrl+S"), self, save_profile).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        form = QFormLayout()
        form.addRow(self.tr("Nom"), self.name)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Intention commune"), self.intention)
        form.addRow(self.tr("Règles du jeu (une par ligne)"), self.rules)
        form.addRow(self.tr("Sponsor"), self.sponsor)
        form.addRow(self.tr("Pilote"), self.pilot)
        form.addRow(self.tr("Animateurs"), self.facilitators)
        form.addRow(self.tr("Étape de vie"), self.stage)
        form.addRow(self.tr("Rythme visé"), self.rhythm)
        form.addRow(self.tr("Durée des séances"), self.length)
        form.addRow(self.tr("Autonomie ↔ alignement"), self.autonomy)
        form.addRow(self.tr("Structuration faible ↔ forte"), self.structuring)
        right = QVBoxLayout()
        right.addWidget(section(self.tr("POSITION DU RÉSEAU")))
        right.addWidget(self.map, 1)
        right.addWidget(self.drift)
        right.addStretch(0)
        archive = QPushButton(self.tr("Archiver ce réseau"))
        archive.setToolTip(
            self.tr("Hors de l'accueil, son historique gardé ; il se ramène depuis l'accueil.")
        )
        archive.clicked.connect(archive_network)
        delete = QPushButton(self.tr("Supprimer ce réseau…"))
        delete.clicked.connect(delete_network)
        ends = QHBoxLayout()
        ends.addWidget(archive)
        ends.addWidget(delete)
        ends.addStretch(1)
        ends.addWidget(save)
        right.addLayout(ends)
        layout = QHBoxLayout(self)
        layout.addLayout(form, 3)
        layout.addLayout(right, 2)

    def display(self, d: Dashboard) -> None:
        p = d.profile
        self.name.setText(p.name)
        self.intention.setPlainText(p.intention)
        self.rules.setPlainText(p.ground_rules)
        self.sponsor.setText(p.sponsor)
        self.kind.setCurrentIndex(max(self.kind.findData(p.kind.value if p.kind else None), 0))
        self.pilot.setText(p.pilot)
        self.facilitators.setText(p.facilitators)
        self.stage.setCurrentIndex(self.stage.findData(p.lifecycle_stage))
        self.rhythm.setValue(p.target_rhythm_days)
        self.length.setValue(p.meeting_minutes)
        self.autonomy.setValue(p.autonomy_alignment)
        self.structuring.setValue(p.structuring)
        self._cursors_moved()

    def _cursors_moved(self) -> None:
        a = self.autonomy.value()
        self.map.set_point(a, self.structuring.value())
        if a <= 15:
            text = self.tr(
                "⚠ Très autonome : risque de devenir un groupe d'intérêt ou de pression."
            )
        elif a >= 85:
            text = self.tr(
                "⚠ Très aligné : risque d'instrumentalisation comme relais du changement."
            )
        else:
            text = ""
        self.drift.setText(text)
