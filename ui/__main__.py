from ui.shell.launcher import main

raise SystemExit(main())
