"""`python -m qa` is the `qa` command; `main` is also what the installed `qa` script runs."""

import sys


def main() -> int:
    """The `qa` command. Ctrl-C while its code is still loading ends it as quietly as Ctrl-C later on."""
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        return 130
    return run()


if __name__ == "__main__":
    sys.exit(main())
