"""Run a module under an audit hook that records every network event: `python -m tests.reliability.hooked MODULE ARGS`.

The hook is installed before the module is imported. When `IOMED_AUDIT_LOG`
names a file, one JSON line per process is appended at exit: the network
events seen (`socket.connect`, `bind`, `getaddrinfo`, ..., a socket of an
Internet family, `urllib.Request`, `http.client.connect`, ...), the local
sockets seen apart (AF_UNIX, e.g. the self-pipe of an asyncio event loop), each
with where it came from, and how many audit events of any kind passed the hook
(proof that it was listening).
"""

from __future__ import annotations

import atexit
import json
import os
import sys

NETWORK_PREFIXES = ("socket.", "urllib.", "http.client.", "ftplib.", "smtplib.", "poplib.", "imaplib.",
                    "nntplib.", "telnetlib.", "webbrowser.")

_events: list[str] = []
_local: list[str] = []
_seen = [0]
AF_UNIX = 1


def _hook(event: str, args: tuple) -> None:  # type: ignore[type-arg]
    _seen[0] += 1
    if event.startswith(NETWORK_PREFIXES):
        import traceback

        where = " < ".join(f"{f.filename.rsplit('/', 2)[-1]}:{f.lineno} {f.name}"
                           for f in reversed(traceback.extract_stack(limit=16)[:-1]))
        local = event == "socket.__new__" and len(args) > 1 and args[1] == AF_UNIX
        (_local if local else _events).append(f"{event} {args[1:]!r} at {where}"[:800])


def _write() -> None:
    path = os.environ.get("IOMED_AUDIT_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"argv": sys.argv[:3], "events_seen": _seen[0], "network": _events,
                                "local": _local}) + "\n")


def install() -> None:
    sys.addaudithook(_hook)
    atexit.register(_write)


if __name__ == "__main__":
    import runpy

    install()
    module = sys.argv[1]
    sys.argv = [module, *sys.argv[2:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
