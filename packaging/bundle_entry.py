"""Entry point of the standalone bundle: the same `testimony` command as the wheel's, so a
bundle with no arguments opens the window and with a command runs the command line."""

import sys

from testimony.launch import main

if __name__ == "__main__":
    sys.exit(main())
