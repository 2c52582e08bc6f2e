"""What the cockpit's panels need of the cockpit, without importing it (no import cycle)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from app.engine.session import SessionEngine
from app.engine.state import LiveState
from ui.kit.widgets import Banner, Failed

T = TypeVar("T")


class LiveRoom(Protocol):
    """The running session as a panel sees it: run a command, say something, read the state."""

    banner: Banner
    state: LiveState | None

    def do(self, command: Callable[[], T]) -> T | Failed: ...

    def live(self) -> SessionEngine: ...

    def tick(self) -> None: ...
