"""IOMed Desk: a confidential mediation desk."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("iomed-desk")
except PackageNotFoundError:  # running from a checkout without installing
    __version__ = "0.1.0"
