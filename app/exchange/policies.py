"""The merge's rules for the rows that need more than « add or keep »: sessions, repertoire
entries and their revisions, people, memberships' tiles. See ``app.exchange.merge``."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy import Connection, select

from app.confidentiality import case_label
from app.exchange.report import MergeReport
from app.exchange.rows import Row, Slice, fetch_by, table
from app.i18n import _
from models import EntryKind, MeetingStatus

# Never filled from the file: leaving, archiving and deleting are the target's own decisions.
NEVER_FILLED = frozenset({"left_on", "archived_at", "deleted_at"})
PROGRESS = {MeetingStatus.PLANNED: 0, MeetingStatus.RUNNING: 1, MeetingStatus.CLOSED: 2}
TEXT = ("title", "body", "tags", "status")
EXTRA = ("kind", "owner_id", "due_on", "action_status", "closed_at", "term_key")
REVISIONS = uuid.UUID("8a6c1a0e-3f6b-4f39-9a43-6c2f1b0c1e19")  # namespace of merged revisions


class Ledger(Protocol):
    """What the rules need of the merge's planner (``app.exchange.merge.Planner``)."""

    db: Connection
    data: Slice
    idmap: dict[uuid.UUID, uuid.UUID]
    advanced: set[uuid.UUID]
    tiles: dict[uuid.UUID, set[int]]
    numbers: dict[uuid.UUID, set[int]]
    terms: dict[uuid.UUID, dict[str, Row]]
    revisions: RevisionBook

    @property
    def report(self) -> MergeReport:
        """The merge's report, where the rules add their notes."""

    def add(self, name: str, row: Row) -> None:
        """Plan ``row`` as a new row of table ``name``."""

    def change(self, name: str, target_id: uuid.UUID, values: Row) -> None:
        """Plan writing ``values`` on the target's row ``target_id``."""

    def same(self, name: str) -> None:
        """Count one row of ``name`` as identical on both sides."""

    def aside(self, name: str, row: Row, what: str, why: str, *, whole: bool = True) -> None:
        """Keep ``row`` (named ``what`` for a person) out of the merge, for the reason ``why``;
        ``whole`` when its dependent rows stay out too."""


def _blank(value: Any) -> bool:
    return value is None or value == ""


def differences(row: Row, mine: Row, ignored: Iterable[str]) -> list[str]:
    """The columns whose values differ between the file's ``row`` and the target's."""
    skip = set(ignored)
    return [c for c in row if c not in skip and row[c] != mine.get(c)]


def fill_blanks(row: Row, mine: Row, local: frozenset[str]) -> tuple[Row, list[str]]:
    """What of ``row`` fills a blank of the target's ``mine``, and what differs otherwise."""
    fill: Row = {}
    differ: list[str] = []
    for column in differences(row, mine, local | {"id"}):
        if _blank(mine[column]) and not _blank(row[column]) and column not in NEVER_FILLED:
            fill[column] = row[column]
        elif not _blank(row[column]):
            differ.append(column)
    return fill, differ


# What a default export blanks (app.exchange.redaction), by table: {column: blank value}.
BLANKED = {
    "agenda_items": frozenset({"title", "notes", "contract", "action_plan"}),
    "meetings": frozenset({"title", "notes"}),
    "speaking_turns": frozenset({"role"}),
}


def is_redaction_of(name: str, row: Row, differ: list[str]) -> bool:
    """Whether the file's ``row`` is the target's row with its confidential parts withheld (a
    server's copy coming back to the laptop that holds the whole text): nothing to settle."""
    blanked = BLANKED.get(name)
    if blanked is None or not set(differ) <= blanked:
        return False
    if name == "speaking_turns":
        return bool(row["role"] == "participant")
    if name == "meetings":
        return all(row[c] == "" for c in differ)
    return (
        bool(row["confidential"])
        and all(row[c] == "" for c in differ if c != "title")
        and ("title" not in differ or _is_case_label(row["title"]))
    )


def _is_case_label(title: str) -> bool:
    """Whether ``title`` is « Cas n° N (confidentiel) » in any language Cercle writes."""
    for language in ("fr", "en"):
        pattern = re.escape(case_label(987654321, language)).replace("987654321", r"\d+")
        if re.fullmatch(pattern, title):
            return True
    return False


def kept_here(columns: list[str]) -> str:
    """Why a difference was not applied."""
    return _("différent ici ({fields}) : la version d'ici est gardée").format(
        fields=", ".join(columns)
    )


def describe(name: str, row: Row) -> str:
    """How a person names one row in a report."""
    if name == "meetings":
        return _("séance n° {number} du {date}").format(
            number=row["number"], date=row["planned_start"].date().isoformat()
        )
    if name in ("repertoire_entries", "entry_revisions", "agenda_items", "case_proposals"):
        return f"« {row['title'][:60]} »"
    if name in ("members", "networks"):
        return str(row["name"])
    return str(row["id"])[:8]


def members_by_email(db: Connection) -> dict[str, Row]:
    """The target's people by e-mail, folded (the oldest when two share one)."""
    members = table("members")
    found: dict[str, Row] = {}
    query = select(members).where(members.c.email.is_not(None)).order_by(members.c.created_at)
    for row in db.execute(query):
        found.setdefault(row.email.strip().casefold(), dict(row._mapping))
    return found


# -- memberships ----------------------------------------------------------------------------


def give_tile(planner: Ledger, row: Row) -> None:
    """A newcomer's tile, unless a current member of the target already holds it."""
    held = planner.tiles
    network = row["network_id"]
    if network not in held:
        held[network] = {
            m["tile"]
            for m in fetch_by(planner.db, "memberships", "network_id", [network])
            if m["left_on"] is None and m["tile"] is not None
        }
    if row["left_on"] is not None:
        return
    tile = row["tile"]
    if tile is None or tile in held[network]:
        tile = 1
        while tile in held[network]:
            tile += 1
        row["tile"] = tile
    held[network].add(tile)


def stays_member(db: Connection, row: Row) -> str:
    """The note for someone who left in the file and is still a member here."""
    members = table("members")
    name = db.scalar(select(members.c.name).where(members.c.id == row["member_id"]))
    return _(
        "{name} a quitté le réseau dans le fichier et reste membre ici : une fusion ne "
        "retire personne."
    ).format(name=name or "?")


# -- sessions -------------------------------------------------------------------------------


def settle_meeting(planner: Ledger, row: Row, mine: Row | None) -> None:
    """A running session is never touched; a more advanced one updates the target's."""
    what = describe("meetings", row)
    if row["status"] == MeetingStatus.RUNNING:
        why = _("en cours dans le fichier : fusionnez après sa clôture")
        planner.aside("meetings", row, what, why)
        return
    if mine is not None and mine["status"] == MeetingStatus.RUNNING:
        why = _("en cours ici : une séance en cours n'est jamais touchée par une fusion")
        planner.aside("meetings", row, what, why)
        return
    if mine is None:
        numbers = planner.numbers
        network = row["network_id"]
        if network not in numbers:
            numbers[network] = {
                m["number"] for m in fetch_by(planner.db, "meetings", "network_id", [network])
            }
        if row["number"] in numbers[network]:
            new = max(numbers[network]) + 1
            planner.report.notes.append(
                _(
                    "La séance n° {old} du fichier est ajoutée comme séance n° {new} (numéro déjà "
                    "pris ici)."
                ).format(old=row["number"], new=new)
            )
            row = dict(row, number=new)
        numbers[network].add(row["number"])
        planner.add("meetings", row)
        return
    differ = differences(row, mine, {"id", "number"})
    if not differ or row["id"] in planner.data.redacted or is_redaction_of("meetings", row, differ):
        planner.same("meetings")
    elif is_redaction_of("meetings", mine, differ):
        planner.change("meetings", mine["id"], {c: row[c] for c in differ})
    elif PROGRESS[MeetingStatus(row["status"])] > PROGRESS[MeetingStatus(mine["status"])]:
        planner.change("meetings", mine["id"], {c: row[c] for c in differ})
        planner.advanced.add(mine["id"])
    else:
        planner.aside("meetings", row, what, kept_here(differ), whole=False)


# -- repertoire -----------------------------------------------------------------------------

TextKey = tuple[str, str, str, str]


def text_of(row: Row) -> TextKey:
    """The text of an entry or of one of its versions: title, body, tags and status."""
    return (row["title"], row["body"], row["tags"], str(row["status"]))


class RevisionBook:
    """The texts each entry is known to have had, so that no text is stored twice."""

    def __init__(self) -> None:
        self.known: dict[uuid.UUID, set[TextKey]] = defaultdict(set)
        self.loaded: set[uuid.UUID] = set()
        self._incoming: defaultdict[uuid.UUID, set[TextKey]] | None = None

    def load(self, db: Connection, entry_id: uuid.UUID) -> None:
        """Read the target's revisions of an entry it holds (once)."""
        if entry_id not in self.loaded:
            self.loaded.add(entry_id)
            for row in fetch_by(db, "entry_revisions", "entry_id", [entry_id]):
                self.known[entry_id].add(text_of(row))

    def incoming(self, data: Slice, entry_id: uuid.UUID) -> set[TextKey]:
        """The texts the file itself holds as earlier versions of one of its entries."""
        if self._incoming is None:
            self._incoming = defaultdict(set)
            for revision in data.of("entry_revisions"):
                self._incoming[revision["entry_id"]].add(text_of(revision))
        return self._incoming.get(entry_id, set())

    def knows(self, row: Row) -> bool:
        """Whether this text of the entry is already held (current or earlier version)."""
        return text_of(row) in self.known[row["entry_id"]]

    def learn(self, row: Row) -> None:
        """Remember this text of the entry as held, so that it is not stored twice."""
        self.known[row["entry_id"]].add(text_of(row))


def settle_entry(planner: Ledger, row: Row, mine: Row | None) -> None:
    """Add a new entry; for one both sides hold, keep both texts (the later one current)."""
    if mine is None and row["kind"] == EntryKind.TERM and row["deleted_at"] is None:
        mine = _same_term(planner, row)
        if mine is not None:
            planner.idmap[row["id"]] = mine["id"]
            planner.report.notes.append(
                _(
                    "Le terme « {term} » était défini des deux côtés : les deux définitions sont "
                    "gardées."
                ).format(term=row["title"])
            )
    if mine is None:
        planner.add("repertoire_entries", row)
        return
    title = describe("repertoire_entries", row)
    if row["deleted_at"] is not None and mine["deleted_at"] is None:
        planner.report.notes.append(
            _(
                "{title} : supprimée dans le fichier, gardée ici (une fusion ne supprime rien)."
            ).format(title=title)
        )
    theirs, ours = text_of(row), text_of(mine)
    same_extra = all(row[c] == mine[c] for c in EXTRA)
    later = row["updated_at"] > mine["updated_at"]
    if theirs == ours and (same_extra or not later):
        planner.same("repertoire_entries")
        return
    book = planner.revisions
    book.load(planner.db, mine["id"])
    # the file's own earlier texts of this entry arrive as revisions of their own
    incoming = book.incoming(planner.data, row["id"])
    known = book.known[mine["id"]] | incoming
    if not later and theirs in known:
        planner.same("repertoire_entries")
        return
    if later:
        values = {c: row[c] for c in (*TEXT, *EXTRA, "updated_at")}
        values["confidential"] = bool(row["confidential"] or mine["confidential"])
        planner.change("repertoire_entries", mine["id"], values)
        if ours != theirs:
            _keep_text(planner, mine["id"], mine, incoming)
    else:
        planner.report.tally("repertoire_entries").updated += 1
        _keep_text(planner, mine["id"], row, incoming)
    planner.report.notes.append(
        _(
            "{title} : modifiée des deux côtés ; la modification la plus récente est la version "
            "courante, l'autre est gardée comme version antérieure."
        ).format(title=title)
    )


def _keep_text(planner: Ledger, entry_id: uuid.UUID, text: Row, incoming: set[TextKey]) -> None:
    """Store ``text`` as a revision of the target's entry unless that text is known."""
    revision = {
        "entry_id": entry_id,
        "revised_at": text["updated_at"],
        "revised_by_id": None,
        "title": text["title"],
        "body": text["body"],
        "tags": text["tags"],
        "status": text["status"],
    }
    if planner.revisions.knows(revision) or text_of(revision) in incoming:
        return
    key = "|".join([str(entry_id), text["updated_at"].isoformat(), *text_of(text)])
    revision["id"] = uuid.uuid5(REVISIONS, key)
    planner.revisions.learn(revision)
    planner.add("entry_revisions", revision)


def _same_term(planner: Ledger, row: Row) -> Row | None:
    network = row["network_id"]
    if network not in planner.terms:
        planner.terms[network] = {
            entry["term_key"]: entry
            for entry in fetch_by(planner.db, "repertoire_entries", "network_id", [network])
            if entry["kind"] == EntryKind.TERM and entry["deleted_at"] is None
        }
    found = planner.terms[network].get(row["term_key"])
    return found if found is not None and found["id"] != row["id"] else None


def parents_first(items: list[Row]) -> list[Row]:
    """Agenda items with the cases they report on first (a report-back names an earlier case)."""
    pending = {item["id"]: item for item in items}
    ordered: list[Row] = []

    def place(item: Row) -> None:
        if item["id"] not in pending:
            return
        del pending[item["id"]]
        parent = item["reports_on_id"]
        if parent in pending:
            place(pending[parent])
        ordered.append(item)

    for item in list(items):
        place(item)
    return ordered
