"""Who may see what: the one rule every output asks (DOMAIN.md §4.1, « ce qui se dit ici
reste ici »).

A co-development case is confidential by default: its title (which names the client), its
narrative, its contract, its action plan and every capture made while it ran. The client may
agree, at the end of the case, to share some parts with the group (typically the learnings);
those parts then reach the room and the members' minutes, marked as shared with consent —
never the sponsor nor another network.

Every output names its reader and asks here; none filters on its own:

- ``FACILITATOR``: the facilitator's own screens and the full record (``--include-
  confidential``); sees everything.
- ``ROOM``: the projector and what the cockpit says aloud to the group.
- ``MEMBERS``: the default minutes and every export made from them (PDF, e-mail, Markdown…).
- ``SPONSOR``: the sponsor's report (health of the network).
- ``OTHER_NETWORK``: anyone reading from another network (repertoire search, booklet
  handed to a newcomer elsewhere).

A network exported to a file or published to a server (``app.exchange``) leaves the
facilitator's laptop: by default it carries what ``EXCHANGE_READER`` (the members) may read;
``--include-confidential`` carries everything, for moving one's own network between one's
own machines.

The SQL form of the entry rule (``entry_clause``) is the same rule for queries that must
filter before a LIMIT; a test checks both agree.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, true

from app.i18n import current_language, translator
from models import EntryKind, RepertoireEntry


class Reader(enum.StrEnum):
    FACILITATOR = "facilitator"
    ROOM = "room"
    MEMBERS = "members"
    SPONSOR = "sponsor"
    OTHER_NETWORK = "other_network"


# The readers inside the group: what the client shares with consent is shared with them.
GROUP = frozenset({Reader.ROOM, Reader.MEMBERS})


class Part(enum.StrEnum):
    """What the client of a confidential case may agree to share with the group."""

    LEARNINGS = "learnings"
    CONTRACT = "contract"
    ACTION_PLAN = "action_plan"


class Seen(enum.Enum):
    HIDDEN = "hidden"
    VISIBLE = "visible"
    SHARED = "shared"  # visible because the client agreed: say so beside it

    def __bool__(self) -> bool:
        return self is not Seen.HIDDEN


@dataclass(frozen=True)
class Case:
    """What the rule needs to know of an agenda item."""

    confidential: bool = False
    consent: frozenset[Part] = frozenset()

    @staticmethod
    def of(confidential: bool, consent: Iterable[str] = ()) -> Case:
        known = {p.value for p in Part}
        return Case(confidential, frozenset(Part(p) for p in consent if p in known))


OPEN = Case()

# Captures that a consent covers: learnings with the learnings, actions with the plan.
COVERED_BY = {EntryKind.LEARNING: Part.LEARNINGS, EntryKind.ACTION: Part.ACTION_PLAN}


def sees_case(reader: Reader, case: Case) -> bool:
    """May ``reader`` see the case itself: its title (the client's name), its narrative?"""
    return reader is Reader.FACILITATOR or not case.confidential


def sees_part(reader: Reader, case: Case, part: Part) -> Seen:
    """May ``reader`` see the contract, the action plan… of ``case``?"""
    if sees_case(reader, case):
        return Seen.VISIBLE
    if reader in GROUP and part in case.consent:
        return Seen.SHARED
    return Seen.HIDDEN


def sees_entry(
    reader: Reader,
    confidential: bool,
    kind: EntryKind,
    case: Case | None = None,
    same_network: bool = True,
) -> Seen:
    """May ``reader`` see a captured entry (decision, action, learning…)?

    ``case`` is the item it was captured in (None: outside any item). A confidential entry is
    seen by the facilitator of its own network; by the group when the client of its case
    agreed to share what it is (its learnings, its plan); by nobody else.
    """
    if not confidential:
        return Seen.VISIBLE
    if reader is Reader.FACILITATOR and same_network:
        return Seen.VISIBLE
    part = COVERED_BY.get(EntryKind(kind))
    if (
        reader in GROUP
        and same_network
        and case is not None
        and case.confidential
        and part is not None
        and part in case.consent
    ):
        return Seen.SHARED
    return Seen.HIDDEN


# Who a network's default export or publication is written for: the group's members (what a
# client shared with the group travels, marked so; the rest of a confidential case does not).
EXCHANGE_READER = Reader.MEMBERS


def sees_client(reader: Reader, case: Case) -> bool:
    """May ``reader`` know who the client of ``case`` is (its roles, the proposal that named
    them)? Only when they may see the case itself."""
    return sees_case(reader, case)


def confidential_by_default(item_confidential: bool) -> bool:
    """Every capture made while a confidential case runs is confidential unless unticked."""
    return item_confidential


def case_label(number: int, language: str | None = None) -> str:
    """What a reader who may not see a confidential case reads instead of its title."""
    _ = translator(language or current_language())
    return _("Cas n° {number} (confidentiel)").format(number=number)


def item_title(reader: Reader, title: str, case: Case, number: int, method_name: str = "") -> str:
    """The title of an agenda item as ``reader`` may read it."""
    if sees_case(reader, case):
        return title
    return case_label(number) if number else (method_name or case_label(1))


def session_title(reader: Reader, title: str, cases: Iterable[Case]) -> str:
    """A session's own title as ``reader`` may read it: withheld (empty) while the session
    holds a case withheld from them, since facilitators name sessions after the case
    (« Cas de Léa »)."""
    if any(not sees_case(reader, case) for case in cases):
        return ""
    return title


def case_numbers(items: Iterable[tuple[object, bool]]) -> dict[object, int]:
    """Number the confidential items of a session in order: « Cas n° 1 », « Cas n° 2 »…"""
    numbers: dict[object, int] = {}
    for key, confidential in items:
        if confidential:
            numbers[key] = len(numbers) + 1
    return numbers


def entry_clause(reader: Reader, own_network: object | None = None) -> ColumnElement[bool]:
    """``sees_entry`` as a SQL condition on ``repertoire_entries`` (before any LIMIT).

    Consent is not consulted here: lists outside the session's own minutes treat a shared
    capture as what it is, confidential. ``own_network`` is the reader's network: its
    facilitator sees its confidential entries, never another network's.
    """
    if reader is Reader.FACILITATOR:
        if own_network is None:
            return true()
        return or_(
            RepertoireEntry.confidential.is_(False), RepertoireEntry.network_id == own_network
        )
    return RepertoireEntry.confidential.is_(False)


def entry_sql(reader: Reader, alias: str = "e", own_network_param: str | None = None) -> str:
    """The same condition as ``entry_clause`` for hand-written SQL (the FTS5 search)."""
    if reader is Reader.FACILITATOR:
        if own_network_param is None:
            return "1 = 1"
        return f"({alias}.confidential = 0 OR {alias}.network_id = :{own_network_param})"
    return f"{alias}.confidential = 0"
