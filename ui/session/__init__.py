"""The session, from check-in to summary: the cockpit and its panels, the projector, capture,
rounds, cases, the audible cue, the summary and the sending."""
