"""Merge time of a five-year network into an organisation database (issue 19).

The five-year network is the benchmark's large database (one network, 30 members, monthly
3-hour sessions: ~100,000 turns, ~15,000 entries). The organisation database already holds
other networks (generated once, cached in .bench/). Measured: writing the exchange file, the
preview, the first merge (everything added) and a second merge of the same file (everything
identical, nothing written). The backend is named beside each figure.

    python -m bench.exchange [--large FILE] [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from app.exchange.service import export_network, merge_file, network_names
from app.methods import MethodCatalogue, load_methods
from app.store import open_store
from app.synthetic import Scale
from bench.cache import generated

NOW = datetime(2026, 11, 25, tzinfo=UTC)


def merge_target_database(methods: MethodCatalogue) -> Path:
    """Four smaller networks of one year each: the organisation the network joins."""
    scale = Scale(networks=4, years=1, members=(8, 25), turns_per_session=300)
    return generated("merge-target", scale, methods, seed=19)


def measure(large: Path, organisation: Path, runs: int) -> list[tuple[str, str, str, str]]:
    """The table's rows: (figure, measured, target, note)."""
    exports: list[float] = []
    previews: list[float] = []
    firsts: list[float] = []
    seconds: list[float] = []
    rows = 0
    size = 0.0
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "reseau.cercle"
        source = Path(folder) / "source.sqlite3"
        shutil.copy(large, source)
        with open_store(source) as store:
            network_id = next(iter(network_names(store)))
            for _ in range(runs):
                t0 = time.perf_counter()
                result = export_network(store, network_id, out, NOW)
                exports.append(time.perf_counter() - t0)
                rows, size = result.rows, out.stat().st_size / 2**20
        for run in range(runs):
            target = Path(folder) / f"org-{run}.sqlite3"
            shutil.copy(organisation, target)
            with open_store(target) as org:
                t0 = time.perf_counter()
                merge_file(org, out, dry_run=True)
                previews.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                first = merge_file(org, out)
                firsts.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                again = merge_file(org, out)
                seconds.append(time.perf_counter() - t0)
                assert first.added > 0 and not again.changes_anything
            target.unlink()
    note = f"SQLite; {rows:,} rows, file {size:.0f} MiB"
    return [
        ("exchange file of a five-year network, written", _s(exports), "", note),
        ("merge preview into an organisation database", _s(previews), "", "SQLite"),
        ("merge into an organisation database (all added)", _s(firsts), "< 30 s", "SQLite"),
        ("the same merge again (all identical)", _s(seconds), "", "SQLite; nothing written"),
    ]


def _s(samples: list[float]) -> str:
    return f"{statistics.median(samples):.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, help="the five-year network's database")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    methods = load_methods()
    if args.large is None:
        from bench.__main__ import large_database

        args.large = large_database(methods)
    organisation = merge_target_database(methods)
    for label, value, target, note in measure(args.large, organisation, args.runs):
        print(f"{label:56} {value:>11} {target:>9}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
