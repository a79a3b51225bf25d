"""Screenshots of the case overview and the dialogs that had no generator, at 1024×700, in English and
zh_HK (called by scripts/screenshots.py; runnable alone: python scripts/screenshots_dialogs.py OUT).

Works on a fresh demo case written in a temporary folder; the agreement verified here is signed there with
throw-away identities made in memory, so nothing is recorded in any real case.
Written: case-overview-{en,zh_HK}-1024x700.png, signatories-dialog-{en,zh_HK}.png,
place-time-zone-dialog-{en,zh_HK}.png, verify-dialog-{en,zh_HK}-1024x700.png,
export-wizard-preview[-zh_HK]-1024x700.png, export-wizard-mediator[-zh_HK]-1024x700.png.
The wizard's later pages (signatories, handover, save, report, attest) still come from driving the wizard
by hand; see the report in the commit that added this file.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WIDTH, HEIGHT = 1024, 700


def _settle(until: Callable[[], bool] = lambda: True, timeout_s: float = 30.0, settle_s: float = 0.3) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    end = time.monotonic() + timeout_s
    while not until():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for a screen to be ready")
        QCoreApplication.processEvents()
        time.sleep(0.02)
    end = time.monotonic() + settle_s
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.02)


def _save(widget, path: Path) -> Path:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path} ({image.width()}x{image.height()})")
    return path


def _signed_agreement(session, folder: Path) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    """The demo's agreement signed in `folder` by throw-away identities (the export pipeline, not the app's
    export: no export is recorded in the case)."""
    from iomed_desk.app.export import canonical_agreement
    from iomed_desk.core.seat import case_zone
    from iomed_desk.export.identity import issue_party_identity, new_identity, write_certificate
    from iomed_desk.export.pipeline import export_and_sign
    from iomed_desk.export.signers import KeySigner

    mediator = new_identity(session.case.mediators[0].name, organisation="IOMed")
    pdf, pem = folder / "agreement.pdf", folder / "mediator.pem"
    signers = {i: KeySigner.from_issued(issue_party_identity(
        mediator, p.representatives[0] if p.representatives else p.name, "2468", organisation=p.name), "2468")
        for i, p in enumerate(session.case.parties)}
    export_and_sign(canonical_agreement(session), pdf, KeySigner(mediator), signers, session.clock(),
                    zone=case_zone(session.case))
    write_certificate(pem, mediator.certificate)
    return pdf, pem


def save_dialog_screenshots(out: Path, tmp: Path) -> list[Path]:
    """Needs a QApplication; switches the interface language and leaves it in English."""
    from PySide6.QtWidgets import QApplication

    from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
    from iomed_desk.app.opening import unlock
    from iomed_desk.gui import i18n
    from iomed_desk.gui.case_settings_dialog import PlaceAndZoneDialog
    from iomed_desk.gui.export_wizard import ExportWizard
    from iomed_desk.gui.main_window import MainWindow
    from iomed_desk.gui.settings import Settings
    from iomed_desk.gui.signatories_dialog import SignatoriesDialog
    from iomed_desk.gui.verify_dialog import VerifyDialog

    app = QApplication.instance()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for language in ("en", "zh_HK"):
        i18n.install_translator(app, language)
        tag = f"-{language}" if language != "en" else ""
        folder = Path(tempfile.mkdtemp(prefix=f"dialogs-{language}-", dir=tmp))
        demo = folder / "demo.iomed"
        write_demo(demo, DEMO_PASSPHRASE)
        window = MainWindow(Settings())
        window.resize(WIDTH, HEIGHT)
        window.show()
        try:
            window.adopt(unlock(demo, DEMO_PASSPHRASE), window.tr("Case opened"))
            session = window.session
            window.workspace.navigate("overview")
            _settle()
            written.append(_save(window, out / f"case-overview-{language}-{WIDTH}x{HEIGHT}.png"))
            for name, dialog in ((f"signatories-dialog-{language}.png", SignatoriesDialog(session, None, window)),
                                 (f"place-time-zone-dialog-{language}.png", PlaceAndZoneDialog(session, window))):
                dialog.show()
                _settle()
                written.append(_save(dialog, out / name))
                dialog.reject()
            wizard = ExportWizard(session)
            wizard.resize(WIDTH, HEIGHT)
            wizard.show()
            _settle(lambda w=wizard: w.preview_page.loaded, settle_s=1.0)
            written.append(_save(wizard, out / f"export-wizard-preview{tag}-{WIDTH}x{HEIGHT}.png"))
            wizard.next()
            _settle()
            written.append(_save(wizard, out / f"export-wizard-mediator{tag}-{WIDTH}x{HEIGHT}.png"))
            wizard.reject()
            wizard.deleteLater()
            pdf, pem = _signed_agreement(session, folder)
            verify = VerifyDialog(window, pdf, [pem])
            verify.resize(WIDTH, HEIGHT)
            verify.show()
            _settle(lambda v=verify: v.report is not None)
            written.append(_save(verify, out / f"verify-dialog-{language}-{WIDTH}x{HEIGHT}.png"))
            verify.close()
        finally:
            window.close()
            _settle(settle_s=0.1)
    i18n.install_translator(app, "en")
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python scripts/screenshots_dialogs.py OUTPUT_FOLDER", file=sys.stderr)
        return 2
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from screenshots import _private_environment

    out = Path(argv[0]).resolve()
    with tempfile.TemporaryDirectory(prefix="iomed-screenshots-") as tmp:
        _private_environment(Path(tmp))
        from PySide6.QtWidgets import QApplication

        from iomed_desk.gui import i18n
        from iomed_desk.gui.main import configure_application

        app = QApplication([sys.argv[0]])
        configure_application(app)
        i18n.with_cjk_fallback(app, i18n.register_fonts())
        save_dialog_screenshots(out, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
