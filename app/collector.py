"""Python's garbage collector in a window that lives for a whole meeting.

CPython's cyclic collector walks, in a full collection, every container object alive: once
the window, the cockpit, SQLAlchemy's mappers and the catalogues are built, that is well
over 100,000 objects, and a full collection of them took 90–110 ms on the 2-core test
machine — a frozen cockpit for three frames, landing at random in a key press or the 10 Hz
tick. None of those objects will ever become garbage while the meeting lasts.

:func:`settle_for_the_meeting` runs when a live session's cockpit opens (a moment the
facilitator already waits for): one full collection, so that no garbage is kept, then
``gc.freeze()``, so that every later collection walks only what was made since. Opening
another session first ``unfreeze``\\ s: what the previous one left behind is collected then,
and the memory stays flat over a day of sessions. The thresholds stay CPython's (young
collections took 0.1–0.3 ms per ~30 live commands; nothing to gain by batching them).

The window's start is the same story in small: it makes tens of thousands of objects that
live as long as Cercle (modules, classes, PySide's types, the window), and the collector
walked them 46 times before the first frame (6.5 ms). :func:`pause_for_the_start` turns it
off before the first import; :func:`after_the_start` turns it on again once the first frame
is shown, the start's objects frozen, so that no later collection walks them (the first
session's settling unfreezes and collects them once, as above).
"""

# No ``from __future__ import annotations`` and no dataclass: the launcher imports this
# module before anything else, and both would cost the first frame (``typing.NamedTuple``
# compiles annotation strings, ``dataclass`` writes its methods with ``exec``).

import gc
import time
from typing import NamedTuple


class Settled(NamedTuple):
    """What settling did: how long it took, and how many objects later collections skip."""

    milliseconds: float
    frozen: int


def pause_for_the_start() -> None:
    """No collection while the window starts (the launcher, before its first import)."""
    gc.disable()


def after_the_start() -> None:
    """The collector on again, without the objects made so far in its walks."""
    gc.freeze()
    gc.enable()


def settle_for_the_meeting() -> Settled:
    """Collect everything once, then keep what is alive out of every later collection."""
    start = time.perf_counter()
    gc.unfreeze()  # what a previous session left behind is looked at again, once
    gc.collect()
    gc.freeze()
    return Settled((time.perf_counter() - start) * 1000, gc.get_freeze_count())


__all__ = ["Settled", "after_the_start", "pause_for_the_start", "settle_for_the_meeting"]
