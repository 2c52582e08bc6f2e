"""The empty home: one thing to do, focused, with its key — and how to look at the demo."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.shell.shortcuts import keyed_button


class Welcome(QWidget):
    """Shown in place of the sessions while there is no network. Its two buttons are the
    home's: it wires them (``HomePage``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(
            self.tr(
                "Commencez par créer votre réseau : son nom suffit, le reste se complète plus "
                "tard. Ajoutez ensuite ses membres, planifiez la première séance, et menez-la "
                "depuis ce même ordinateur branché au vidéoprojecteur."
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(720)
        self.create_button = keyed_button(self.tr("Créer mon réseau"), "home_open")
        self.create_button.setObjectName("primary")
        self.import_button = keyed_button(
            self.tr("Importer un réseau reçu…"),
            "home_import",
            tip=self.tr("Un fichier .cercle exporté par un autre poste, ou une base Cercle"),
        )
        demo_hint = QLabel(
            self.tr(
                "Pour découvrir Cercle sur un réseau d'exemple, sans toucher à vos données : "
                "cercle --demo"
            )
        )
        demo_hint.setObjectName("subtitle")
        demo_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(text)
        for button in (self.create_button, self.import_button):
            at_left = QHBoxLayout()  # the button as wide as its text, on the left
            at_left.addWidget(button)
            at_left.addStretch(1)
            layout.addLayout(at_left)
        layout.addWidget(demo_hint)
        layout.addStretch(1)
