"""A disk that fills during writes: a clear error, and every earlier commit intact.

The child process runs under RLIMIT_FSIZE with SIGXFSZ ignored, so a write past
the limit fails with EFBIG exactly as a full disk fails a write.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from iomed_desk.app.opening import unlock
from iomed_desk.core.channels import Channel
from tests.conftest import PASSPHRASE

CHILD = textwrap.dedent("""
    import json, resource, signal, sys
    from pathlib import Path
    from iomed_desk.app.opening import unlock
    from iomed_desk.core.channels import Channel
    from iomed_desk.core.errors import UserError
    path, passphrase, limit = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    session = unlock(path, passphrase)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    acked = []
    for i in range(100000):
        try:
            nid = session.take_note(Channel.party("p1"), f"n{i}", ("caucus text %d " % i) * 200).created_id
        except UserError as exc:
            print(json.dumps({"acked": acked, "error": exc.message}))
            sys.exit(0)
        acked.append(nid)
    print(json.dumps({"acked": acked, "error": None}))
""")


def test_disk_full_is_a_clear_error_and_loses_nothing_committed(session, case_path: Path) -> None:  # type: ignore[no-untyped-def]
    session.close()
    limit = case_path.stat().st_size + 600_000
    out = subprocess.run([sys.executable, "-c", CHILD, str(case_path), PASSPHRASE, str(limit)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    result = json.loads(out.stdout)
    assert result["error"] and "disk" in result["error"].lower()
    assert len(result["acked"]) > 5
    again = unlock(case_path, PASSPHRASE)
    try:
        kept = {n.id for n in again.notes_in(Channel.party("p1"))}
        assert set(result["acked"]) <= kept
        assert again.check().ok
    finally:
        again.close()

