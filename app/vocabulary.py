"""One vocabulary: the words Cercle says for the models' values, in the windows and in the
documents alike (UX.md, "Words on screen").

Each word is keyed by the value it names — the models' enums, and ``CommandName`` for what
Ctrl+Z undoes — and written once, in French, the source language; its English is in
``resources/translations/core_en.json``. A window asks in its language (the core's language
is the window's: ``ui.shell.application`` sets both); a document asks in its own
(``language="en"``). Qt's ``tr()`` is for a widget's own text only: no window defines a word
for a value (tests/test_vocabulary.py).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from app.engine.item_status import ItemStatus
from app.i18n import current_language, translator
from models import (
    ActionStatus,
    AttendanceStatus,
    Circle,
    EntryKind,
    EntryStatus,
    LifecycleStage,
    MeetingStatus,
    MembershipRole,
    NetworkKind,
    QueueMode,
    Role,
)

if TYPE_CHECKING:  # the engine's timeline is not for the window's first frame (the home)
    from app.engine.timeline import TimerLevel


def _in(language: str | None) -> Callable[[str], str]:
    return translator(language or current_language())


# Each kind carries a symbol, so that colour is never the only signal.
KIND_SYMBOLS: dict[EntryKind, str] = {
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


# Where an agenda item stands, and a session.
ITEM_STATUS_SYMBOLS: dict[ItemStatus, str] = {
    ItemStatus.PENDING: "○",
    ItemStatus.RUNNING: "▶",
    ItemStatus.PAUSED: "❚❚",
    ItemStatus.DONE: "✓",
    ItemStatus.SKIPPED: "✕",
}
MEETING_STATUS_SYMBOLS: dict[MeetingStatus, str] = {
    MeetingStatus.PLANNED: "○",
    MeetingStatus.RUNNING: "●",
    MeetingStatus.CLOSED: "✓",
}


def item_status_symbol(status: ItemStatus) -> str:
    """The symbol shown beside an agenda item's status."""
    return ITEM_STATUS_SYMBOLS[status]


def kind_name(kind: EntryKind, language: str | None = None) -> str:
    """An entry's kind: « Décision », « Bonne pratique »…"""
    _ = _in(language)
    return {
        EntryKind.DECISION: _("Décision"),
        EntryKind.ACTION: _("Action"),
        EntryKind.PRACTICE: _("Bonne pratique"),
        EntryKind.TERM: _("Terme"),
        EntryKind.TOOL: _("Outil"),
        EntryKind.RITUAL: _("Rituel"),
        EntryKind.CRITERION: _("Critère"),
        EntryKind.LEARNING: _("Apprentissage"),
        EntryKind.IDEA: _("Idée"),
    }[kind]


def role_name(role: Role, language: str | None = None) -> str:
    """Someone's role in an agenda item."""
    _ = _in(language)
    return {
        Role.CLIENT: _("client"),
        Role.CONSULTANT: _("consultant"),
        Role.FACILITATOR: _("animateur"),
        Role.SCRIBE: _("secrétaire"),
        Role.TIMEKEEPER: _("gardien du temps"),
        Role.PARTICIPANT: _("participant"),
    }[role]


def circle_name(circle: Circle, language: str | None = None) -> str:
    """A member's circle of engagement."""
    _ = _in(language)
    return {
        Circle.CORE: _("noyau"),
        Circle.ACTIVE: _("actif"),
        Circle.OCCASIONAL: _("occasionnel"),
        Circle.PERIPHERAL: _("périphérique"),
        Circle.TRANSACTIONAL: _("ponctuel"),
    }[circle]


def entry_status_name(status: EntryStatus, language: str | None = None) -> str:
    """Where an entry of the repertoire stands."""
    _ = _in(language)
    return {
        EntryStatus.PROPOSED: _("proposé"),
        EntryStatus.ADOPTED: _("adopté"),
        EntryStatus.REVISED: _("révisé"),
        EntryStatus.RETIRED: _("retiré"),
    }[status]


def action_status_name(status: ActionStatus | None, language: str | None = None) -> str:
    """An action's status (« » for an entry that is no action)."""
    if status is None:
        return ""
    _ = _in(language)
    return {
        ActionStatus.OPEN: _("ouverte"),
        ActionStatus.DONE: _("faite"),
        ActionStatus.DROPPED: _("abandonnée"),
    }[status]


ATTENDANCE_SYMBOLS: dict[AttendanceStatus, str] = {
    AttendanceStatus.PRESENT: "✓",
    AttendanceStatus.EXCUSED: "✉",
    AttendanceStatus.ABSENT: "✗",
}


def attendance_status_name(status: AttendanceStatus, language: str | None = None) -> str:
    """Whether someone came to a session."""
    _ = _in(language)
    return {
        AttendanceStatus.PRESENT: _("présent·e"),
        AttendanceStatus.EXCUSED: _("excusé·e"),
        AttendanceStatus.ABSENT: _("absent·e"),
    }[status]


def meeting_status_name(status: MeetingStatus, language: str | None = None) -> str:
    """A session's status."""
    _ = _in(language)
    return {
        MeetingStatus.PLANNED: _("À venir"),
        MeetingStatus.RUNNING: _("En cours"),
        MeetingStatus.CLOSED: _("Close"),
    }[status]


def stage_name(stage: LifecycleStage, language: str | None = None) -> str:
    """A network's stage of life."""
    _ = _in(language)
    return {
        LifecycleStage.POTENTIAL: _("potentiel"),
        LifecycleStage.COALESCING: _("en constitution"),
        LifecycleStage.MATURING: _("en maturation"),
        LifecycleStage.STEWARDSHIP: _("bien établi"),
        LifecycleStage.TRANSFORMATION: _("en transformation"),
    }[stage]


def network_kind_name(kind: NetworkKind | None, language: str | None = None) -> str:
    """A network's kind (« — à préciser — » when nobody said)."""
    _ = _in(language)
    if kind is None:
        return _("— à préciser —")
    return {
        NetworkKind.COMMUNITY_OF_PRACTICE: _("communauté de pratique"),
        NetworkKind.PEER_GROUP: _("groupe de pairs"),
        NetworkKind.REX: _("retours d'expérience (REX)"),
        NetworkKind.CODEVELOPMENT: _("groupe de codéveloppement"),
        NetworkKind.PROFESSIONAL: _("réseau métier ou fonctionnel"),
    }[kind]


def membership_role_name(role: MembershipRole, language: str | None = None) -> str:
    """Someone's role in the network."""
    _ = _in(language)
    return {
        MembershipRole.MEMBER: _("membre"),
        MembershipRole.FACILITATOR: _("animateur·rice"),
        MembershipRole.LEADER: _("leader"),
        MembershipRole.SPONSOR: _("sponsor"),
    }[role]


def queue_mode_name(mode: QueueMode, language: str | None = None) -> str:
    """How the queue orders who asked for the floor."""
    _ = _in(language)
    return {
        QueueMode.BALANCED: _("équilibrée ⇄"),
        QueueMode.FIFO: _("premier arrivé"),
    }[mode]


def timer_cue(level: TimerLevel, language: str | None = None) -> str:
    """The timer's state in words, for colour-blind eyes and washed-out projectors."""
    from app.engine.timeline import TimerLevel

    _ = _in(language)
    return {
        TimerLevel.NORMAL: "",
        TimerLevel.WARNING: _("⚠ Derniers 20 %"),
        TimerLevel.OVERRUN: _("⚠ Dépassement"),
    }[level]


class CommandName(StrEnum):
    """Every user command's name, as journaled and undone (the engine's and the
    workspace's); ``command_name`` says it."""

    START_SESSION = "start_session"
    CLOSE_SESSION = "close_session"
    SET_QUEUE_MODE = "set_queue_mode"
    SET_TURN_LIMIT = "set_turn_limit"
    SET_PROJECTOR_STATS = "set_projector_stats"
    SET_ATTENDANCE = "set_attendance"
    LEAVE = "leave"
    ADD_ITEM = "add_item"
    UPDATE_ITEM = "update_item"
    MOVE_ITEM = "move_item"
    REMOVE_ITEM = "remove_item"
    SKIP_ITEM = "skip_item"
    SET_ROLE = "set_role"
    APPLY_FIT = "apply_fit"
    START_ITEM = "start_item"
    FINISH_ITEM = "finish_item"
    PAUSE_ITEM = "pause_item"
    RESUME_ITEM = "resume_item"
    NEXT_PHASE = "next_phase"
    PREVIOUS_PHASE = "previous_phase"
    GIVE_FLOOR = "give_floor"
    TAKE_FLOOR_BACK = "take_floor_back"
    QUEUE_ADD = "queue_add"
    QUEUE_REMOVE = "queue_remove"
    QUEUE_NEXT = "queue_next"
    TOUR_START = "tour_start"
    TOUR_NEXT = "tour_next"
    TOUR_STOP = "tour_stop"
    LEAN_PROPOSE = "lean_propose"
    LEAN_VOTE = "lean_vote"
    LEAN_UNVOTE = "lean_unvote"
    LEAN_DISCUSS = "lean_discuss"
    LEAN_ROMAN_VOTE = "lean_roman_vote"
    LEAN_FINISH_TOPIC = "lean_finish_topic"
    CAPTURE = "capture"
    SET_ACTION_STATUS = "set_action_status"
    SET_CONTRACT = "set_contract"
    SET_ACTION_PLAN = "set_action_plan"
    CORRECT_TURN = "correct_turn"
    DELETE_TURN = "delete_turn"
    RITUAL_ANSWER = "ritual_answer"
    RITUAL_FORGET = "ritual_forget"
    SET_CONSENT = "set_consent"
    EDIT_ENTRY = "edit_entry"
    RESTORE_REVISION = "restore_revision"
    DELETE_ENTRY = "delete_entry"
    UNDELETE_ENTRY = "undelete_entry"
    PROPOSE_CASE = "propose_case"
    SET_CASE_VOTES = "set_case_votes"
    CHOOSE_CASE = "choose_case"
    UPDATE_PROFILE = "update_profile"
    SET_CIRCLE = "set_circle"
    CREATE_NETWORK = "create_network"
    ARCHIVE_NETWORK = "archive_network"
    DELETE_NETWORK = "delete_network"
    MERGE_NETWORK = "merge_network"  # a network merged from a file (app.exchange)
    ADD_PERSON = "add_person"
    EDIT_PERSON = "edit_person"
    PERSON_LEAVES = "person_leaves"
    PERSON_COMES_BACK = "person_comes_back"
    IMPORT_MEMBERS = "import_members"


def _command_words(_: Callable[[str], str]) -> dict[CommandName, str]:
    c = CommandName
    return {
        c.START_SESSION: _("ouverture de la séance"),
        c.CLOSE_SESSION: _("clôture de la séance"),
        c.SET_QUEUE_MODE: _("ordre de la file"),
        c.SET_TURN_LIMIT: _("limite de parole"),
        c.SET_PROJECTOR_STATS: _("statistiques projetées"),
        c.SET_ATTENDANCE: _("pointage"),
        c.LEAVE: _("départ"),
        c.ADD_ITEM: _("ajout d'un point"),
        c.UPDATE_ITEM: _("modification d'un point"),
        c.MOVE_ITEM: _("déplacement d'un point"),
        c.REMOVE_ITEM: _("retrait d'un point"),
        c.SKIP_ITEM: _("point sauté"),
        c.SET_ROLE: _("rôle"),
        c.APPLY_FIT: _("ajustement de l'ordre du jour"),
        c.START_ITEM: _("début du point"),
        c.FINISH_ITEM: _("fin du point"),
        c.PAUSE_ITEM: _("pause"),
        c.RESUME_ITEM: _("reprise"),
        c.NEXT_PHASE: _("phase suivante"),
        c.PREVIOUS_PHASE: _("phase précédente"),
        c.GIVE_FLOOR: _("prise de parole"),
        c.TAKE_FLOOR_BACK: _("reprise de la parole"),
        c.QUEUE_ADD: _("ajout à la file"),
        c.QUEUE_REMOVE: _("retrait de la file"),
        c.QUEUE_NEXT: _("suivant de la file"),
        c.TOUR_START: _("tour de table"),
        c.TOUR_NEXT: _("tour de table : suivant"),
        c.TOUR_STOP: _("fin du tour de table"),
        c.LEAN_PROPOSE: _("sujet proposé"),
        c.LEAN_VOTE: _("vote"),
        c.LEAN_UNVOTE: _("vote retiré"),
        c.LEAN_DISCUSS: _("sujet en discussion"),
        c.LEAN_ROMAN_VOTE: _("vote romain"),
        c.LEAN_FINISH_TOPIC: _("sujet traité"),
        c.CAPTURE: _("capture"),
        c.SET_ACTION_STATUS: _("statut d'une action"),
        c.SET_CONTRACT: _("contrat"),
        c.SET_ACTION_PLAN: _("plan d'action"),
        c.CORRECT_TURN: _("correction d'un tour"),
        c.DELETE_TURN: _("suppression d'un tour"),
        c.RITUAL_ANSWER: _("réponse à la météo ou au ROTI"),
        c.RITUAL_FORGET: _("réponse retirée"),
        c.SET_CONSENT: _("consentement"),
        c.EDIT_ENTRY: _("révision d'une entrée"),
        c.RESTORE_REVISION: _("version restaurée"),
        c.DELETE_ENTRY: _("suppression d'une entrée"),
        c.UNDELETE_ENTRY: _("entrée rétablie"),
        c.PROPOSE_CASE: _("cas proposé"),
        c.SET_CASE_VOTES: _("votes pour un cas"),
        c.CHOOSE_CASE: _("cas choisi"),
        c.UPDATE_PROFILE: _("profil du réseau"),
        c.SET_CIRCLE: _("cercle d'une personne"),
        c.CREATE_NETWORK: _("création d'un réseau"),
        c.ARCHIVE_NETWORK: _("archivage d'un réseau"),
        c.DELETE_NETWORK: _("suppression d'un réseau"),
        c.MERGE_NETWORK: _("fusion d'un réseau"),
        c.ADD_PERSON: _("personne ajoutée"),
        c.EDIT_PERSON: _("fiche d'une personne"),
        c.PERSON_LEAVES: _("départ du réseau"),
        c.PERSON_COMES_BACK: _("retour dans le réseau"),
        c.IMPORT_MEMBERS: _("import de membres"),
    }


def command_name(name: str | None, language: str | None = None) -> str:
    """What a command did, as the undo button and the banner say it (« » for none; an
    unknown name as it is)."""
    if name is None:
        return ""
    try:
        command = CommandName(name)
    except ValueError:
        return name
    return _command_words(_in(language))[command]
