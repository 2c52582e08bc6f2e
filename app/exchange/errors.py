"""Why a network could not be exported or merged, in one sentence."""

from __future__ import annotations

from app.store.errors import StoreError


class ExchangeError(StoreError):
    """An export or a merge refused; ``str()`` is the sentence to show. Nothing was written."""
