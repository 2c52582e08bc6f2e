"""Laptops that exchange networks: export a network to a file, merge a file or another
store into this one, publish to and update from a server — one merge engine for every path.

- ``app.exchange.rows``: which rows make up a network's history (a *slice*);
- ``app.exchange.redaction``: what of it leaves the laptop (asks ``app.confidentiality``);
- ``app.exchange.merge`` and ``policies``: the merge, planned then written in one transaction;
- ``app.exchange.files``: the exchange file (SQLite, Cercle's schema, a manifest);
- ``app.exchange.service``: the operations the command line and the window call;
- ``app.exchange.report``: what a merge did, or would do.
"""
