"""The station's shipped files: rules, grading sets, outcome tables, demo data and whatever else
lives in this folder. A package so that the wheel and the bundle carry the folder, and
``importlib.resources.files("resources")`` finds it wherever the station is installed."""
