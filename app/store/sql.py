"""SQL that differs between SQLite and PostgreSQL, in one place.

The core writes its queries with SQLAlchemy; where the two backends need different SQL for
the same meaning, a construct here is compiled per dialect (``@compiles``), so no query of
the core names a SQLite-only function (``strftime``, ``julianday``) or a PostgreSQL-only
one. Every construct gives the same figures on both backends (tests/test_portable_sql.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

# A stored instant: a mapped column or an expression (coalesce…) of them.
Instant = ColumnElement[datetime] | QueryableAttribute[datetime]


class epoch_seconds(FunctionElement[float]):
    """Seconds since 1970-01-01 of a stored instant (naive UTC), exact to the microsecond.

    Subtracting two of them gives a duration in seconds; summing those is how the core adds
    up speaking time in SQL.
    """

    type = Float()
    name = "epoch_seconds"
    inherit_cache = True


@compiles(epoch_seconds)
def _epoch_seconds_sqlite(element: epoch_seconds, compiler: SQLCompiler, **kw: Any) -> str:
    # Instants are stored as "YYYY-MM-DD HH:MM:SS.ffffff": whole seconds from strftime
    # (an integer, exact) plus the fraction as text. julianday() would lose tens of µs, and
    # strftime keeps milliseconds only: given the fraction, it rounds 23:59:59.999999 up to
    # the next day, so it reads the first 19 characters only.
    column = compiler.process(element.clauses, **kw)
    return (
        f"(CAST(strftime('%s', substr({column}, 1, 19)) AS INTEGER)"
        f" + CAST(substr({column}, 20) AS REAL))"
    )


@compiles(epoch_seconds, "postgresql")
def _epoch_seconds_postgresql(element: epoch_seconds, compiler: SQLCompiler, **kw: Any) -> str:
    # A timestamp without time zone holds the naive UTC instant: its epoch is the nominal one.
    column = compiler.process(element.clauses, **kw)
    return f"CAST(EXTRACT(EPOCH FROM {column}) AS DOUBLE PRECISION)"


def seconds_between(start: Instant, end: Instant) -> ColumnElement[float]:
    """``end - start`` in seconds, for two stored instants (a column or an expression)."""
    return epoch_seconds(end) - epoch_seconds(start)
