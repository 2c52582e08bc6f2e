"""The one merge between two Cercle stores: a slice of networks brought into a target by UUID.

Every path uses it: ``cercle merge FILE``, the window's « Importer / fusionner », « Publier »
(the laptop's network into the server) and « Mettre à jour » (the server's networks into the
laptop). The merge is planned first (reads only: that is the preview), then written in the
caller's one transaction: nothing is written unless the whole plan was made.

What a merge does, row by row (its promises are tested in ``tests/test_exchange.py``):

- a row whose id the target lacks is **added**; a row equal to the target's is **identical**;
- people are matched by id, then by e-mail (case-insensitive); every fact naming them is
  remapped to the target's person;
- a repertoire entry edited on both sides keeps both texts: the later edit is current, the
  other becomes a revision (the previous text is never lost); a term defined on both sides
  under two ids is one term with both definitions;
- a session the file holds more advanced (planned here, closed there) **updates** the target's,
  with its facts; a session running in the target, or running in the file, is **kept aside**
  whole — a running session is never touched;
- nothing is ever deleted: a soft deletion travels with a new row (it arrives hidden) but never
  hides the target's row; someone who left in the file stays a member here; differences the
  merge cannot settle keep the target's version and are listed as kept aside, with why;
- a network whose name another network already has is kept aside whole;
- a session number or a member's tile already taken in the target gets the next free one.

Merging the same slice twice changes nothing the second time.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert, select, update

from app.exchange import policies
from app.exchange.report import Aside, MergeReport
from app.exchange.rows import ORDER, Row, Slice, fetch_by, fetch_by_id, references, table
from app.i18n import _
from app.text import fold

# The columns of a row that are the target's own business (not compared, not carried).
LOCAL: dict[str, frozenset[str]] = {
    "networks": frozenset({"created_at", "archived_at"}),
    "members": frozenset({"created_at"}),
    "memberships": frozenset({"tile"}),
    "meetings": frozenset({"number"}),
}

# Rows that are one fact whatever their id: (table) → the columns that say which.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "memberships": ("network_id", "member_id"),
    "attendances": ("meeting_id", "member_id"),
    "item_roles": ("item_id", "member_id"),
    "ritual_answers": ("meeting_id", "member_id", "kind"),
    "entry_authors": ("entry_id", "member_id"),
}


@dataclass
class Plan:
    """What a merge writes: rows to add and changes to make, by table, and its report."""

    report: MergeReport
    inserts: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    updates: dict[str, list[tuple[uuid.UUID, Row]]] = field(
        default_factory=lambda: defaultdict(list)
    )


class Planner:
    """Decides, row by row, what becomes of a slice in the target ``db`` (reads only)."""

    def __init__(self, db: Connection, data: Slice, source: str, dry_run: bool) -> None:
        self.db = db
        self.data = data
        self.plan = Plan(MergeReport(source=source, dry_run=dry_run, withheld=dict(data.withheld)))
        self.idmap: dict[uuid.UUID, uuid.UUID] = {}
        self.aside_ids: set[uuid.UUID] = set()
        self.advanced: set[uuid.UUID] = set()  # sessions the file brings further
        self.meeting_of: dict[uuid.UUID, uuid.UUID] = {}  # item or topic → its session
        self.revisions = policies.RevisionBook()
        # What the target holds, read once per network when first needed.
        self.tiles: dict[uuid.UUID, set[int]] = {}
        self.numbers: dict[uuid.UUID, set[int]] = {}
        self.terms: dict[uuid.UUID, dict[str, Row]] = {}

    # -- helpers ---------------------------------------------------------------------------

    @property
    def report(self) -> MergeReport:
        """The tallies, notes and rows kept aside so far (the preview, then the outcome)."""
        return self.plan.report

    def mapped(self, value: uuid.UUID) -> uuid.UUID:
        """The target's id for a row of the file (its own id when matched by nothing else)."""
        return self.idmap.get(value, value)

    def remap(self, name: str, row: Row) -> Row:
        """``row`` with every reference pointing at the target's rows."""
        out = dict(row)
        for column in references(name):
            if out[column] is not None:
                out[column] = self.mapped(out[column])
        if name == "tour_rounds":
            out["order"] = [str(self.mapped(uuid.UUID(str(m)))) for m in out["order"]]
        return out

    def aside(self, name: str, row: Row, what: str, why: str, *, whole: bool = True) -> None:
        """Keep ``row`` aside; ``whole``: with every fact hanging on it (else the target's own
        version stays and the row's new facts still come)."""
        if whole:
            self.aside_ids.add(row["id"])
        self.plan.report.tally(name).aside += 1
        self.plan.report.aside.append(Aside(name, what, why))

    def inherited_aside(self, name: str, row: Row) -> bool:
        """A row hanging on a row kept aside stays aside with it (counted, not listed)."""
        if any(row[c] in self.aside_ids for c in references(name) if row[c] is not None):
            self.aside_ids.add(row["id"])
            self.plan.report.tally(name).aside += 1
            return True
        return False

    def add(self, name: str, row: Row) -> None:
        """Plan ``row`` as a new row of table ``name`` and count it as added."""
        self.plan.inserts[name].append(row)
        self.plan.report.tally(name).added += 1

    def change(self, name: str, target_id: uuid.UUID, values: Row) -> None:
        """Plan writing ``values`` on the target's row ``target_id`` and count it as updated."""
        self.plan.updates[name].append((target_id, values))
        self.plan.report.tally(name).updated += 1

    def same(self, name: str) -> None:
        """Count one row of ``name`` as identical on both sides (nothing written)."""
        self.plan.report.tally(name).identical += 1

    # -- the plan --------------------------------------------------------------------------

    def run(self) -> Plan:
        """Plan the whole slice, table by table in dependency order, and return the plan."""
        self.networks()
        self.members()
        for item in self.data.of("agenda_items"):
            self.meeting_of[item["id"]] = item["meeting_id"]
        for topic in self.data.of("lean_topics"):
            self.meeting_of[topic["id"]] = self.meeting_of[topic["item_id"]]
        for name in ORDER[2:]:
            self.table(name)
        return self.plan

    def networks(self) -> None:
        """Settle the file's networks: new ones added, unless another network here has the same
        name (then kept aside whole), known ones filled where blank here."""
        rows = self.data.of("networks")
        found = fetch_by_id(self.db, "networks", [r["id"] for r in rows])
        networks = table("networks")
        names = {fold(n): n for n in self.db.scalars(select(networks.c.name))}
        for row in rows:
            mine = found.get(row["id"])
            if mine is None:
                if fold(row["name"]) in names:
                    self.aside(
                        "networks",
                        row,
                        row["name"],
                        _(
                            "un autre réseau porte déjà ce nom ici ; renommez l'un des deux, "
                            "puis fusionnez à nouveau"
                        ),
                    )
                    continue
                names[fold(row["name"])] = row["name"]
                self.add("networks", row)
                continue
            self.settle_by_filling("networks", row, mine, row["name"])

    def members(self) -> None:
        """Settle the file's people, matched by id then by e-mail; a match fills what is blank
        here, anyone else is added."""
        rows = self.data.of("members")
        found = fetch_by_id(self.db, "members", [r["id"] for r in rows])
        by_email = policies.members_by_email(self.db)
        for row in rows:
            mine = found.get(row["id"])
            if mine is None and row["email"]:
                mine = by_email.get(row["email"].strip().casefold())
                if mine is not None:
                    self.idmap[row["id"]] = mine["id"]
            if mine is None:
                self.add("members", row)
                if row["email"]:
                    by_email[row["email"].strip().casefold()] = row
                continue
            self.settle_by_filling("members", row, mine, row["name"])

    def settle_by_filling(self, name: str, row: Row, mine: Row, what: str) -> None:
        """People and networks: fill what the target leaves blank, keep the rest as is."""
        fill, differ = policies.fill_blanks(row, mine, LOCAL.get(name, frozenset()))
        if fill:
            self.change(name, mine["id"], fill)
        elif differ:
            self.aside(name, row, what, policies.kept_here(differ), whole=False)
        else:
            self.same(name)

    def table(self, name: str) -> None:
        """Settle every row of table ``name``, with the table's own rule when it has one."""
        rows = [self.remap(name, r) for r in self.data.of(name)]
        rows = [r for r in rows if not self.inherited_aside(name, r)]
        found = fetch_by_id(self.db, name, [r["id"] for r in rows])
        keyed = self.natural(name, rows)
        handler = getattr(self, f"settle_{name}", None)
        for row in rows:
            mine = found.get(row["id"])
            if mine is None and name in NATURAL_KEYS:
                mine = keyed.get(tuple(row[c] for c in NATURAL_KEYS[name]))
                if mine is not None:
                    self.idmap[row["id"]] = mine["id"]
            if handler is not None:
                handler(row, mine)
            elif mine is None:
                self.add(name, row)
            else:
                self.settle(name, row, mine)

    def natural(self, name: str, rows: list[Row]) -> dict[tuple[Any, ...], Row]:
        """The target's rows that are the same fact as some of ``rows`` whatever their id, by
        natural key (a membership, an attendance…); empty for the other tables."""
        if name not in NATURAL_KEYS:
            return {}
        columns = NATURAL_KEYS[name]
        parents = {r[columns[0]] for r in rows}
        return {
            tuple(t[c] for c in columns): t for t in fetch_by(self.db, name, columns[0], parents)
        }

    def settle(self, name: str, row: Row, mine: Row) -> None:
        """A row both stores hold: the file's wins only within a session it brings further."""
        differ = policies.differences(row, mine, LOCAL.get(name, frozenset()) | {"id"})
        if (
            not differ
            or row["id"] in self.data.redacted
            or policies.is_redaction_of(name, row, differ)
        ):
            self.same(name)
        elif self.session_of(name, row) in self.advanced or policies.is_redaction_of(
            name, mine, differ
        ):  # the file's session went further, or it has the whole text where ours is withheld
            self.change(name, mine["id"], {c: row[c] for c in differ})
        else:
            what = policies.describe(name, row)
            self.aside(name, row, what, policies.kept_here(differ), whole=False)

    def session_of(self, name: str, row: Row) -> uuid.UUID | None:
        """The session a row belongs to (directly or through its item or topic), if any."""
        if "meeting_id" in row:
            value: uuid.UUID | None = row["meeting_id"]
            return value
        for column in ("item_id", "topic_id"):
            if column in row:
                return self.meeting_of.get(row[column])
        return None

    # -- tables with rules of their own ----------------------------------------------------

    def settle_memberships(self, row: Row, mine: Row | None) -> None:
        """Add a new membership with a free tile; a known one never ends here because the file
        says the person left."""
        if mine is None:
            policies.give_tile(self, row)
            self.add("memberships", row)
            return
        if mine["left_on"] is None and row["left_on"] is not None:
            row = dict(row, left_on=None)  # a merge never takes anyone out of a network
            self.plan.report.notes.append(policies.stays_member(self.db, row))
        self.settle("memberships", row, mine)

    def settle_meetings(self, row: Row, mine: Row | None) -> None:
        """Settle a session by the rules of ``policies.settle_meeting`` (more advanced wins,
        running is kept aside)."""
        policies.settle_meeting(self, row, mine)

    def settle_repertoire_entries(self, row: Row, mine: Row | None) -> None:
        """Settle an entry by ``policies.settle_entry``: edited on both sides, both texts kept."""
        policies.settle_entry(self, row, mine)

    def settle_entry_revisions(self, row: Row, mine: Row | None) -> None:
        """Add an earlier version of an entry unless that very text is already kept here."""
        if mine is not None:
            self.same("entry_revisions")
        elif self.revisions.knows(row):
            self.idmap[row["id"]] = row["id"]
            self.same("entry_revisions")
        else:
            self.revisions.learn(row)
            self.add("entry_revisions", row)


def plan_merge(db: Connection, data: Slice, source: str, *, dry_run: bool = False) -> Plan:
    """What bringing ``data`` into the store ``db`` reads would do; nothing is written."""
    return Planner(db, data, source, dry_run).run()


def apply_plan(db: Connection, plan: Plan) -> None:
    """Write ``plan`` in ``db``'s current transaction (the caller commits or rolls back)."""
    for name in ORDER:
        own = table(name)
        rows = plan.inserts.get(name, [])
        if name == "agenda_items":
            rows = policies.parents_first(rows)
        if rows:
            db.execute(insert(own), rows)
        for target_id, values in plan.updates.get(name, []):
            db.execute(update(own).where(own.c.id == target_id).values(**values))
