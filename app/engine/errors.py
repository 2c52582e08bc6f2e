"""Refusals of the engine, in words a facilitator can act on."""


class EngineError(Exception):
    """A command that cannot be carried out now; ``str()`` says why and what to do.

    Nothing was written when it is raised.
    """


class DiskFullError(EngineError):
    """The disk is full: the command was not recorded; everything before it is intact."""
