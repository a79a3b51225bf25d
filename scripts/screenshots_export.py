"""Screenshots of the export wizard and the verification dialog, for the documentation
(called by scripts/screenshots.py with an open case).

Everything signed here is signed in a temporary folder with throw-away
identities made in memory, through the export pipeline rather than the app's
export, so taking screenshots never records an export in the case.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.export import canonical_agreement
from iomed_desk.core.seat import case_zone
from iomed_desk.export.identity import issue_party_identity, new_identity, write_certificate
from iomed_desk.export.pipeline import export_and_sign
from iomed_desk.export.signers import KeySigner
from iomed_desk.gui.export_wizard import ExportWizard
from iomed_desk.gui.verify_dialog import VerifyDialog

SIZE = (900, 720)


def _wait(condition: Callable[[], bool], timeout_s: float = 20.0, settle_s: float = 0.0) -> None:
    """Run the event loop until `condition` holds, then `settle_s` longer (QPdfView paints asynchronously)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready in time")
        _spin(0.02)
    if settle_s:
        _spin(settle_s)


def _spin(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _save(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise OSError(f"Cannot write {path}")
    return path


def save_export_screenshots(session: CaseSession, folder: Path) -> list[Path]:
    """Write export-wizard.png (the preview) and verify-dialog.png to `folder`.

    The wizard's later pages (signatories, handover, report, attest) are drawn by the wizard's own
    tests into docs/screenshots/export-wizard-*-1024x700.png, since they need identities and PINs."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    mediator = new_identity(session.case.mediators[0].name, organisation="IOMed")
    written: list[Path] = []

    wizard = ExportWizard(session)
    wizard.resize(*SIZE)
    wizard.show()
    _wait(lambda: wizard.preview_page.loaded, settle_s=1.5)
    written.append(_save(wizard, folder / "export-wizard.png"))
    wizard.reject()
    wizard.deleteLater()

    with tempfile.TemporaryDirectory(prefix="iomed-screenshots-") as tmp:
        pdf, pem = Path(tmp) / f"{session.case.reference.replace('/', '-')}-agreement.pdf", Path(tmp) / "mediator.pem"
        parties = session.case.parties
        signers = {i: KeySigner.from_issued(issue_party_identity(
            mediator, p.representatives[0] if p.representatives else p.name, "2468", organisation=p.name),
            "2468") for i, p in enumerate(parties)}
        export_and_sign(canonical_agreement(session), pdf, KeySigner(mediator), signers, session.clock(),
                        zone=case_zone(session.case))
        write_certificate(pem, mediator.certificate)
        dialog = VerifyDialog(None, pdf, [pem])
        dialog.resize(SIZE[0], 860)
        dialog.show()
        _wait(lambda: dialog.report is not None, settle_s=0.3)
        written.append(_save(dialog, folder / "verify-dialog.png"))
        dialog.close()
        dialog.deleteLater()
    return written
