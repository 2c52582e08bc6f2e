"""Time arithmetic in SQL, compiled for each backend (SQLite and PostgreSQL).

SQLite stores instants as text and subtracts them with ``julianday``; PostgreSQL subtracts
timestamps into an interval. Queries write ``seconds_between(start, end)`` and SQLAlchemy
compiles the backend's own form, so no SQLite-only function reaches a server.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Float
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import SQLCoreOperations
from sqlalchemy.sql.functions import FunctionElement

Instant = SQLCoreOperations[datetime] | SQLCoreOperations[datetime | None]


class seconds_between(FunctionElement[float]):
    """Seconds from the first instant to the second, as a float (negative if earlier)."""

    type = Float()
    inherit_cache = True
    name = "seconds_between"

    def __init__(self, start: Instant, end: Instant) -> None:
        super().__init__(start, end)


def _operands(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> tuple[str, str]:
    start, end = list(element.clauses)
    return compiler.process(start, **kw), compiler.process(end, **kw)


@compiles(seconds_between)
def _interval(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    """PostgreSQL (and any backend with interval arithmetic)."""
    start, end = _operands(element, compiler, **kw)
    return f"EXTRACT(EPOCH FROM ({end} - {start}))"


@compiles(seconds_between, "sqlite")
def _julian(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = _operands(element, compiler, **kw)
    return f"((julianday({end}) - julianday({start})) * 86400.0)"
