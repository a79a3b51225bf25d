from iomed_desk.cli import main

raise SystemExit(main())
