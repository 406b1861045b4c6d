"""Run a console script with the passive probe armed: ``python probe_launch.py SCRIPT ARGS…``.

Used as the station's launch command by the harness; it imports nothing of the station
itself, so only the script name (and the interpreter) tie it to the station.
"""

import os
import sys
from importlib.metadata import entry_points

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probe

probe.arm()
name = sys.argv[1]
matches = list(entry_points(group="console_scripts", name=name))
if not matches:
    sys.exit(f"probe_launch: no console script {name!r} in this interpreter")
sys.argv = [name, *sys.argv[2:]]
sys.exit(matches[0].load()())
