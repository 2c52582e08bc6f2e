"""The windows' shared kit: small widgets, tables, controls, date fields, formatting, the
window's typography, style, background jobs. It imports nothing else of ui/."""
