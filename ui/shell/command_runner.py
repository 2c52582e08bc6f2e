"""The one place in ``ui/`` that runs a user command (Anki's ``CollectionOp``).

A refusal (:class:`EngineError`) becomes one sentence in the page's banner; anything
unexpected is logged and told without a crash — a facilitator in front of a room never sees
a traceback. What a command changed is announced once, by the core, as a
:class:`~app.commands.ChangeSet`: :attr:`CommandRunner.changed` re-emits it as a Qt signal,
and each view re-reads when a kind of fact it shows is in it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from app.commands import CommandHub
from app.engine.errors import EngineError
from app.workspace import Workspace
from ui.kit.widgets import FAILED, Banner, Failed

log = logging.getLogger(__name__)
T = TypeVar("T")
Tell = Callable[[str], None]  # shows a refusal's sentence


class CommandRunner(QObject):
    """Runs commands for the windows of one workspace and announces what they changed."""

    changed = Signal(object)  # a ChangeSet, after its transaction is committed

    def __init__(self, hub: CommandHub) -> None:
        super().__init__()
        hub.subscribe(self.changed.emit)

    def run(self, command: Callable[[], T], banner: Banner | Tell) -> T | Failed:
        """Run ``command``; a refusal or a failure is told in ``banner`` and returns FAILED.

        ``banner`` is the page's banner, or a function that tells the sentence where the
        page shows its problems (a dialog's line under its fields).
        """
        tell = banner if not isinstance(banner, Banner) else _in_banner(banner)
        try:
            return command()
        except EngineError as error:
            tell(str(error))
        except Exception:  # a facilitator in front of a room must never see a crash
            log.exception("command failed")
            tell(
                self.tr(
                    "Cette commande n'a pas pu être enregistrée ; ce qui était déjà enregistré "
                    "est intact. Détails dans le journal."
                )
            )
        return FAILED


def _in_banner(banner: Banner) -> Tell:
    return lambda text: banner.show_message(text, error=True)


_RUNNERS: WeakKeyDictionary[CommandHub, CommandRunner] = WeakKeyDictionary()


def command_runner(workspace: Workspace) -> CommandRunner:
    """The runner of ``workspace`` (one per workspace, shared by all its windows)."""
    runner = _RUNNERS.get(workspace.hub)
    if runner is None:
        runner = _RUNNERS[workspace.hub] = CommandRunner(workspace.hub)
    return runner
