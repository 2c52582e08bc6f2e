"""Starts engine processes for the crash tests by forking, already warm.

Starting Python and importing SQLAlchemy, the models and the engine costs about half a
second a time: for a thousand kills that is the whole run. This process imports all of it
once, opens no database, and forks one child per request. Each child is a real process
running ``tests.crash_driver`` — it opens the store itself, and is the one killed.

Protocol on stdin, one line per child: ``<fifo to the child> <fifo from it> <db> <instant>``;
the zygote answers with the child's pid. The child reads its commands from the first fifo
and writes its answers to the second.
"""

from __future__ import annotations

import os
import signal
import sys

from tests import crash_driver


def main() -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the system
    print("zygote", flush=True)
    for line in sys.stdin:
        to_child, from_child, db, instant = line.split()
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            commands = os.open(to_child, os.O_RDONLY)
            answers = os.open(from_child, os.O_WRONLY)
            os.dup2(commands, 0)
            os.dup2(answers, 1)
            sys.stdin = os.fdopen(0, "r")
            sys.stdout = os.fdopen(1, "w")
            sys.argv = ["crash_driver", db, instant]
            try:
                crash_driver.main()
            finally:
                os._exit(0)
        print(pid, flush=True)


if __name__ == "__main__":
    main()
