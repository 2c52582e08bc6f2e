"""The frozen bundle's entry point: the same ``cercle`` command as the wheel's."""

from ui.shell.launcher import main

if __name__ == "__main__":
    raise SystemExit(main())
