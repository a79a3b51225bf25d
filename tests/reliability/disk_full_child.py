"""A child that fills the disk while it saves notes or exports the agreement, then reports as JSON.

`python -m tests.reliability.disk_full_child MODE CASE LIMIT [OUT_DIR] [--copy-back DEST]`, key hex on stdin.
LIMIT > 0 sets RLIMIT_FSIZE (SIGXFSZ ignored, so a write past it fails with EFBIG); LIMIT = 0 relies
on the folder being a small tmpfs (ENOSPC). `--copy-back` copies the case out after closing it,
for a parent that cannot see the child's private tmpfs.
"""

from __future__ import annotations

import json
import resource
import shutil
import signal
import sys
from pathlib import Path


def limit_file_size(limit: int) -> None:
    """A soft limit only, so it can be lifted again to report."""
    if limit > 0:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))


def saves(case: Path, limit: int) -> dict:
    from iomed_desk.app.opening import open_with_key
    from iomed_desk.core.channels import Channel
    from iomed_desk.core.errors import UserError

    session = open_with_key(case, bytes.fromhex(sys.stdin.readline().strip()))
    limit_file_size(limit)
    acked: list[str] = []
    error = kind = None
    for i in range(200_000):
        try:
            change = session.take_note(Channel.party("p1"), f"Full {i}", f"港口 caucus text {i} " * 150)
        except UserError as exc:
            error, kind = exc.message, type(exc).__name__
            break
        acked.append(change.created_id or "")
    try:
        session.close()
    except UserError as exc:  # closing may fail to checkpoint on a full disk: the WAL keeps the commits
        error = error or exc.message
    return {"acked": acked, "error": error, "error_type": kind}


def export(case: Path, limit: int, out_dir: Path) -> dict:
    from iomed_desk.app.export import export_agreement
    from iomed_desk.app.opening import open_with_key
    from iomed_desk.core.errors import UserError
    from iomed_desk.export.identity import new_identity
    from iomed_desk.export.signers import KeySigner

    session = open_with_key(case, bytes.fromhex(sys.stdin.readline().strip()))
    mediator = KeySigner(new_identity("Dr Lin Wai-man", organisation="IOMed"))
    head = session.audit_head()
    limit_file_size(limit)
    error = kind = None
    try:
        export_agreement(session, out_dir / "agreement.pdf", mediator, {})
    except UserError as exc:
        error, kind = exc.message, type(exc).__name__
    session.close()
    return {"error": error, "error_type": kind, "audit_head_before": head,
            "files": sorted(p.name for p in out_dir.iterdir())}


if __name__ == "__main__":
    args = sys.argv[1:]
    copy_back = None
    if "--copy-back" in args:
        i = args.index("--copy-back")
        copy_back = Path(args[i + 1])
        del args[i:i + 2]
    mode, case, limit = args[0], Path(args[1]), int(args[2])
    result = saves(case, limit) if mode == "saves" else export(case, limit, Path(args[3]))
    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    if copy_back is not None:
        for suffix in ("", "-wal"):
            source = Path(f"{case}{suffix}")
            if source.exists():
                shutil.copyfile(source, Path(f"{copy_back}{suffix}"))
    print(json.dumps(result))
