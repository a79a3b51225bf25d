"""Stand-in for `pyhanko_certvalidator.fetchers.aiohttp_fetchers` in the frozen application.

`pyhanko.sign.validation.ades` imports this package for the backend that fetches certificates,
CRLs and OCSP responses over HTTP with aiohttp. IOMed Desk validates offline
(`ValidationContext(allow_fetching=False)`) and ships no HTTP client (packaging/trim.py), so
the archive carries this module under that name, with the same public name and a clear error
for anyone who tries to fetch.
"""

from __future__ import annotations

from typing import NoReturn

from pyhanko_certvalidator.fetchers.api import FetcherBackend, Fetchers

__all__ = ["AIOHttpFetcherBackend"]


class AIOHttpFetcherBackend(FetcherBackend):
    def __init__(self, *args: object, **kwargs: object) -> NoReturn:
        raise NotImplementedError("IOMed Desk works offline: this build fetches no certificates, CRLs or OCSP")

    def get_fetchers(self) -> Fetchers:  # pragma: no cover - no instance exists
        raise NotImplementedError
