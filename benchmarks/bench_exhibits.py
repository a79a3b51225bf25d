"""Exhibit import (issue 18): a large PDF streamed into a case file, with its peak memory.

In a fresh process (this one): a PDF of `--mb` megabytes (pages of text, each drawing an image of
random bytes, written by hand with a correct xref so pypdf reads it as a real PDF) is imported into
a new case file with `ExhibitsDesk.import_file` (hash, sniff, chunks, text extraction, commit).
Reported: the import's time and rate; the peak RSS growth during it (the kernel's high-water mark
reset before the import through /proc/self/clear_refs, then VmHWM minus the RSS before; so the
Argon2id key derivation's 64 MiB does not hide under an older peak); and the same file read in
the same chunks through hashlib.sha256 in the same run, the floor any import costs, as a ratio.
Target: RSS growth under 64 MB for a 200 MB PDF.
Run: `python benchmarks/bench_exhibits.py [--json] [--mb 200]`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from iomed_desk.app.exhibits import exhibits_desk  # noqa: E402
from iomed_desk.app.opening import NewCase, NewParty, create_case  # noqa: E402
from iomed_desk.core.channels import Channel  # noqa: E402
from iomed_desk.core.exhibits import CHUNK  # noqa: E402
from iomed_desk.core.model import CaseKind, PartyKind, RuleSetName  # noqa: E402

IMAGE = 1024 * 1024  # bytes of one page's image (1024 x 341 RGB, about 1 MiB)


def big_pdf(path: Path, megabytes: int) -> int:
    """A PDF of about `megabytes` MB written a page at a time; returns its page count."""
    pages = max(1, megabytes * 1_000_000 // (IMAGE + 600))
    offsets: list[int] = []
    with open(path, "wb") as f:
        def obj(number: int, body: bytes, stream: bytes | None = None) -> None:
            offsets.append(f.tell())
            f.write(b"%d 0 obj\n" % number + body)
            if stream is not None:
                f.write(b"\nstream\n" + stream + b"\nendstream")
            f.write(b"\nendobj\n")

        f.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        kids = b" ".join(b"%d 0 R" % (4 + 3 * i) for i in range(pages))
        obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
        obj(2, b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, kids))
        obj(3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        for i in range(pages):
            page, content, image = 4 + 3 * i, 5 + 3 * i, 6 + 3 * i
            obj(page, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
                      b" /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 %d 0 R >> >> >>" % (content, image))
            text = (b"BT /F1 12 Tf 72 780 Td (Exhibit benchmark page %d: concession area survey) Tj ET"
                    b" q 451 0 0 150 72 500 cm /Im1 Do Q" % (i + 1))
            obj(content, b"<< /Length %d >>" % len(text), text)
            obj(image, b"<< /Type /XObject /Subtype /Image /Width 1024 /Height 341 /ColorSpace /DeviceRGB"
                       b" /BitsPerComponent 8 /Length %d >>" % IMAGE, os.urandom(IMAGE))
        xref = f.tell()
        f.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
        for off in offsets:
            f.write(b"%010d 00000 n \n" % off)
        f.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref))
    return pages


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(field)


def hash_floor(path: Path) -> float:
    started = time.perf_counter()
    h = hashlib.sha256()
    with open(path, "rb", buffering=0) as f:
        while piece := f.read(CHUNK):
            h.update(piece)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--mb", type=int, default=200)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="iomed-bench-exhibits-"))
    try:
        pdf = work / "exhibit.pdf"
        pages = big_pdf(pdf, args.mb)
        size = pdf.stat().st_size
        session = create_case(work / "case.iomed", "benchmark passphrase", NewCase(
            reference="BENCH/1", title="Exhibits", kind=CaseKind.COMMERCIAL, mediators=("Mediator",),
            parties=(NewParty("A", PartyKind.COMPANY, ("a",)), NewParty("B", PartyKind.COMPANY, ("b",))),
            rule_set=RuleSetName.CONSENT, languages=("en",)))
        desk = exhibits_desk(session)
        floor = min(hash_floor(pdf) for _ in range(2))  # the second read is from the page cache, as the import's
        Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current RSS
        rss_before = _status("VmRSS")
        started = time.perf_counter()
        change = desk.import_file(pdf, Channel.joint(), label="C-1")
        seconds = time.perf_counter() - started
        peak_growth = _status("VmHWM") - rss_before
        x = desk.exhibit(change.created_id or "")
        words = len(desk.text(x.id).split())
        started = time.perf_counter()
        with desk.open_stream(x.id) as (_, stream):
            head = stream.read(CHUNK)
        first_chunk_ms = (time.perf_counter() - started) * 1000
        session.close()
        result = {
            "file_mb": size / 1e6, "pages": pages, "import_s": seconds, "import_mb_s": size / 1e6 / seconds,
            "hash_floor_s": floor, "hash_floor_mb_s": size / 1e6 / floor, "ratio_to_hash": seconds / floor,
            "peak_rss_growth_mb": peak_growth / 1e6, "target_rss_growth_mb": 64,
            "met": peak_growth < 64e6, "text_words": words, "first_chunk_ms": first_chunk_ms,
            "head_ok": head[:5] == b"%PDF-",
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:>22}: {v:.2f}" if isinstance(v, float) else f"{k:>22}: {v}")
    return 0 if result["met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
