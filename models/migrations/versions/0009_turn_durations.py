"""each speaking turn's length stored by the database; the health index names the entry

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25

The health page sums every closed session's speaking time per member. Computing each turn's
length from its two instants is most of that reading's cost (two date parses a turn, about
100,000 turns in a five-year network), so the database keeps it:

- ``speaking_turns.duration_seconds``: a generated column, ``ended_at - started_at`` in
  seconds (0 while the turn runs), exact to the microsecond; the very expression
  ``app.store.sql.seconds_between`` compiles to on each backend (tests/test_portable_sql.py
  checks they agree turn by turn). Generated, it is right whatever writes the turn — a
  command, undo and redo, a correction, a merge, this migration for the turns already there
  — and nothing in the application writes it. VIRTUAL on SQLite (``ALTER TABLE`` can add no
  STORED column; the index below stores the values), STORED on PostgreSQL (which has no
  virtual columns before version 18). Not a mapped column: like the search vector of 0007,
  the ORM, the undo journal and the exchange never see it (``models.include_name``).
- ``ix_speaking_turns_duration`` on (meeting_id, member_id, started_at, duration_seconds):
  the sums per session and member in the index's order.
- ``ix_repertoire_entries_health`` gains ``id`` last, so that the authorship counts join the
  authors from the index alone, without reading each entry's row (title, body…).
"""

from collections.abc import Sequence

from alembic import op

from models.meeting import TURN_DURATION, TURN_DURATION_INDEX

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_END = "coalesce(ended_at, started_at)"
# app.store.sql.seconds_between(started_at, coalesce(ended_at, started_at)), frozen here.
SQLITE = (
    f"(ROUND((julianday(substr({_END}, 1, 19)) - julianday(substr(started_at, 1, 19))) * 86400)"
    f" + (CAST(substr({_END}, 20) AS REAL) - CAST(substr(started_at, 20) AS REAL)))"
)
POSTGRESQL = f"CAST(EXTRACT(EPOCH FROM ({_END} - started_at)) AS DOUBLE PRECISION)"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        column = f"{TURN_DURATION} DOUBLE PRECISION GENERATED ALWAYS AS ({POSTGRESQL}) STORED"
    else:
        column = f"{TURN_DURATION} REAL GENERATED ALWAYS AS ({SQLITE}) VIRTUAL"
    op.execute(f"ALTER TABLE speaking_turns ADD COLUMN {column}")
    op.execute(
        f"CREATE INDEX {TURN_DURATION_INDEX} ON speaking_turns"
        f" (meeting_id, member_id, started_at, {TURN_DURATION})"
    )
    op.drop_index("ix_repertoire_entries_health", table_name="repertoire_entries")
    op.create_index(
        "ix_repertoire_entries_health",
        "repertoire_entries",
        ["network_id", "kind", "created_at", "deleted_at", "id"],
    )


def downgrade() -> None:
    op.drop_index("ix_repertoire_entries_health", table_name="repertoire_entries")
    op.create_index(
        "ix_repertoire_entries_health",
        "repertoire_entries",
        ["network_id", "kind", "created_at", "deleted_at"],
    )
    op.execute(f"DROP INDEX {TURN_DURATION_INDEX}")
    op.execute(f"ALTER TABLE speaking_turns DROP COLUMN {TURN_DURATION}")
