"""full-text search of the repertoire (FTS5, external content, triggers); newest-first index

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

The index reads ``repertoire_entries`` by rowid. Two things would silently desynchronise
it, so any later migration or maintenance must end with
``INSERT INTO repertoire_fts(repertoire_fts) VALUES ('rebuild')``:
- a batch migration that recreates ``repertoire_entries`` (new rowids, triggers dropped —
  recreate the triggers below too);
- ``VACUUM`` (it may renumber the rowids of a table without an INTEGER PRIMARY KEY).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = (
    """CREATE TRIGGER repertoire_fts_ai AFTER INSERT ON repertoire_entries BEGIN
        INSERT INTO repertoire_fts(rowid, title, body, tags)
        VALUES (new.rowid, new.title, new.body, new.tags);
    END""",
    """CREATE TRIGGER repertoire_fts_ad AFTER DELETE ON repertoire_entries BEGIN
        INSERT INTO repertoire_fts(repertoire_fts, rowid, title, body, tags)
        VALUES ('delete', old.rowid, old.title, old.body, old.tags);
    END""",
    """CREATE TRIGGER repertoire_fts_au AFTER UPDATE OF title, body, tags
        ON repertoire_entries BEGIN
        INSERT INTO repertoire_fts(repertoire_fts, rowid, title, body, tags)
        VALUES ('delete', old.rowid, old.title, old.body, old.tags);
        INSERT INTO repertoire_fts(rowid, title, body, tags)
        VALUES (new.rowid, new.title, new.body, new.tags);
    END""",
)


def upgrade() -> None:
    # FTS5 is SQLite's: on PostgreSQL the search index (tsvector, unaccent, GIN) comes in a
    # later revision of its own.
    if op.get_bind().dialect.name == "sqlite":
        _full_text_index()
    # "The latest entries" (nothing typed yet) without sorting the whole table.
    op.create_index(
        "ix_repertoire_entries_created_at", "repertoire_entries", ["created_at"], unique=False
    )


def _full_text_index() -> None:
    op.execute(
        """CREATE VIRTUAL TABLE repertoire_fts USING fts5(
            title, body, tags,
            content='repertoire_entries', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2',
            prefix='2 3'
        )"""
    )
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute("INSERT INTO repertoire_fts(repertoire_fts) VALUES ('rebuild')")


def downgrade() -> None:
    op.drop_index("ix_repertoire_entries_created_at", table_name="repertoire_entries")
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("repertoire_fts_ai", "repertoire_fts_ad", "repertoire_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS repertoire_fts")
