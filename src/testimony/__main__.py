"""`python -m testimony`: the same as the `testimony` command."""

import sys

from testimony.launch import main

sys.exit(main())
