"""The benchmark's databases, built once in .bench/ and reused by every run.

Each is built under a ``.partial`` name and renamed once whole and closed, so that a build
stopped half-way is never taken for a finished database."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app.methods import MethodCatalogue, load_methods
from app.planning import create_network
from app.store import Store, open_store
from app.synthetic import Scale, fill_repertoire, generate

CACHE = Path(".bench")


def built(name: str, fill: Callable[[Store], None]) -> Path:
    """``.bench/NAME.sqlite3``, filled by ``fill`` the first time it is asked for."""
    path = CACHE / f"{name}.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = CACHE / f"{name}.partial.sqlite3"
        partial.unlink(missing_ok=True)
        with open_store(partial) as store:
            fill(store)
        partial.rename(path)  # closed: its journal is checkpointed, the file is whole
    return path


def generated(
    name: str, scale: Scale, methods: MethodCatalogue | None = None, seed: int = 2026
) -> Path:
    """A synthetic organisation of ``scale`` (app.synthetic), built once."""
    catalogue = methods or load_methods()
    return built(name, lambda store: generate(store, scale, catalogue, seed=seed))


def repertoire(entries: int) -> Path:
    """One network whose repertoire holds ``entries`` entries, built once."""

    def fill(store: Store) -> None:
        now = datetime(2026, 3, 12, tzinfo=UTC)
        with store.transaction() as db:
            network = create_network(db, "Réseau de mesure", now)
            fill_repertoire(db, network.id, entries, random.Random(5), now)

    return built(f"repertoire-{entries // 1000}k", fill)
