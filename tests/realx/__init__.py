"""Real X key events into the real station window (Xvfb, XTest, openbox or none).

``x`` runs the X server and sends keys with exact timing, ``station`` launches the demo
station in a fresh home with the ``probe`` (a passive observer in its process) and reads its
database and log, ``session`` sends scans and judges each from outside, ``scenarios`` are
the scripted measurements (read rates, latency, routing, function keys) and ``ci_run`` the
continuous-integration run: a scripted bench worker over 250 scans a session.
"""
