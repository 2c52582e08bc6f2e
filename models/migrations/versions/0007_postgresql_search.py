"""full-text search of the repertoire on PostgreSQL: unaccent, French stemming, GIN index

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

PostgreSQL only; nothing happens on SQLite (FTS5, revision 0004, serves it).

- ``unaccent`` (a contrib extension, "trusted" since PostgreSQL 13: a role that may create
  objects in the database may install it). When it is missing and cannot be created, the
  migration stops with ``SearchExtensionError`` before changing anything; the store says
  what the administrator must run.
- Two text search configurations built on it: ``cercle_fr`` (unaccent, then the French
  Snowball stemmer) and ``cercle_simple`` (unaccent only). Putting unaccent in the
  configuration, rather than calling it in an IMMUTABLE wrapper around the text, keeps
  ``to_tsvector(regconfig, text)`` immutable (indexable) *and* lets ``ts_headline`` mark the
  accented words of the original text.
- ``repertoire_entries.search_vector``: a stored generated ``tsvector`` (title A, tags B,
  body C; each through both configurations), so ranking reads it instead of parsing every
  match again; a GIN index on it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.repertoire import SEARCH_VECTOR, SearchExtensionError

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# name: (configuration copied, dictionary after unaccent for words with non-ASCII letters;
# ASCII-only words keep the copied mapping: french_stem, or simple).
CONFIGURATIONS = {"cercle_fr": ("french", "french_stem"), "cercle_simple": ("simple", "simple")}
WEIGHTS = {"title": "A", "tags": "B", "body": "C"}


# PostgreSQL's parser reads « achats/qualité » as one file path, « a.b@x.fr » as an e-mail,
# « www.x.fr/page » as a URL: none of their words would be found. FTS5 splits on every
# character that is not a letter or a digit; these become spaces before parsing (hyphenated
# words are indexed whole and by part already). Not a regular expression: under the C
# locale, [[:alnum:]] knows no accented letter.
SEPARATORS = "/\\@.:+~=#?&%<>|*^$"


def _vector() -> str:
    spaces = " " * len(SEPARATORS)
    parts = [
        f"setweight(to_tsvector('{config}'::regconfig, "
        f"translate(coalesce({column}, ''), '{SEPARATORS}', '{spaces}')), '{weight}')"
        for column, weight in WEIGHTS.items()
        for config in CONFIGURATIONS
    ]
    return " || ".join(parts)


def _unaccent(bind: sa.Connection) -> None:
    if bind.scalar(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")):
        return
    available = bool(
        bind.scalar(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'"))
    )
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS unaccent"))
    except sa.exc.DBAPIError as error:
        raise SearchExtensionError("unaccent", available) from error


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    _unaccent(bind)
    for name, (copied, dictionary) in CONFIGURATIONS.items():
        op.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {copied})")
        op.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}"
        )
    op.execute(
        f"ALTER TABLE repertoire_entries ADD COLUMN {SEARCH_VECTOR} tsvector "
        f"GENERATED ALWAYS AS ({_vector()}) STORED"
    )
    op.execute(
        f"CREATE INDEX ix_repertoire_entries_{SEARCH_VECTOR} "
        f"ON repertoire_entries USING gin ({SEARCH_VECTOR})"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS ix_repertoire_entries_{SEARCH_VECTOR}")
    op.execute(f"ALTER TABLE repertoire_entries DROP COLUMN IF EXISTS {SEARCH_VECTOR}")
    for name in CONFIGURATIONS:
        op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
    # unaccent stays: other schemas of the database may use it.
