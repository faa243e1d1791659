"""``python -m zhkg`` runs the command line."""

import sys

from zhkg.cli import main

sys.exit(main())
