import sys

from inspect_station.cli import main

sys.exit(main())
