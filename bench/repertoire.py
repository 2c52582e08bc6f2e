"""Benchmark of the repertoire: search as you type and capture, on 100,000 entries.

Prints figures, gates nothing. The entries are varied French sentences of the field
(``app.synthetic``), indexed by the FTS5 triggers as they are inserted.

    .venv/bin/python -m bench.repertoire [--entries 100000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from app.planning import create_network
from app.repertoire import capture
from app.repertoire_search import search
from app.store import open_store
from app.synthetic import fill_repertoire
from bench.engine import percentile
from models import EntryKind

QUERIES = {
    "one word": ["fournisseur", "qualité", "métrologie", "audit", "réseau", "incidents"],
    "prefix (as typed)": ["f", "fo", "fou", "four", "fourn", "codév", "aud", "tra", "pl", "ca"],
    "two words": [
        "audit fournisseur",
        "retour expérience",
        "plan action",
        "grille audit",
        "causes racines",
        "charte réseau",
    ],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    now = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.sqlite3")
        start = time.perf_counter()
        with store.transaction() as db:
            network = create_network(db, "Réseau de mesure", now)
            network_id = network.id
            fill_repertoire(db, network_id, args.entries, random.Random(5), now)
        filled = time.perf_counter() - start
        figures = {}
        with store.session() as db:
            for label, queries in QUERIES.items():
                samples = []
                for _ in range(args.rounds):
                    for query in queries:
                        t0 = time.perf_counter()
                        search(db, query)
                        samples.append((time.perf_counter() - t0) * 1000)
                figures[label] = samples
        inserts = []
        rng = random.Random(9)
        for n in range(300):
            t0 = time.perf_counter()
            with store.transaction() as db:
                capture(
                    db,
                    network_id=network_id,
                    kind=EntryKind.PRACTICE,
                    title=f"Nouvelle pratique {n} {rng.random():.6f}",
                    body="Le réseau relit sa charte chaque trimestre.",
                    now=now,
                )
            inserts.append((time.perf_counter() - t0) * 1000)
        size = (Path(folder) / "bench.sqlite3").stat().st_size
        store.close()
    print(
        f"Repertoire of {args.entries:,} entries ({size / 2**20:.0f} MiB, filled in {filled:.1f} s)"
    )
    print(f"{'figure':44} {'median':>9} {'p95':>9} {'p99':>9} {'target':>12}")
    for label, samples in figures.items():
        print(
            f"{'search, ' + label:44} {statistics.median(samples):7.2f}ms "
            f"{percentile(samples, 0.95):7.2f}ms {percentile(samples, 0.99):7.2f}ms "
            f"{'p95 < 30 ms':>12}"
        )
    print(
        f"{'capture one entry (FTS triggers + commit)':44} {statistics.median(inserts):7.2f}ms "
        f"{percentile(inserts, 0.95):7.2f}ms {percentile(inserts, 0.99):7.2f}ms "
        f"{'p99 < 10 ms':>12}"
    )


if __name__ == "__main__":
    main()
