"""``python -m app``: Cercle's command line without its window (no Qt needed).

The ``cercle`` command (``ui.shell.launcher``) is the same command line with the window.
"""

from app.cli import main

raise SystemExit(main())
