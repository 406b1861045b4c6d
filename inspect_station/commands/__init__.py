"""The ``inspect-station`` subcommands, one module per subject, and the registry that adds them to
the command line. A command may import any core package (it is the top of the core's layers),
never ``ui``: the window is found through an entry point."""
