"""`python -m testimony`: the same as the `testimony` command."""

import sys

from testimony.cli import main

sys.exit(main())
