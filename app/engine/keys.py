"""What one key means in the room, decided in the core from the live state.

The cockpit's Space, Ctrl+Right and P used to decide in the widget which command to run;
these commands decide it here (the same rule for every window, a script or a test), each
then running one journaled engine command.
"""

from __future__ import annotations

from enum import StrEnum

from app.engine.errors import EngineError
from app.engine.session import FloorResult, SessionEngine
from app.engine.state import ItemStatus
from app.i18n import _


class FloorStep(StrEnum):
    """What advancing the floor did."""

    TOUR_NEXT = "tour_next"  # a tour runs: the next person in it
    TAKEN_BACK = "taken_back"  # someone spoke: the floor comes back to the facilitator
    QUEUE_NEXT = "queue_next"  # nobody spoke: the first in the queue speaks


def advance_floor(engine: SessionEngine) -> tuple[FloorStep, FloorResult | None]:
    """The floor key: next in the tour, else take the floor back, else next in the queue."""
    s = engine.state()
    if s.tour is not None:
        engine.tour_next()
        return FloorStep.TOUR_NEXT, None
    if s.speaker is not None:
        engine.take_floor_back()
        return FloorStep.TAKEN_BACK, None
    if s.queue:
        return FloorStep.QUEUE_NEXT, engine.queue_next()
    raise EngineError(_("La file est vide : donnez la parole avec la touche d'une personne."))


def advance_agenda(engine: SessionEngine) -> None:
    """The next-item key: finish the last item, else start the next one."""
    s = engine.state()
    if s.next_item is None and s.current is not None:
        engine.finish_item()
    else:
        engine.start_item()


def toggle_pause(engine: SessionEngine) -> None:
    """The pause key: pause the running item, or resume it."""
    current = engine.state().current
    if current is None:
        raise EngineError(_("Aucun point n'est en cours."))
    if current.status is ItemStatus.PAUSED:
        engine.resume_item()
    else:
        engine.pause_item()
