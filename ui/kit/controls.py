"""What each cockpit control can do right now, and why not when it cannot.

A control that cannot act is disabled and says why in its tooltip (a facilitator once saw
"Tous les points sont traités." beside an enabled "Démarrer le point [Maj+N]"). The
schedule line says ahead or behind the planned agenda, and a late start as such.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.engine.state import ItemStatus, LiveState
from models import MeetingStatus


@dataclass(frozen=True)
class Control:
    label: str
    enabled: bool
    why_not: str = ""  # shown as the tooltip of a disabled control


def controls(s: LiveState) -> dict[str, Control]:
    """The label, state and reason of the cockpit's session buttons."""
    closed = s.status is MeetingStatus.CLOSED
    item = s.current
    result: dict[str, Control] = {}

    paused = item is not None and item.status is ItemStatus.PAUSED
    result["pause"] = Control(
        QCoreApplication.translate("Controls", "Reprendre")
        if paused
        else QCoreApplication.translate("Controls", "Pause"),
        item is not None,
        QCoreApplication.translate("Controls", "Aucun point n'est en cours."),
    )

    if item is None:
        why = QCoreApplication.translate("Controls", "Aucun point n'est en cours.")
    elif item.phase is None or len(item.phases) <= 1:
        why = QCoreApplication.translate("Controls", "Ce point n'a qu'une phase.")
    elif item.phase.next_phase is None:
        why = QCoreApplication.translate(
            "Controls", "C'est la dernière phase : Maj+N termine le point."
        )
    else:
        why = ""
    result["next_phase"] = Control(
        QCoreApplication.translate("Controls", "Phase suivante"), not why, why
    )

    if closed:
        result["next_item"] = Control(
            QCoreApplication.translate("Controls", "Point suivant"),
            False,
            QCoreApplication.translate("Controls", "La séance est close."),
        )
    elif item is None and s.next_item is None:
        result["next_item"] = Control(
            QCoreApplication.translate("Controls", "Démarrer le point"),
            False,
            QCoreApplication.translate(
                "Controls", "Tous les points sont traités : Ctrl+Maj+W clôt la séance."
            ),
        )
    elif item is None:
        result["next_item"] = Control(
            QCoreApplication.translate("Controls", "Démarrer le point"), True
        )
    elif s.next_item is None:
        result["next_item"] = Control(
            QCoreApplication.translate("Controls", "Terminer le point"), True
        )
    else:
        result["next_item"] = Control(QCoreApplication.translate("Controls", "Point suivant"), True)

    if s.tour is not None:
        result["floor"] = Control(QCoreApplication.translate("Controls", "Tour : suivant"), True)
    elif s.speaker is not None:
        result["floor"] = Control(QCoreApplication.translate("Controls", "Fin de parole"), True)
    else:
        result["floor"] = Control(
            QCoreApplication.translate("Controls", "Suivant de la file"),
            bool(s.queue),
            QCoreApplication.translate(
                "Controls", "Personne ne parle et la file est vide : la touche d'une personne."
            ),
        )
    result["queue_next"] = Control(
        QCoreApplication.translate("Controls", "Suivant"),
        bool(s.queue),
        QCoreApplication.translate("Controls", "La file est vide."),
    )
    result["tour"] = Control(
        QCoreApplication.translate("Controls", "Arrêter le tour")
        if s.tour is not None
        else QCoreApplication.translate("Controls", "Tour de table"),
        item is not None or s.tour is not None,
        QCoreApplication.translate("Controls", "Aucun point n'est en cours."),
    )
    result["close"] = Control(
        QCoreApplication.translate("Controls", "Clore"),
        s.status is MeetingStatus.RUNNING,
        QCoreApplication.translate("Controls", "La séance est close.")
        if closed
        else QCoreApplication.translate("Controls", "La séance n'a pas commencé."),
    )
    return result


def schedule_text(s: LiveState) -> tuple[str, bool]:
    """'▼ En retard de 12 min · début +8 min', and whether it is behind (shown in red)."""
    schedule = s.schedule
    ahead = schedule.ahead
    minutes = round(abs(ahead) / 60)
    if minutes == 0:
        text = QCoreApplication.translate("Controls", "● À l'heure")
    elif ahead > 0:
        text = QCoreApplication.translate("Controls", "▲ En avance de %1 min").replace(
            "%1", str(minutes)
        )
    else:
        text = QCoreApplication.translate("Controls", "▼ En retard de %1 min").replace(
            "%1", str(minutes)
        )
    late = round(schedule.late_start / 60)
    if late >= 1 and s.status is not MeetingStatus.CLOSED:
        started = s.meeting.started_at is not None
        text += " · " + (
            QCoreApplication.translate("Controls", "commencée avec %1 min de retard")
            if started
            else QCoreApplication.translate("Controls", "début attendu depuis %1 min")
        ).replace("%1", str(late))
    return text, ahead < -60
