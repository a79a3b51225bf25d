"""Mutation fuzzing of signed PDFs and case files, in worker processes, each input under a time limit.

`run_chunk` is what a worker runs: it mutates a seed file `count` times with a
seeded RNG (bit flips, overwritten and deleted and inserted chunks, copied or
zeroed pages, changed PDF numbers and keywords, truncation, appended bytes),
feeds each result to the code under test, and sorts the outcome: a clean
result, a `UserError` (the only exception allowed), any other exception (a
traceback: a bug), or a hang (over `limit` seconds, stopped by SIGALRM).
"""

from __future__ import annotations

import random
import re
import signal
import tempfile
import time
from pathlib import Path
from typing import Any

PAGE = 4096
_NUMBER = re.compile(rb"\d+")
_KEYWORDS = (b"obj", b"endobj", b"stream", b"endstream", b"xref", b"trailer", b"startxref", b"/ByteRange",
             b"/Contents", b"/Type", b"/Sig", b"/Annots", b"/Length", b"R", b"<<", b">>", b"[", b"]", b"%%EOF")


class Hang(Exception):
    pass


def _alarm(_signum, _frame):  # type: ignore[no-untyped-def]
    raise Hang()


def mutate(data: bytes, rng: random.Random, *, pages: bool) -> tuple[bytes, str]:
    """1 to 5 random mutations; never returns the input unchanged (a no-op swap or same byte is retried)."""
    while True:
        out, how = _mutate_once(data, rng, pages=pages)
        if out != data:
            return out, how


def _mutate_once(data: bytes, rng: random.Random, *, pages: bool) -> tuple[bytes, str]:
    b = bytearray(data)
    done = []
    for _ in range(rng.choice((1, 1, 1, 2, 3, 5))):
        ops = ["flip", "byte", "chunk", "delete", "insert", "dup", "truncate", "append"]
        ops += ["zero_page", "copy_page", "swap_pages"] if pages else ["number", "keyword"]
        op = rng.choice(ops)
        n = len(b)
        if n < 2:
            break
        at = rng.randrange(n)
        if op == "flip":
            b[at] ^= 1 << rng.randrange(8)
        elif op == "byte":
            b[at] = rng.randrange(256)
        elif op == "chunk":
            size = rng.choice((2, 8, 64, 512))
            b[at:at + size] = bytes(rng.randrange(256) for _ in range(min(size, n - at)))
        elif op == "delete":
            del b[at:at + rng.choice((1, 7, 100, 4096))]
        elif op == "insert":
            b[at:at] = bytes(rng.randrange(256) for _ in range(rng.choice((1, 5, 64))))
        elif op == "dup":
            size = rng.choice((16, 256, 4096))
            b[at:at] = b[max(0, at - size):at]
        elif op == "truncate":
            del b[at:]
        elif op == "append":
            b += bytes(rng.randrange(256) for _ in range(rng.choice((1, 16, 4096))))
        elif op in ("zero_page", "copy_page", "swap_pages"):
            count = n // PAGE
            if count < 2:
                continue
            p, q = rng.randrange(count), rng.randrange(count)
            page_p, page_q = bytes(b[p * PAGE:(p + 1) * PAGE]), bytes(b[q * PAGE:(q + 1) * PAGE])
            if op == "zero_page":
                b[p * PAGE:(p + 1) * PAGE] = bytes(PAGE)
            elif op == "copy_page":
                b[p * PAGE:(p + 1) * PAGE] = page_q
            else:
                b[p * PAGE:(p + 1) * PAGE], b[q * PAGE:(q + 1) * PAGE] = page_q, page_p
        elif op == "number":
            found = list(_NUMBER.finditer(b, max(0, at - 2000), at + 2000))
            if found:
                m = rng.choice(found)
                b[m.start():m.end()] = str(rng.choice((0, 1, -1, 2**31, 10**12, rng.randrange(10**6)))).encode()
        elif op == "keyword":
            word = rng.choice(_KEYWORDS)
            start = bytes(b).find(word, at)
            if start >= 0:
                b[start:start + len(word)] = rng.choice(_KEYWORDS)
        done.append(f"{op}@{at}")
    return bytes(b), " ".join(done)


def _changed_span(a: bytes, b: bytes) -> tuple[int, int] | None:
    """First and last differing offsets when lengths are equal; None when the length changed."""
    if len(a) != len(b):
        return None
    diff = [i for i in range(len(a)) if a[i] != b[i]] if a != b else []
    return (diff[0], diff[-1]) if diff else (0, -1)


def _contents_gaps(pdf: bytes) -> list[tuple[int, int]]:
    gaps = []
    for m in re.finditer(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf):
        a, b, c, _ = (int(v) for v in m.groups())
        gaps.append((a + b, c))
    return gaps


def fuzz_verify(data: bytes, original: bytes, trust_pem: bytes) -> str:
    from cryptography import x509

    from iomed_desk.export.verify import verify_pdf

    report = verify_pdf(data, [x509.load_pem_x509_certificate(trust_pem)])
    if not report.ok:
        return "rejected in the report"
    span = _changed_span(original, data)
    if span is not None and any(lo <= span[0] and span[1] < hi for lo, hi in _contents_gaps(original)):
        return "accepted: change inside a signature's /Contents gap (not signed, by design)"
    return "ACCEPTED TAMPERED"


def fuzz_case(data: bytes, key: bytes, folder: Path) -> str:
    from iomed_desk.app.opening import open_with_key
    from iomed_desk.core.channels import Audience, Channel

    path = folder / "fuzzed.iomed"
    for p in folder.iterdir():
        p.unlink()
    path.write_bytes(data)
    session = open_with_key(path, key)
    try:
        session.info()
        for channel in ("joint", "party:p1", "party:p2", "mediator"):
            session.notes_in(Channel.parse(channel))
        session.visible_notes(Audience.party("p2"))
        session.search("tariff 港口")
        session.drafting.drafts()
        ok = session.check().ok
    finally:
        session.close()
    return "opened; every check passed" if ok else "opened; check reports the damage"


def run_chunk(kind: str, seed: int, count: int, base: bytes, extra: bytes, limit: float) -> dict[str, Any]:
    """Fuzz `count` inputs; `extra` is the trusted certificate (PEM) for PDFs, the key for case files."""
    from iomed_desk.core.errors import UserError
    from iomed_desk.warnings_policy import quiet_third_party_deprecations

    quiet_third_party_deprecations()  # a spawned worker starts without the policy the app's entry points set

    signal.signal(signal.SIGALRM, _alarm)
    rng = random.Random(seed)
    outcomes: dict[str, int] = {}
    bugs: list[str] = []
    unnoticed: list[str] = []  # case-file mutations that every check passed (e.g. bytes after the last page)
    slowest = 0.0
    with tempfile.TemporaryDirectory(prefix="iomed-fuzz-") as tmp:
        folder = Path(tmp)
        for _ in range(count):
            data, how = mutate(base, rng, pages=kind == "case")
            started = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                outcome = fuzz_verify(data, base, extra) if kind == "pdf" else fuzz_case(data, extra, folder)
            except Hang:
                outcome = "HANG"
                bugs.append(f"hang after {limit} s: {how}")
            except UserError:
                outcome = "refused with a UserError"
            except Exception as exc:  # noqa: BLE001 - counted: anything but UserError is a bug
                outcome = "TRACEBACK"
                bugs.append(f"{type(exc).__name__}: {str(exc)[:120]} ({how})")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            slowest = max(slowest, time.perf_counter() - started)
            if outcome == "ACCEPTED TAMPERED":
                bugs.append(f"accepted a changed PDF: {how}")
            elif outcome == "opened; every check passed" and len(unnoticed) < 10:
                unnoticed.append(how)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return {"outcomes": outcomes, "bugs": bugs, "slowest": slowest, "unnoticed": unnoticed}
