"""The live session engine: what is happening in the room right now.

Commands change stored facts (one transaction each); the live state is computed from
those facts and *now*. See ``app.engine.session.SessionEngine``.
"""
