"""Cercle's application core: store, live session engine, methods, statistics, exports.

Nothing in this package imports Qt: the window, the command line and the tests drive the
same core.
"""

__version__ = "0.1.0"
