"""What of a network's slice leaves the laptop: the confidentiality rule, asked for a reader.

Nothing is decided here: every choice asks ``app.confidentiality`` (the same rule as the
minutes). For a reader who may not see a confidential co-development case:

- the case's agenda item keeps its method and duration; its title becomes « Cas n° N
  (confidentiel) », its narrative (notes) is blanked, its contract and action plan too unless
  the client agreed to share them with the group;
- who was client is withheld: the item's roles are left out, speaking turns in it lose their
  role, the chosen proposal that named the client is left out;
- a session holding such a case loses its own title and notes (facilitators name sessions
  after the case);
- every capture the reader may not see (``sees_entry``) is left out with its authors and
  revisions.

Rows whose text was blanked are listed in ``Slice.redacted``: a store that holds them whole
keeps its own text when the slice is merged into it.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable

from app.confidentiality import (
    Case,
    Part,
    Reader,
    case_numbers,
    item_title,
    sees_case,
    sees_client,
    sees_entry,
    sees_part,
    session_title,
)
from app.exchange.rows import Row, Slice
from models import EntryKind, Role


def redact(data: Slice, reader: Reader) -> Slice:
    """``data`` as ``reader`` may receive it (a new slice; ``data`` is left as it was)."""
    out = Slice(rows={name: [dict(row) for row in rows] for name, rows in data.rows.items()})
    out.redacted = set(data.redacted)
    out.withheld = dict(data.withheld)
    cases = {
        row["id"]: Case.of(row["confidential"], row["consent"]) for row in out.of("agenda_items")
    }
    hidden_items = {item for item, case in cases.items() if not sees_client(reader, case)}
    _redact_items(out, reader, cases)
    _redact_meetings(out, reader, cases)
    _drop(out, "item_roles", lambda row: row["item_id"] in hidden_items)
    _drop(out, "case_proposals", lambda row: row["chosen_item_id"] in hidden_items)
    for turn in out.of("speaking_turns"):
        if turn["item_id"] in hidden_items and turn["role"] != Role.PARTICIPANT:
            turn["role"] = Role.PARTICIPANT
            out.redacted.add(turn["id"])
    hidden_entries = {
        row["id"]
        for row in out.of("repertoire_entries")
        if not sees_entry(
            reader, row["confidential"], EntryKind(row["kind"]), cases.get(row["origin_item_id"])
        )
    }
    _drop(out, "repertoire_entries", lambda row: row["id"] in hidden_entries)
    _drop(out, "entry_authors", lambda row: row["entry_id"] in hidden_entries)
    _drop(out, "entry_revisions", lambda row: row["entry_id"] in hidden_entries)
    return out


def _redact_items(out: Slice, reader: Reader, cases: dict[uuid.UUID, Case]) -> None:
    by_meeting: dict[uuid.UUID, list[Row]] = defaultdict(list)
    for item in out.of("agenda_items"):
        by_meeting[item["meeting_id"]].append(item)
    for items in by_meeting.values():
        items.sort(key=lambda row: row["position"])
        numbers = case_numbers(
            (row["id"], not sees_case(reader, cases[row["id"]])) for row in items
        )
        for item in items:
            case = cases[item["id"]]
            if not case.confidential or sees_client(reader, case):
                continue
            before = dict(item)
            item["title"] = item_title(reader, item["title"], case, numbers.get(item["id"], 0))
            item["notes"] = ""
            if not sees_part(reader, case, Part.CONTRACT):
                item["contract"] = ""
            if not sees_part(reader, case, Part.ACTION_PLAN):
                item["action_plan"] = ""
            if item != before:
                out.redacted.add(item["id"])


def _redact_meetings(out: Slice, reader: Reader, cases: dict[uuid.UUID, Case]) -> None:
    held: dict[uuid.UUID, list[Case]] = defaultdict(list)
    for item in out.of("agenda_items"):
        held[item["meeting_id"]].append(cases[item["id"]])
    for meeting in out.of("meetings"):
        title = session_title(reader, meeting["title"], held[meeting["id"]])
        if title != meeting["title"]:
            meeting["title"] = title
            meeting["notes"] = ""
            out.redacted.add(meeting["id"])


def _drop(out: Slice, name: str, withheld: Callable[[Row], bool]) -> None:
    keep: list[Row] = []
    dropped = 0
    for row in out.of(name):
        if withheld(row):
            dropped += 1
        else:
            keep.append(row)
    out.rows[name] = keep
    if dropped:
        out.withheld[name] = out.withheld.get(name, 0) + dropped
