"""First-page preview of a large PDF exhibit (issue 18): under a second after import.

Set-up (this process): a PDF of `--mb` megabytes (bench_exhibits.big_pdf: pages of text, each with
an image of random bytes) imported into a new case file. Measured in a fresh subprocess (the key
handed over on stdin, never argv), as the GUI does it: the exhibit's chunks read from the case file
into one QByteArray, QPdfDocument.load from a QBuffer over it, page 1 rendered (QPdfDocument.render,
A4 at 1000 px wide). Baseline in the same subprocess and run: QPdfDocument.load of the same PDF from
its file on disk and the same render; reported as a ratio. Best of `--repeat`.
Target: under 1 s for a 200 MB PDF.
Run: `python benchmarks/bench_exhibit_preview.py [--json] [--mb 200] [--repeat 3]`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_S = 1.0
RENDER = (1000, 1414)


def child(case: Path, exhibit_id: str, pdf: Path, repeat: int) -> dict[str, float | int | bool]:
    """In the subprocess: (chunks -> QBuffer -> QPdfDocument -> page 1) against (file -> QPdfDocument -> page 1)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    from iomed_desk.app.exhibits import exhibits_desk
    from iomed_desk.app.opening import open_with_key

    app = QGuiApplication([])  # noqa: F841 - QtPdf renders need a Gui application
    key = bytes.fromhex(sys.stdin.readline().strip())
    session = open_with_key(case, key)
    desk = exhibits_desk(session)
    size = QSize(*RENDER)

    def from_chunks() -> tuple[float, float, int, bool]:
        started = time.perf_counter()
        data = QByteArray()
        for piece in desk.chunks(exhibit_id):
            data.append(piece)
        read = time.perf_counter() - started
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        doc = QPdfDocument()
        doc.load(buffer)
        image = doc.render(0, size)
        total = time.perf_counter() - started
        ok = doc.status() == QPdfDocument.Status.Ready and not image.isNull()
        pages = doc.pageCount()
        doc.close()
        return total, read, pages, ok

    def from_disk() -> tuple[float, bool]:
        started = time.perf_counter()
        doc = QPdfDocument()
        doc.load(str(pdf))
        image = doc.render(0, size)
        total = time.perf_counter() - started
        ok = doc.status() == QPdfDocument.Status.Ready and not image.isNull()
        doc.close()
        return total, ok

    memory = [from_chunks() for _ in range(repeat)]
    disk = [from_disk() for _ in range(repeat)]
    session.close()
    best = min(memory)
    disk_s = min(d[0] for d in disk)
    return {"preview_s": best[0], "read_chunks_s": best[1], "pages": best[2],
            "ok": all(m[3] for m in memory) and all(d[1] for d in disk),
            "from_disk_s": disk_s, "ratio_to_disk": best[0] / disk_s if disk_s else float("inf")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=3, metavar=("CASE", "EXHIBIT", "PDF"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        case, exhibit_id, pdf = args.child
        print(json.dumps(child(Path(case), exhibit_id, Path(pdf), args.repeat)))
        return 0

    from benchmarks.bench_exhibits import big_pdf
    from iomed_desk.app.exhibits import exhibits_desk
    from iomed_desk.app.opening import NewCase, NewParty, create_case
    from iomed_desk.core.channels import Channel
    from iomed_desk.core.model import CaseKind, PartyKind, RuleSetName

    work = Path(tempfile.mkdtemp(prefix="iomed-bench-preview-"))
    try:
        pdf = work / "exhibit.pdf"
        big_pdf(pdf, args.mb)
        session = create_case(work / "case.iomed", "benchmark passphrase", NewCase(
            reference="BENCH/2", title="Preview", kind=CaseKind.COMMERCIAL, mediators=("Mediator",),
            parties=(NewParty("A", PartyKind.COMPANY, ("a",)), NewParty("B", PartyKind.COMPANY, ("b",))),
            rule_set=RuleSetName.CONSENT, languages=("en",)))
        change = exhibits_desk(session).import_file(pdf, Channel.joint(), label="C-1")
        key = session.db.key.hex()
        session.close()
        done = subprocess.run([sys.executable, __file__, "--repeat", str(args.repeat), "--child",
                               str(work / "case.iomed"), change.created_id or "", str(pdf)],
                              input=key + "\n", capture_output=True, text=True, timeout=600, check=False)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 2
        measured = json.loads(done.stdout.strip().splitlines()[-1])
        result = {"file_mb": pdf.stat().st_size / 1e6, **measured, "target_s": TARGET_S,
                  "met": bool(measured["ok"]) and measured["preview_s"] < TARGET_S}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:>16}: {v:.3f}" if isinstance(v, float) else f"{k:>16}: {v}")
    return 0 if result["met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
