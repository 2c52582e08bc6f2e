"""Every keyboard shortcut of the session screens, declared once.

The cockpit binds them, F1 lists them, README documents them (a test keeps README true).
Single keys never fire while a text field has focus: Qt lets the field keep the key it
types (ShortcutOverride), so typing "Danielle" in the capture bar captures nothing.

Over 400 lines: it is one declaration table, one entry per key of every page, kept in one
place on purpose so that no key is bound twice and F1, README and the tests read one list.
"""

# No ``from __future__ import annotations``: ``Shortcut`` is a ``typing.NamedTuple``, which
# would compile each field's annotation string on the window's first frame.

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; it is translated when shown."""
    return text


TILE_KEYS = 20


def tile_key(index: int) -> str:
    """The key of the index-th tile (0-based): 1…9, 0, then Alt+1…Alt+0."""
    digit = str((index + 1) % 10)
    return digit if index < 10 else f"Alt+{digit}"


class Shortcut(NamedTuple):
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
    Shortcut(
        "sound",
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("Shortcuts", "Signal sonore à 80 % et à la fin : activer / couper"),
        GENERAL,
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


# The other pages' keys: each works on its page only (a QShortcut of the page).
HOME = QT_TRANSLATE_NOOP("Shortcuts", "Accueil")
PLANNER = QT_TRANSLATE_NOOP("Shortcuts", "Préparer une séance")
CHECKIN = QT_TRANSLATE_NOOP("Shortcuts", "Pointage")
SUMMARY = QT_TRANSLATE_NOOP("Shortcuts", "Synthèse")
REPERTOIRE = QT_TRANSLATE_NOOP("Shortcuts", "Répertoire")
ORGANISATION = QT_TRANSLATE_NOOP("Shortcuts", "Vue d'ensemble des réseaux")

PAGE_SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("home_open", ("Enter",), QT_TRANSLATE_NOOP("Shortcuts", "Ouvrir la séance"), HOME),
    Shortcut(
        "home_plan", ("Ctrl+N",), QT_TRANSLATE_NOOP("Shortcuts", "Planifier une séance"), HOME
    ),
    Shortcut("home_edit", ("F2",), QT_TRANSLATE_NOOP("Shortcuts", "Modifier la séance"), HOME),
    Shortcut("home_steer", ("Ctrl+D",), QT_TRANSLATE_NOOP("Shortcuts", "Piloter le réseau"), HOME),
    Shortcut(
        "home_new_network",
        ("Ctrl+Shift+N",),
        QT_TRANSLATE_NOOP("Shortcuts", "Nouveau réseau"),
        HOME,
    ),
    Shortcut(
        "home_organisation",
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("Shortcuts", "Vue d'ensemble des réseaux"),
        HOME,
    ),
    Shortcut(
        "home_export",
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("Shortcuts", "Exporter ce réseau (fichier .cercle)"),
        HOME,
    ),
    Shortcut(
        "home_import",
        ("Ctrl+Shift+I",),
        QT_TRANSLATE_NOOP("Shortcuts", "Importer / fusionner un réseau"),
        HOME,
    ),
    Shortcut(
        "planner_add",
        ("Ctrl+Shift+A",),
        QT_TRANSLATE_NOOP("Shortcuts", "Ajouter un point"),
        PLANNER,
    ),
    Shortcut(
        "planner_save",
        ("Ctrl+S",),
        QT_TRANSLATE_NOOP("Shortcuts", "Enregistrer la séance"),
        PLANNER,
    ),
    Shortcut(
        "planner_cancel",
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Abandonner la préparation"),
        PLANNER,
    ),
    Shortcut("checkin_present", ("P",), QT_TRANSLATE_NOOP("Shortcuts", "Présent"), CHECKIN),
    Shortcut("checkin_excused", ("E",), QT_TRANSLATE_NOOP("Shortcuts", "Excusé"), CHECKIN),
    Shortcut("checkin_absent", ("X",), QT_TRANSLATE_NOOP("Shortcuts", "Absent"), CHECKIN),
    Shortcut("checkin_leave", ("D",), QT_TRANSLATE_NOOP("Shortcuts", "Part avant la fin"), CHECKIN),
    Shortcut(
        "checkin_everyone",
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("Shortcuts", "Tous présents"),
        CHECKIN,
    ),
    Shortcut(
        "checkin_actions",
        ("Ctrl+J",),
        QT_TRANSLATE_NOOP("Shortcuts", "Aller aux actions ouvertes"),
        CHECKIN,
    ),
    Shortcut("action_done", ("F",), QT_TRANSLATE_NOOP("Shortcuts", "Action faite"), CHECKIN),
    Shortcut(
        "action_dropped", ("Del",), QT_TRANSLATE_NOOP("Shortcuts", "Action abandonnée"), CHECKIN
    ),
    Shortcut(
        "checkin_start",
        ("Ctrl+Enter",),
        QT_TRANSLATE_NOOP("Shortcuts", "Démarrer la séance, ou y revenir"),
        CHECKIN,
    ),
    Shortcut(
        "checkin_print",
        ("Ctrl+P",),
        QT_TRANSLATE_NOOP("Shortcuts", "Imprimer les actions à revoir"),
        CHECKIN,
    ),
    Shortcut(
        "checkin_project",
        ("F5",),
        QT_TRANSLATE_NOOP("Shortcuts", "Projeter les actions à revoir"),
        CHECKIN,
    ),
    Shortcut("checkin_home", ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Accueil"), CHECKIN),
    Shortcut(
        "summary_export",
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Shortcuts", "Exporter le compte rendu (PDF, Markdown, Word)"),
        SUMMARY,
    ),
    Shortcut(
        "summary_mail",
        ("Ctrl+M",),
        QT_TRANSLATE_NOOP("Shortcuts", "Préparer l'envoi aux membres"),
        SUMMARY,
    ),
    Shortcut("summary_home", ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Accueil"), SUMMARY),
    Shortcut(
        "repertoire",
        ("Ctrl+F",),
        QT_TRANSLATE_NOOP("Shortcuts", "Ouvrir le répertoire (partout)"),
        REPERTOIRE,
    ),
    Shortcut(
        "repertoire_save",
        ("Ctrl+S",),
        QT_TRANSLATE_NOOP("Shortcuts", "Enregistrer l'entrée"),
        REPERTOIRE,
    ),
    Shortcut(
        "repertoire_back",
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Retour où l'on était"),
        REPERTOIRE,
    ),
    Shortcut(
        "organisation_open",
        ("Enter",),
        QT_TRANSLATE_NOOP("Shortcuts", "Ouvrir la santé du réseau"),
        ORGANISATION,
    ),
    Shortcut(
        "organisation_export",
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Shortcuts", "Rapport transversal PDF"),
        ORGANISATION,
    ),
    Shortcut(
        "organisation_home", ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Accueil"), ORGANISATION
    ),
)
ALL_SHORTCUTS = SHORTCUTS + PAGE_SHORTCUTS


def shortcut(name: str) -> Shortcut:
    return next(s for s in ALL_SHORTCUTS if s.name == name)


def keyed(label: str, name: str) -> str:
    """A button's text with its key from the declaration: 'Ouvrir la séance  [Entrée]'."""
    return f"{label}  [{shortcut(name).key_text()}]"


def keyed_button(
    label: str, name: str, slot: Callable[[], object] | None = None, tip: str = ""
) -> QPushButton:
    """A button that says its key (``keyed``), does ``slot`` and explains itself in ``tip``."""
    button = QPushButton(keyed(label, name))
    if slot is not None:
        button.clicked.connect(slot)
    button.setToolTip(tip)
    return button


def bind(widget: QWidget, name: str, slot: Callable[[], object]) -> list[QShortcut]:
    """The page's QShortcuts for a declared key.

    "Enter" is declared (French keyboards write "Entrée" on that key; Qt calls the main
    one Return, "Retour"): both the main key and the keypad's answer.
    """
    keys = list(shortcut(name).keys)
    for key in list(keys):
        if "Enter" in key:
            keys.append(key.replace("Enter", "Return"))
    from PySide6.QtCore import Qt  # not at import: the home's first frame names no Qt enum

    bound = []
    for key in keys:
        made = QShortcut(QKeySequence(key), widget, slot)
        made.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bound.append(made)
    return bound
