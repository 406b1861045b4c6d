"""The bench's input devices as Qt objects: the camera worker and its live preview, the camera's
barcode decoder with its code overlay, the keyboard-wedge and serial scanners, and the scan
sources that merge them. It may import the shell's ``tasks``, ``style`` and ``status_bar`` and
the core, and no screen package."""
