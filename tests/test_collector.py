"""The garbage collector during a live session (app/collector.py): the objects built before
the room opens are never walked again, nothing is kept that should go, memory stays flat."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from app.collector import after_the_start, pause_for_the_start, settle_for_the_meeting
from app.methods import MethodCatalogue
from tests.conftest import Room


class Node:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me: Any = self


def test_the_start_is_not_collected_and_later_collections_skip_what_it_made() -> None:
    pause_for_the_start()
    try:
        assert not gc.isenabled()
        made = [Node() for _ in range(2000)]  # the start's objects: modules, types, widgets
        assert gc.get_count()[0] >= 2000  # nothing was collected meanwhile
    finally:
        after_the_start()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= 2000
    assert not any(obj is made[0] for obj in gc.get_objects())  # collections skip them
    gc.unfreeze()
    assert any(obj is made[0] for obj in gc.get_objects())  # a session's settling sees them


def test_what_is_alive_when_the_room_opens_is_left_out_of_later_collections() -> None:
    dropped = Node()
    gone = weakref.ref(dropped)
    del dropped
    kept = Node()
    settled = settle_for_the_meeting()
    assert gone() is None  # garbage is collected first, never frozen
    assert settled.frozen > 1000 and gc.get_freeze_count() == settled.frozen
    assert not any(obj is kept for obj in gc.get_objects())  # a full collection skips it
    later = Node()
    left = weakref.ref(later)
    del later
    gc.collect()
    assert left() is None  # what the session makes and drops is still collected


def test_opening_another_session_lets_the_previous_one_go() -> None:
    first = Node()
    was = weakref.ref(first)
    settle_for_the_meeting()
    del first  # the first session's objects, frozen while it ran, are dropped
    gc.collect()
    assert was() is not None  # kept while frozen…
    settle_for_the_meeting()
    assert was() is None  # …and collected when the next session settles


def test_the_window_settles_when_its_room_opens(
    qtbot: Any, room: Room, methods: MethodCatalogue
) -> None:
    from app.workspace import Workspace
    from ui.shell.application import create_application
    from ui.shell.window import MainWindow

    create_application("fr")
    engine = room.engine
    engine.add_item("Tour de table", "tour_de_table", 20)
    engine.start_session()
    engine.start_item()
    gc.unfreeze()
    for long_lived in (False, True):
        window = MainWindow(Workspace(room.store, room.clock, methods), long_lived=long_lived)
        qtbot.addWidget(window)
        window.run(room.meeting_id)
        assert window.pages.currentWidget() is window.cockpit
        # a test's window leaves the collector alone; the application's settles it
        assert (gc.get_freeze_count() > 0) is long_lived
        window.cockpit.leave()
