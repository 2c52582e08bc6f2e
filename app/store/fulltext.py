"""Full-text matching of the repertoire, per backend, behind one interface.

SQLite: the FTS5 table of migration 0004 (``unicode61 remove_diacritics 2``, prefixes of 2
and 3 letters indexed). PostgreSQL: the ``search_vector`` column of migration 0007, a
stored ``tsvector`` over title (weight A), tags (B) and body (C), each twice: with the
``cercle_fr`` configuration (unaccent, then the French Snowball stemmer: « décisions » finds
« décision ») and with ``cercle_simple`` (unaccent only, so a word typed half-way still
finds the whole word: « organisati » finds « organisation », which the stemmer would cut
to « organis »). A GIN index serves ``@@``.

Both take the same words (``query_words``): letters and digits only, never the user's
syntax, so that any typed text is a valid query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Float, bindparam, func, literal, literal_column, select, table
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter, ColumnClause, ColumnElement
from sqlalchemy.sql.selectable import FromClause

from models import RepertoireEntry
from models.repertoire import FTS_TABLE, SEARCH_VECTOR

HIGHLIGHT = ("\x02", "\x03")  # around matched words in a snippet; never typed by anyone
SNIPPET_WORDS = 16
MAX_WORDS = 12
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Words:
    """What a person typed, as words to find; ``typing``: the last one is a prefix."""

    words: tuple[str, ...]
    typing: bool


def query_words(text: str) -> Words | None:
    """The words of any typed text, or None when there is nothing to find.

    Quotes, ``*``, ``-``, parentheses, operators and a lone ``"`` are dropped; ``OR`` or
    ``NEAR`` are words like any other. All words must match; the last one is a prefix while
    it is being typed (no space after it), from two letters on.
    """
    words = _WORD.findall(text)
    typing = not text[-1:].isspace()
    if words and typing and len(words[-1]) < 2:
        words = words[:-1]  # one letter matches everything: wait for the next one
    if len(words) > MAX_WORDS:
        # A pasted paragraph: its first distinct words find it, and FTS5 takes seconds per
        # hundred repeated terms (measured: 450 words, 48 s on a 100-entry repertoire).
        words = list(dict.fromkeys(w.casefold() for w in words))[:MAX_WORDS]
        typing = False
    if not words:
        return None
    return Words(tuple(words), typing)


def fts_query(text: str) -> str | None:
    """Any text a person types as a safe FTS5 query (every word quoted), or None."""
    found = query_words(text)
    if found is None:
        return None
    quoted = [f'"{w}"' for w in found.words]
    if found.typing:
        quoted[-1] += "*"
    return " ".join(quoted)


@dataclass(frozen=True)
class Match:
    """The pieces a search adds to its query: a FROM with the index, the condition, the
    relevance order (best first), the newest-first order, and the body's snippet."""

    source: FromClause
    counted: FromClause  # the least to read to count the matches
    condition: ColumnElement[bool]
    relevance: tuple[ColumnElement[Any], ...]
    newest: tuple[ColumnElement[Any], ...]
    snippet: ColumnElement[str]
    marks_ellipsis: bool  # the snippet already says « … » where it cuts the body

    def count(self, db: Session, cap: int) -> int:
        """How many entries match, deleted or not (what ranking would cost), up to ``cap``:
        counting stops there, so a common word costs no more than a rare one."""
        matches = select(literal(1)).select_from(self.counted).where(self.condition).limit(cap)
        return db.scalar(select(func.count()).select_from(matches.subquery())) or 0


def match(dialect: str, words: Words) -> Match:
    """The full-text pieces for ``words`` on the backend named ``dialect``."""
    if dialect == "postgresql":
        return _postgresql(words)
    return _sqlite(words)


def _sqlite(words: Words) -> Match:
    quoted = [f'"{w}"' for w in words.words]
    if words.typing:
        quoted[-1] += "*"
    fts = table(FTS_TABLE)
    index: ColumnClause[Any] = literal_column(FTS_TABLE)
    entries = RepertoireEntry.__table__
    rowid: ColumnClause[Any] = literal_column(f"{FTS_TABLE}.rowid")
    source = fts.join(entries, literal_column("repertoire_entries.rowid") == rowid)
    opening, closing = HIGHLIGHT
    return Match(
        source=source,
        counted=fts,
        condition=index.op("MATCH")(bindparam("fts_query", " ".join(quoted))),
        relevance=(func.bm25(index, 8.0, 2.0, 4.0),),
        # Nothing after the rowid: FTS5 then hands rows over newest first, with no sort.
        newest=(rowid.desc(),),
        snippet=func.snippet(index, 1, opening, closing, "…", SNIPPET_WORDS),
        marks_ellipsis=True,
    )


FRENCH: ColumnClause[Any] = literal_column("'cercle_fr'::regconfig")
SIMPLE: ColumnClause[Any] = literal_column("'cercle_simple'::regconfig")
# ts_rank's weights for D, C, B, A: body (C) 2, tags (B) 4, title (A) 8 — FTS5's bm25 ones.
WEIGHTS: ColumnClause[Any] = literal_column("'{0, 0.25, 0.5, 1}'::float4[]")


def _lexeme(word: str, prefix: bool) -> str:
    # A word holds letters, digits and underscores only (\w+): quoting it makes it one
    # operand of to_tsquery, whatever it spells (« OR », « & », « ! »…).
    return f"'{word}'" + (":*" if prefix else "")


def _postgresql(words: Words) -> Match:
    entries = RepertoireEntry.__table__
    vector: ColumnClause[Any] = literal_column(f"repertoire_entries.{SEARCH_VECTOR}")
    query: ColumnElement[Any] | None = None
    marks: ColumnElement[Any] | None = None
    last = len(words.words) - 1
    for i, word in enumerate(words.words):
        exact: BindParameter[str] = bindparam(f"ts{i}", _lexeme(word, words.typing and i == last))
        prefix: BindParameter[str] = bindparam(f"tp{i}", _lexeme(word, True))
        # Either the stemmed word or the word itself (stop words and half-typed words).
        term = func.to_tsquery(FRENCH, exact).op("||")(func.to_tsquery(SIMPLE, exact))
        query = term if query is None else query.op("&&")(term)
        # Highlighting reads the body word by word (cercle_simple): the stem as a prefix
        # marks « décision » for « décisions ».
        mark = func.to_tsquery(FRENCH, prefix).op("||")(func.to_tsquery(SIMPLE, exact))
        marks = mark if marks is None else marks.op("||")(mark)
    assert query is not None and marks is not None  # query_words never gives no words
    opening, closing = HIGHLIGHT
    options = (
        f"StartSel={opening}, StopSel={closing}, MaxFragments=1, MaxWords={SNIPPET_WORDS}, "
        f"MinWords={SNIPPET_WORDS // 2}, ShortWord=1"
    )
    return Match(
        source=entries,
        counted=entries,
        condition=vector.op("@@")(query),
        relevance=(
            func.ts_rank(WEIGHTS, vector, query, type_=Float).desc(),
            entries.c.created_at.desc(),
        ),
        newest=(entries.c.created_at.desc(),),
        snippet=func.ts_headline(SIMPLE, entries.c.body, marks, options),
        # Forcing the GIN index (enable_seqscan off) was measured: faster for one query on
        # 20,000 entries, equal or slower for most on 100,000. The planner chooses.
        marks_ellipsis=False,
    )


def with_ellipsis(snippet: str, body: str) -> str:
    """« … » where ``snippet`` cuts ``body`` (PostgreSQL's headline does not say it)."""
    plain = snippet.replace(HIGHLIGHT[0], "").replace(HIGHLIGHT[1], "")
    at = body.find(plain)
    if at < 0 or not plain:
        return snippet
    return (
        ("…" if body[:at].strip() else "")
        + snippet
        + ("…" if body[at + len(plain) :].strip() else "")
    )
