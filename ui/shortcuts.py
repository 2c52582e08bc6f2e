"""Every keyboard shortcut of the session screens, declared once.

The cockpit binds them, F1 lists them, README documents them (a test keeps README true).
Single keys never fire while a text field has focus: Qt lets the field keep the key it
types (ShortcutOverride), so typing "Danielle" in the capture bar captures nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; it is translated when shown."""
    return text


# On a French AZERTY keyboard the digit row types & é " ' ( - è _ ç à without Shift.
AZERTY_DIGITS = (
    Qt.Key.Key_Ampersand,
    Qt.Key.Key_Eacute,
    Qt.Key.Key_QuoteDbl,
    Qt.Key.Key_Apostrophe,
    Qt.Key.Key_ParenLeft,
    Qt.Key.Key_Minus,
    Qt.Key.Key_Egrave,
    Qt.Key.Key_Underscore,
    Qt.Key.Key_Ccedilla,
    Qt.Key.Key_Agrave,
)
TILE_KEYS = 20


def tile_key(index: int) -> str:
    """The key of the index-th tile (0-based): 1…9, 0, then Alt+1…Alt+0."""
    digit = str((index + 1) % 10)
    return digit if index < 10 else f"Alt+{digit}"


def tile_sequences(index: int) -> list[QKeySequence]:
    main = QKeySequence(tile_key(index))
    alias = AZERTY_DIGITS[index % 10]
    if index >= 10:
        return [main, QKeySequence(Qt.KeyboardModifier.AltModifier | alias)]
    return [main, QKeySequence(alias)]


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: tuple[str, ...]
    label: str  # French source text, translated in the "Shortcuts" context
    group: str
    display: str = ""  # how to show keys that are a family (the tiles)
    window: bool = False  # bound by the main window on every page, not by the cockpit

    def text(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.label)

    def group_text(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.group)

    def key_text(self, portable: bool = False) -> str:
        """The keys as the user's language writes them ("Maj+N"), or as README does."""
        if self.display:
            return self.display
        form = (
            QKeySequence.SequenceFormat.PortableText
            if portable
            else QKeySequence.SequenceFormat.NativeText
        )
        return " / ".join(QKeySequence(k).toString(form) for k in self.keys)


FLOOR = QT_TRANSLATE_NOOP("Shortcuts", "Parole")
AGENDA = QT_TRANSLATE_NOOP("Shortcuts", "Ordre du jour")
CAPTURE = QT_TRANSLATE_NOOP("Shortcuts", "Captures")
PROJECTION = QT_TRANSLATE_NOOP("Shortcuts", "Projection")
GENERAL = QT_TRANSLATE_NOOP("Shortcuts", "Général")

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "tile",
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Donner la parole à la personne de la tuile"),
        FLOOR,
        display="1…9, 0, Alt+1…Alt+0",
    ),
    Shortcut(
        "floor",
        ("Space",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Fin de parole, ou suivant de la file (en tour de table : suivant)"
        ),
        FLOOR,
    ),
    Shortcut(
        "queue_arm",
        ("Q",),
        QT_TRANSLATE_NOOP("Shortcuts", "Ajouter à la file (puis la touche de la personne)"),
        FLOOR,
    ),
    Shortcut("queue_next", ("S",), QT_TRANSLATE_NOOP("Shortcuts", "Suivant de la file"), FLOOR),
    Shortcut(
        "queue_order",
        ("E",),
        QT_TRANSLATE_NOOP("Shortcuts", "File : équilibrée ou premier arrivé"),
        FLOOR,
    ),
    Shortcut(
        "tour",
        ("Ctrl+T",),
        QT_TRANSLATE_NOOP("Shortcuts", "Tour de table : démarrer / arrêter"),
        FLOOR,
    ),
    Shortcut("next_phase", ("N",), QT_TRANSLATE_NOOP("Shortcuts", "Phase suivante"), AGENDA),
    Shortcut(
        "previous_phase", ("Alt+N",), QT_TRANSLATE_NOOP("Shortcuts", "Phase précédente"), AGENDA
    ),
    Shortcut(
        "next_item",
        ("Shift+N",),
        QT_TRANSLATE_NOOP("Shortcuts", "Point suivant (démarre le premier)"),
        AGENDA,
    ),
    Shortcut(
        "pause", ("Ctrl+P",), QT_TRANSLATE_NOOP("Shortcuts", "Pause / reprise du point"), AGENDA
    ),
    Shortcut(
        "checkin", ("F2",), QT_TRANSLATE_NOOP("Shortcuts", "Pointage : arrivées et départs"), AGENDA
    ),
    Shortcut(
        "weather_round",
        ("Ctrl+M",),
        QT_TRANSLATE_NOOP("Shortcuts", "Météo : un tour, une touche de 1 à 5 par personne"),
        AGENDA,
    ),
    Shortcut(
        "roti_round",
        ("Ctrl+R",),
        QT_TRANSLATE_NOOP("Shortcuts", "ROTI : un tour, une touche de 1 à 5 par personne"),
        AGENDA,
    ),
    Shortcut("close", ("Ctrl+Shift+W",), QT_TRANSLATE_NOOP("Shortcuts", "Clore la séance"), AGENDA),
    Shortcut(
        "capture_decision", ("D",), QT_TRANSLATE_NOOP("Shortcuts", "Capturer une décision"), CAPTURE
    ),
    Shortcut(
        "capture_action", ("A",), QT_TRANSLATE_NOOP("Shortcuts", "Capturer une action"), CAPTURE
    ),
    Shortcut(
        "capture_practice",
        ("P",),
        QT_TRANSLATE_NOOP("Shortcuts", "Capturer une bonne pratique"),
        CAPTURE,
    ),
    Shortcut("capture_term", ("T",), QT_TRANSLATE_NOOP("Shortcuts", "Capturer un terme"), CAPTURE),
    Shortcut("capture_tool", ("O",), QT_TRANSLATE_NOOP("Shortcuts", "Capturer un outil"), CAPTURE),
    Shortcut(
        "capture_learning",
        ("L",),
        QT_TRANSLATE_NOOP("Shortcuts", "Capturer un apprentissage"),
        CAPTURE,
    ),
    Shortcut("capture_idea", ("I",), QT_TRANSLATE_NOOP("Shortcuts", "Capturer une idée"), CAPTURE),
    Shortcut(
        "capture_ritual", ("R",), QT_TRANSLATE_NOOP("Shortcuts", "Capturer un rituel"), CAPTURE
    ),
    Shortcut(
        "capture_criterion", ("K",), QT_TRANSLATE_NOOP("Shortcuts", "Capturer un critère"), CAPTURE
    ),
    Shortcut(
        "capture_expected",
        ("C",),
        QT_TRANSLATE_NOOP("Shortcuts", "Capturer ce que la phase attend"),
        CAPTURE,
    ),
    Shortcut(
        "projector",
        ("F5",),
        QT_TRANSLATE_NOOP("Shortcuts", "Projection : ouvrir / fermer"),
        PROJECTION,
    ),
    Shortcut(
        "blank", ("B",), QT_TRANSLATE_NOOP("Shortcuts", "Écran noir sur la projection"), PROJECTION
    ),
    Shortcut(
        "projector_theme",
        ("Shift+F5",),
        QT_TRANSLATE_NOOP("Shortcuts", "Projection : thème sombre ou clair"),
        PROJECTION,
    ),
    Shortcut(
        "projector_stats",
        ("Ctrl+F5",),
        QT_TRANSLATE_NOOP("Shortcuts", "Projection : montrer ou cacher les temps de parole"),
        PROJECTION,
    ),
    Shortcut("undo", ("Ctrl+Z",), QT_TRANSLATE_NOOP("Shortcuts", "Annuler"), GENERAL),
    Shortcut(
        "redo", ("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("Shortcuts", "Rétablir"), GENERAL
    ),
    Shortcut(
        "cancel",
        ("Esc",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Fermer la capture, annuler l'ajout à la file, sinon fermer la projection"
        ),
        GENERAL,
    ),
    Shortcut("help", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Aide : les raccourcis"), GENERAL),
    Shortcut(
        "about",
        ("Shift+F1",),
        QT_TRANSLATE_NOOP("Shortcuts", "À propos : version, dossier des données, sauvegardes"),
        GENERAL,
        window=True,
    ),
)


def shortcut(name: str) -> Shortcut:
    return next(s for s in SHORTCUTS if s.name == name)
