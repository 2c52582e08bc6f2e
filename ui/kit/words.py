"""The words Cercle shows for the core's values, one place for every screen.

The same words in the cockpit, on the projector and in the summary (UX.md, "Words on
screen"); each carries a symbol so that colour is never the only signal.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.engine.state import ItemStatus
from app.engine.timeline import TimerLevel
from models import (
    Circle,
    EntryKind,
    EntryStatus,
    LifecycleStage,
    MembershipRole,
    NetworkKind,
    QueueMode,
    Role,
)


def role_name(role: Role) -> str:
    return {
        Role.CLIENT: QCoreApplication.translate("Words", "client"),
        Role.CONSULTANT: QCoreApplication.translate("Words", "consultant"),
        Role.FACILITATOR: QCoreApplication.translate("Words", "animateur"),
        Role.SCRIBE: QCoreApplication.translate("Words", "secrétaire"),
        Role.TIMEKEEPER: QCoreApplication.translate("Words", "gardien du temps"),
        Role.PARTICIPANT: QCoreApplication.translate("Words", "participant"),
    }[role]


KIND_SYMBOLS = {
    EntryKind.DECISION: "◆",
    EntryKind.ACTION: "→",
    EntryKind.PRACTICE: "★",
    EntryKind.TERM: "◇",
    EntryKind.TOOL: "⚒",
    EntryKind.RITUAL: "↻",
    EntryKind.CRITERION: "✓",
    EntryKind.LEARNING: "✎",
    EntryKind.IDEA: "✦",
}


def kind_name(kind: EntryKind) -> str:
    return {
        EntryKind.DECISION: QCoreApplication.translate("Words", "Décision"),
        EntryKind.ACTION: QCoreApplication.translate("Words", "Action"),
        EntryKind.PRACTICE: QCoreApplication.translate("Words", "Bonne pratique"),
        EntryKind.TERM: QCoreApplication.translate("Words", "Terme"),
        EntryKind.TOOL: QCoreApplication.translate("Words", "Outil"),
        EntryKind.RITUAL: QCoreApplication.translate("Words", "Rituel"),
        EntryKind.CRITERION: QCoreApplication.translate("Words", "Critère"),
        EntryKind.LEARNING: QCoreApplication.translate("Words", "Apprentissage"),
        EntryKind.IDEA: QCoreApplication.translate("Words", "Idée"),
    }[kind]


def item_status_symbol(status: ItemStatus) -> str:
    return {
        ItemStatus.PENDING: "○",
        ItemStatus.RUNNING: "▶",
        ItemStatus.PAUSED: "❚❚",
        ItemStatus.DONE: "✓",
        ItemStatus.SKIPPED: "✕",
    }[status]


def timer_cue(level: TimerLevel) -> str:
    """The timer's state in words, for colour-blind eyes and washed-out projectors."""
    return {
        TimerLevel.NORMAL: "",
        TimerLevel.WARNING: QCoreApplication.translate("Words", "⚠ Derniers 20 %"),
        TimerLevel.OVERRUN: QCoreApplication.translate("Words", "⚠ Dépassement"),
    }[level]


def queue_mode_name(mode: QueueMode) -> str:
    return {
        QueueMode.BALANCED: QCoreApplication.translate("Words", "équilibrée ⇄"),
        QueueMode.FIFO: QCoreApplication.translate("Words", "premier arrivé"),
    }[mode]


def timer_colours(level: TimerLevel) -> tuple[str, str]:
    """Background and text colours of a timer (dark text on light, contrast ≥ 4.5:1)."""
    return {
        TimerLevel.NORMAL: ("#e8f1f8", "#0d2f47"),
        TimerLevel.WARNING: ("#ffe3a3", "#4a3000"),
        TimerLevel.OVERRUN: ("#b3261e", "#ffffff"),
    }[level]


def command_name(name: str | None) -> str:
    """What the undo button says it will undo."""
    if name is None:
        return ""
    names = {
        "start_session": QCoreApplication.translate("Words", "ouverture de la séance"),
        "close_session": QCoreApplication.translate("Words", "clôture de la séance"),
        "set_queue_mode": QCoreApplication.translate("Words", "ordre de la file"),
        "set_turn_limit": QCoreApplication.translate("Words", "limite de parole"),
        "set_projector_stats": QCoreApplication.translate("Words", "statistiques projetées"),
        "set_attendance": QCoreApplication.translate("Words", "pointage"),
        "leave": QCoreApplication.translate("Words", "départ"),
        "add_item": QCoreApplication.translate("Words", "ajout d'un point"),
        "update_item": QCoreApplication.translate("Words", "modification d'un point"),
        "move_item": QCoreApplication.translate("Words", "déplacement d'un point"),
        "remove_item": QCoreApplication.translate("Words", "retrait d'un point"),
        "skip_item": QCoreApplication.translate("Words", "point sauté"),
        "set_role": QCoreApplication.translate("Words", "rôle"),
        "apply_fit": QCoreApplication.translate("Words", "ajustement de l'ordre du jour"),
        "start_item": QCoreApplication.translate("Words", "début du point"),
        "finish_item": QCoreApplication.translate("Words", "fin du point"),
        "pause_item": QCoreApplication.translate("Words", "pause"),
        "resume_item": QCoreApplication.translate("Words", "reprise"),
        "next_phase": QCoreApplication.translate("Words", "phase suivante"),
        "previous_phase": QCoreApplication.translate("Words", "phase précédente"),
        "give_floor": QCoreApplication.translate("Words", "prise de parole"),
        "take_floor_back": QCoreApplication.translate("Words", "reprise de la parole"),
        "queue_add": QCoreApplication.translate("Words", "ajout à la file"),
        "queue_remove": QCoreApplication.translate("Words", "retrait de la file"),
        "queue_next": QCoreApplication.translate("Words", "suivant de la file"),
        "tour_start": QCoreApplication.translate("Words", "tour de table"),
        "tour_next": QCoreApplication.translate("Words", "tour de table : suivant"),
        "tour_stop": QCoreApplication.translate("Words", "fin du tour de table"),
        "lean_propose": QCoreApplication.translate("Words", "sujet proposé"),
        "lean_vote": QCoreApplication.translate("Words", "vote"),
        "lean_unvote": QCoreApplication.translate("Words", "vote retiré"),
        "lean_discuss": QCoreApplication.translate("Words", "sujet en discussion"),
        "lean_roman_vote": QCoreApplication.translate("Words", "vote romain"),
        "lean_finish_topic": QCoreApplication.translate("Words", "sujet traité"),
        "capture": QCoreApplication.translate("Words", "capture"),
        "set_action_status": QCoreApplication.translate("Words", "statut d'une action"),
        "set_contract": QCoreApplication.translate("Words", "contrat"),
        "set_action_plan": QCoreApplication.translate("Words", "plan d'action"),
        "correct_turn": QCoreApplication.translate("Words", "correction d'un tour"),
        "delete_turn": QCoreApplication.translate("Words", "suppression d'un tour"),
        "ritual_answer": QCoreApplication.translate("Words", "réponse à la météo ou au ROTI"),
        "ritual_forget": QCoreApplication.translate("Words", "réponse retirée"),
        "set_consent": QCoreApplication.translate("Words", "consentement"),
        "edit_entry": QCoreApplication.translate("Words", "révision d'une entrée"),
        "restore_revision": QCoreApplication.translate("Words", "version restaurée"),
        "delete_entry": QCoreApplication.translate("Words", "suppression d'une entrée"),
        "undelete_entry": QCoreApplication.translate("Words", "entrée rétablie"),
        "propose_case": QCoreApplication.translate("Words", "cas proposé"),
        "set_case_votes": QCoreApplication.translate("Words", "votes pour un cas"),
        "choose_case": QCoreApplication.translate("Words", "cas choisi"),
        "update_profile": QCoreApplication.translate("Words", "profil du réseau"),
        "set_circle": QCoreApplication.translate("Words", "cercle d'une personne"),
        "add_person": QCoreApplication.translate("Words", "personne ajoutée"),
        "edit_person": QCoreApplication.translate("Words", "fiche d'une personne"),
        "person_leaves": QCoreApplication.translate("Words", "départ du réseau"),
        "person_comes_back": QCoreApplication.translate("Words", "retour dans le réseau"),
        "import_members": QCoreApplication.translate("Words", "import de membres"),
    }
    return names.get(name, name)


def status_name(status: EntryStatus) -> str:
    return {
        EntryStatus.PROPOSED: QCoreApplication.translate("Words", "proposé"),
        EntryStatus.ADOPTED: QCoreApplication.translate("Words", "adopté"),
        EntryStatus.REVISED: QCoreApplication.translate("Words", "révisé"),
        EntryStatus.RETIRED: QCoreApplication.translate("Words", "retiré"),
    }[status]


def circle_name(circle: Circle) -> str:
    return {
        Circle.CORE: QCoreApplication.translate("Words", "noyau"),
        Circle.ACTIVE: QCoreApplication.translate("Words", "actif"),
        Circle.OCCASIONAL: QCoreApplication.translate("Words", "occasionnel"),
        Circle.PERIPHERAL: QCoreApplication.translate("Words", "périphérique"),
        Circle.TRANSACTIONAL: QCoreApplication.translate("Words", "ponctuel"),
    }[circle]


def stage_name(stage: LifecycleStage) -> str:
    return {
        LifecycleStage.POTENTIAL: QCoreApplication.translate("Words", "potentiel"),
        LifecycleStage.COALESCING: QCoreApplication.translate("Words", "en constitution"),
        LifecycleStage.MATURING: QCoreApplication.translate("Words", "en maturation"),
        LifecycleStage.STEWARDSHIP: QCoreApplication.translate("Words", "bien établi"),
        LifecycleStage.TRANSFORMATION: QCoreApplication.translate("Words", "en transformation"),
    }[stage]


def network_kind_name(kind: NetworkKind | None) -> str:
    if kind is None:
        return QCoreApplication.translate("Words", "— à préciser —")
    return {
        NetworkKind.COMMUNITY_OF_PRACTICE: QCoreApplication.translate(
            "Words", "communauté de pratique"
        ),
        NetworkKind.PEER_GROUP: QCoreApplication.translate("Words", "groupe de pairs"),
        NetworkKind.REX: QCoreApplication.translate("Words", "retours d'expérience (REX)"),
        NetworkKind.CODEVELOPMENT: QCoreApplication.translate("Words", "groupe de codéveloppement"),
        NetworkKind.PROFESSIONAL: QCoreApplication.translate(
            "Words", "réseau métier ou fonctionnel"
        ),
    }[kind]


def membership_role_name(role: MembershipRole) -> str:
    return {
        MembershipRole.MEMBER: QCoreApplication.translate("Words", "membre"),
        MembershipRole.FACILITATOR: QCoreApplication.translate("Words", "animateur·rice"),
        MembershipRole.LEADER: QCoreApplication.translate("Words", "leader"),
        MembershipRole.SPONSOR: QCoreApplication.translate("Words", "sponsor"),
    }[role]


def session_number(number: int) -> str:
    """'n° 3' in French, 'no. 3' in English."""
    return QCoreApplication.translate("Words", "n° %1").replace("%1", str(number))


def quoted(text: str) -> str:
    """« text » in French, “text” in English."""
    return QCoreApplication.translate("Words", "« %1 »").replace("%1", text)
