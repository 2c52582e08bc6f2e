"""Named defaults the windows offer (one place to read and change them)."""

from __future__ import annotations

from datetime import date, timedelta

# An action captured in a session is due, unless said otherwise, two weeks later: the
# usual gap before the group's next check-in on open actions.
ACTION_DUE_DAYS = 14


def default_due_on(today: date) -> date:
    """The due date a new action is offered."""
    return today + timedelta(days=ACTION_DUE_DAYS)
