"""The windows' shared kit: small widgets, tables, controls, date fields, formatting, words,
style, sound, background jobs. It imports no page."""
