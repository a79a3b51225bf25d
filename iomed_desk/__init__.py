"""IOMed Desk: a confidential mediation desk."""

#: the one place the version is written; pyproject.toml reads it from here (importlib.metadata would
#: cost about 25 ms at every start)
__version__ = "0.1.0"
