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


# Stored instants are "YYYY-MM-DD HH:MM:SS.ffffff" text on SQLite. Whole seconds come from
# julianday() of the first 19 characters, rounded: its double is within ~20 µs of the exact
# day number, so the rounding is exact, and it parses about 20 % faster than strftime('%s')
# (which keeps milliseconds only, and given the fraction rounds 23:59:59.999999 up to the
# next day). The fraction is read as text.
_JULIAN_EPOCH = 2440587.5  # the Julian day of 1970-01-01 00:00:00


def _whole_sqlite(column: str) -> str:
    return f"julianday(substr({column}, 1, 19))"


def _fraction_sqlite(column: str) -> str:
    return f"CAST(substr({column}, 20) AS REAL)"


@compiles(epoch_seconds)
def _epoch_seconds_sqlite(element: epoch_seconds, compiler: SQLCompiler, **kw: Any) -> str:
    column = compiler.process(element.clauses, **kw)
    return (
        f"(CAST(ROUND(({_whole_sqlite(column)} - {_JULIAN_EPOCH}) * 86400) AS INTEGER)"
        f" + {_fraction_sqlite(column)})"
    )


@compiles(epoch_seconds, "postgresql")
def _epoch_seconds_postgresql(element: epoch_seconds, compiler: SQLCompiler, **kw: Any) -> str:
    # A timestamp without time zone holds the naive UTC instant: its epoch is the nominal one.
    column = compiler.process(element.clauses, **kw)
    return f"CAST(EXTRACT(EPOCH FROM {column}) AS DOUBLE PRECISION)"


class seconds_between(FunctionElement[float]):
    """``end - start`` in seconds, for two stored instants (a column or an expression).

    Whole seconds and fractions are subtracted apart, so that a duration is exact to the
    microsecond: two epochs (~1.7e9 s) subtracted as doubles would each carry ~0.2 µs of
    rounding, and a sum over thousands of turns would drift by a microsecond or more.
    """

    type = Float()
    name = "seconds_between"
    inherit_cache = True

    def __init__(self, start: Instant, end: Instant) -> None:
        super().__init__(start, end)


@compiles(seconds_between)
def _seconds_between_sqlite(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = (compiler.process(clause, **kw) for clause in element.clauses)
    return (
        f"(ROUND(({_whole_sqlite(end)} - {_whole_sqlite(start)}) * 86400)"
        f" + ({_fraction_sqlite(end)} - {_fraction_sqlite(start)}))"
    )


@compiles(seconds_between, "postgresql")
def _seconds_between_postgresql(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    # The interval's epoch is exact (numeric), then rounded once to a double.
    start, end = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"CAST(EXTRACT(EPOCH FROM ({end} - {start})) AS DOUBLE PRECISION)"
