"""Stand-in for `pyhanko.sign.timestamps.aiohttp_client` in the frozen application.

pyHanko's signers import `pyhanko.sign.timestamps`, which imports this module for its HTTP
time-stamp client, and that imports aiohttp. IOMed Desk signs offline with the local clock
(DESIGN.md §5) and ships no HTTP client (packaging/trim.py), so the archive carries this module
under that name: the same public names, and a clear error for anyone who tries to use them.
"""

from __future__ import annotations

from typing import NoReturn

from pyhanko.sign.timestamps.api import TimeStamper

__all__ = ["AIOHttpTimeStamper", "HTTPTimeStamper"]


class HTTPTimeStamper(TimeStamper):
    def __init__(self, *args: object, **kwargs: object) -> NoReturn:
        raise NotImplementedError("IOMed Desk works offline: this build has no time-stamp client")


class AIOHttpTimeStamper(HTTPTimeStamper):
    pass
