"""Cercle's windows (PySide6). No SQL and no business rule here: the views send commands to
``app.workspace.Workspace`` and show the state it returns."""
