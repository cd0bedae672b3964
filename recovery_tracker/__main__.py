import sys

from recovery_tracker.cli import main

sys.exit(main())
