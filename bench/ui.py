"""Benchmark of the window's 10 Hz tick: prints figures, gates nothing.

The cockpit and the projector (1920×1080) on the 3-hour session of ``bench.engine``
(15 present, 2,000 turns), offscreen. The tick must stay far below the 100 ms between two
ticks and the 50 ms the UI may ever block; the projector's share is what it adds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.ui [--runs 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.workspace import Workspace
from bench.engine import build, percentile, timed
from ui.shell.application import create_application
from ui.shell.window import MainWindow


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CERCLE_HOME"] = folder
        app = create_application("fr")
        engine, clock, _people = build(Path(folder), 15, 2000)
        window = MainWindow(Workspace(engine.store, clock, engine.methods))
        window.resize(1366, 768)
        window.show()
        window.run(engine.meeting_id)
        cockpit = window.cockpit

        def tick() -> None:
            clock.advance(0.1)
            cockpit.tick()
            app.processEvents()

        without = timed(tick, args.runs)
        cockpit.toggle_projector()
        cockpit.projector.resize(1920, 1080)
        with_projector = timed(tick, args.runs)
        state = cockpit.state
        assert state is not None
        captures = engine.facts.captures
        projector_only = timed(lambda: cockpit.projector.display(state, captures), args.runs)
        window.close()
        engine.store.close()
    print("10 Hz tick of the cockpit, 3 h session, 15 present, 2,000 turns (offscreen)")
    print(f"{'figure':48} {'median':>9} {'p99':>9} {'budget':>10}")
    for label, samples, budget in (
        ("cockpit tick (state + repaint + events)", without, "< 50 ms"),
        ("cockpit tick with the projector open", with_projector, "< 50 ms"),
        ("  projector.display alone", projector_only, ""),
    ):
        print(
            f"{label:48} {statistics.median(samples):7.2f}ms "
            f"{percentile(samples, 0.99):7.2f}ms {budget:>10}"
        )


if __name__ == "__main__":
    main()
