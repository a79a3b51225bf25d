"""The export package and the signing commands never import Qt (they run headless and in workers)."""

from __future__ import annotations

import subprocess
import sys


def test_export_and_the_signing_commands_import_no_pyside6() -> None:
    code = (
        "import sys\n"
        "import iomed_desk.export.pipeline, iomed_desk.export.verify, iomed_desk.export.signers\n"
        "import iomed_desk.cli.signing\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(', '.join(bad), file=sys.stderr)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
