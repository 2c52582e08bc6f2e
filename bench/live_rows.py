"""`make bench`'s rows for the room and the search, as the facilitator waits.

Each figure is measured in several batches and given as min / median / max over them
(absolute figures move with the machine's load): the live command late in a 3-hour session
and its refresh (``bench.engine``), a key to the repainted frame and the event loop's
lateness (``bench.ui``), searching through the repertoire page on the organisation-scale
database (``bench.search_page``).
"""

from __future__ import annotations

from pathlib import Path

from bench import engine, search_page, ui
from bench.engine import Spread

Row = tuple[str, str, str, str]


def _ms(spread: Spread) -> str:
    return f"{spread.middle:.2f} ms"


def _spread(spread: Spread) -> str:
    return f"min {spread.low:.2f} · max {spread.high:.2f} over batches"


def live_rows(organisation: Path, batches: int = 3) -> list[Row]:
    """The rows of the live session, the window and the search page."""
    e = engine.measure(batches=batches)
    w = ui.measure(batches=batches)
    s = search_page.measure(organisation, batches=batches)
    late = f"{e.turns} turns in"
    return [
        ("live command (give the floor) incl. commit, median", _ms(e.command_median), "", late),
        ("live command (give the floor) incl. commit, p99", _ms(e.command_p99), "< 5 ms",
         _spread(e.command_p99)),
        ("  the after-command refresh inside it, p99", _ms(e.refresh_p99), "< 2 ms",
         _spread(e.refresh_p99)),
        ("full live state of the running session, median", _ms(e.state_median), "< 5 ms", ""),
        ("a tile's key to cockpit + projector repainted, p99", _ms(w.key_p99), "< 16 ms",
         _spread(w.key_p99)),
        ("event loop lateness, 5 ms timer, live session, p99", _ms(w.lag_p99), "< 16 ms",
         f"{w.lag_keys} keys + 10 Hz tick; max {w.lag_max.middle:.1f} ms"),
        ("search through the repertoire page, p95", _ms(s.p95), "≤ 30 ms",
         f"{s.entries:,} entries, {s.searches} searches; max {s.maximum.middle:.1f} ms"),
        ("  per search: entry texts laid out · entries read", f"{s.laid_out:.1f} · {s.details:.2f}",
         "", f"counted, not timed; at most {s.laid_out_max} laid out"),
    ]  # fmt: skip
