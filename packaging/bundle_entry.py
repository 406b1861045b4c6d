"""The bundle's entry point (PyInstaller freezes this file): the same as the console script."""

import os
import sys
from pathlib import Path


def main() -> int:
    if getattr(sys, "frozen", False):
        # PyInstaller's matplotlib run-time hook points MPLCONFIGDIR at a new temporary folder
        # at every start, so matplotlib would rebuild its font cache each time (1-2 s,
        # measured): keep it where an installed matplotlib keeps it, in the user's cache.
        from platformdirs import user_cache_dir

        os.environ["MPLCONFIGDIR"] = str(Path(user_cache_dir("inspect-station")) / "matplotlib")
    from inspect_station.cli import main as cli

    return cli()


if __name__ == "__main__":
    sys.exit(main())
