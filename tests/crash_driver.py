"""A real Cercle engine in its own process, driven by JSON lines on stdin (crash tests).

Each line: {"at": ISO instant, "cmd": name, "args": [...]}. After each command the driver
prints "ack <highest command seq stored>" once the command has returned (committed), or
"err" when the engine refused it. The parent kills this process with SIGKILL at random.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from app.clock import FakeClock
from app.engine.errors import EngineError
from app.engine.session import SessionEngine
from app.methods import load_methods
from app.store import open_store
from models import AttendanceStatus, CommandRecord, Meeting, Member


def main() -> None:
    path = Path(sys.argv[1])
    clock = FakeClock(datetime.fromisoformat(sys.argv[2]))
    methods = load_methods()
    store = open_store(path)
    with store.session() as db:
        meeting_id = db.scalars(select(Meeting.id)).first()
    if meeting_id is None:
        from tests.conftest import make_room

        room = make_room(store, clock, methods)
        meeting_id = room.meeting_id
        room.engine.add_item("Codév.", "codev", 90)
        room.engine.add_item("Discussion", "free", 30)
        room.engine.start_item()
    engine = SessionEngine(store, meeting_id, clock, methods)
    with store.session() as db:
        people = list(db.scalars(select(Member.id).order_by(Member.name)))
    print("ready", flush=True)
    for line in sys.stdin:
        order = json.loads(line)
        clock.set(datetime.fromisoformat(order["at"]))
        name, args = order["cmd"], order["args"]
        try:
            if name in ("give_floor", "queue_add", "leave"):
                getattr(engine, name)(people[args[0]])
            elif name == "arrive":
                engine.set_attendance(people[args[0]], AttendanceStatus.PRESENT)
            else:
                getattr(engine, name)()
        except EngineError:
            print("err", flush=True)
            continue
        with store.session() as db:
            seq = db.scalar(select(func.max(CommandRecord.seq))) or 0
        print(f"ack {seq}", flush=True)


if __name__ == "__main__":
    main()
