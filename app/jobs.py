"""Long work told and stoppable: the core's side of the windows' background jobs.

The windows run exports, backups, the database check, imports and merges off their own
thread (``ui.kit.jobs``). The core function doing the work stays plain Python and knows nothing
of threads or Qt; when it may take long it accepts two keywords:

- ``progress``, a :data:`Progress`: ``progress(done, total, label)`` after each step —
  ``label`` is one short sentence in the reader's language ("Vérification de l'intégrité…").
  It is called from the worker thread: it must be cheap and must not touch a widget (the
  windows' runner forwards it through a queued Qt signal);
- ``cancel``, a :class:`CancelToken`: the function calls ``cancel.check()`` between steps,
  which raises :class:`Cancelled` once the user asked to stop. The function arranges that
  stopping leaves nothing half-written: it writes into a temporary file renamed into place
  after the last check, or into one transaction committed after it.

Both default to doing nothing, so the command line and the tests call the same function
without them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.i18n import _

# done, total, label — told from the worker thread after each step.
Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str) -> None:
    """The default :data:`Progress`: tells nobody."""


class Cancelled(Exception):
    """The user stopped the job; whatever it was writing was thrown away."""

    def __init__(self) -> None:
        super().__init__(_("Opération annulée : rien n'a été modifié."))


class CancelToken:
    """Set by the window's thread (``cancel()``), read by the worker between two steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next step (thread-safe, idempotent)."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the job was asked to stop."""
        if self._event.is_set():
            raise Cancelled
