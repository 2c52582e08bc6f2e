"""The session, from check-in to summary: the cockpit and its panels, the projector, capture,
rounds, cases, the summary and the sending."""
