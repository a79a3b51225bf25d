"""Verify PDF…: a real signed agreement shows green, a flipped signed byte red, junk one line."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QFontInfo, QGuiApplication, QImage
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QFileSystemModel, QTreeView

from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
from iomed_desk.app.export import export_agreement, signature_field_labels
from iomed_desk.app.opening import unlock
from iomed_desk.export.identity import issue_party_identity, new_identity, write_certificate
from iomed_desk.export.signers import KeySigner
from iomed_desk.export.verify import verify_pdf
from iomed_desk.gui.file_dialogs import DATE_COLUMN
from iomed_desk.gui.verify_dialog import ReportView, VerifyDialog
from tests.gui.threads import ThreadSpy
from tests.maintenance_scripts import load_script

MEDIATOR = "Dr Margaret Lau Mei-ling"
SIGNERS = [MEDIATOR, "Dr Amara Solis", "Henrik Ostrand", "Grace Adeyemi", MEDIATOR]
FIELDS = ["Sig-Certification", "Sig-Party-1", "Sig-Party-2", "Sig-Party-3", "Sig-Mediator"]
#: each card: the certificate's name, then whom the field signs for (from the agreement the PDF carries)
TITLES = ["1. Dr Margaret Lau Mei-ling — Mediator's certification",
          "2. Dr Amara Solis — Harbour Authority of the Republic of Asteria",
          "3. Henrik Ostrand — Calder-Ostrand Terminal Consortium",
          "4. Grace Adeyemi — Eastern Littoral Development Bank",
          "5. Dr Margaret Lau Mei-ling — Mediator's attestation"]


@dataclass(frozen=True)
class Signed:
    folder: Path
    pdf: Path
    pem: Path
    case: Path


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> Signed:
    """The demo agreement exported by the app: every party's signatory with a certificate issued in the room."""
    folder = tmp_path_factory.mktemp("verify")
    write_demo(folder / "demo.iomed")
    session = unlock(folder / "demo.iomed", DEMO_PASSPHRASE)
    try:
        mediator = new_identity("Dr Margaret Lau Mei-ling", organisation="IOMed")
        signers: dict[str, Any] = {p.id: None for p in session.case.parties}
        for party in session.case.parties:
            issued = issue_party_identity(mediator, party.signatories[0].name, "2468", organisation=party.name)
            signers[party.id] = KeySigner.from_issued(issued, "2468")
        export_agreement(session, folder / "agreement.pdf", KeySigner(mediator), signers)
    finally:
        session.close()
    write_certificate(folder / "mediator.pem", mediator.certificate)
    return Signed(folder, folder / "agreement.pdf", folder / "mediator.pem", folder / "demo.iomed")


def report_view(dialog: VerifyDialog) -> ReportView:
    layout = dialog.results.layout()
    assert layout.count() == 1
    view = layout.itemAt(0).widget()
    assert isinstance(view, ReportView)
    return view


def finished(qtbot, dialog: VerifyDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def opened_and_verified(qtbot, pdf: Path, trust: list[Path]) -> VerifyDialog:  # type: ignore[no-untyped-def]
    """The dialog for `pdf` (it starts checking at once): busy when shown, then the report, verified on a worker."""
    with ThreadSpy(verify_pdf) as verifying:
        dialog = VerifyDialog(None, pdf, trust)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.busy and dialog.progress.isVisible() and not dialog.verify_button.isEnabled()
        finished(qtbot, dialog)
    verifying.assert_ran_off_the_gui_thread()
    return dialog


def test_the_exported_agreement_shows_green_with_every_field(qtbot, signed: Signed) -> None:
    dialog = opened_and_verified(qtbot, signed.pdf, [signed.pem])
    assert dialog.error.text() == "" and dialog.report is not None and dialog.report.ok
    view = report_view(dialog)
    assert view.verdict_title.text() == "✓ All 5 signatures are valid"
    assert [card.ok for card in view.cards] == [True] * 5
    assert [card.values["Signer"].text() for card in view.cards] == SIGNERS
    for card in view.cards:
        assert card.property("ok") is True and card.status.text() == "✓ Valid"
        assert card.values["Issued by"].text() == "Dr Margaret Lau Mei-ling"
        assert "by the signer's own clock (no time-stamp authority)" in card.values["Signed at"].text()
        assert card.values["Signed bytes intact"].text() == "Yes"
        assert card.values["Trusted"].text() == "Yes"
        assert card.accessibleName().endswith(": Valid")
    assert view.cards[-1].values["Covers"].text() == "The entire file"
    assert view.cards[0].values["Changes after it"].text() == "Only further signatures or form filling"
    assert [c.values["Field"].text() for c in view.cards] == FIELDS
    assert [c.title.text() for c in view.cards] == TITLES


def extracted_text_sha256(pdf: Path) -> str:
    """What a party checks by hand: `iomed-desk verify FILE --extract-text | sha256sum`."""
    cli = Path(sys.executable).with_name("iomed-desk")
    run = subprocess.run(f"'{cli}' verify '{pdf}' --extract-text | sha256sum", shell=True, check=True,
                         capture_output=True, text=True)
    return run.stdout.split()[0]


def test_the_fingerprint_is_the_sha256_of_the_extracted_text_and_copies(qtbot, signed: Signed) -> None:
    dialog = opened_and_verified(qtbot, signed.pdf, [signed.pem])
    expected = extracted_text_sha256(signed.pdf)
    assert re.fullmatch(r"[0-9a-f]{64}", expected)
    assert dialog.fingerprint.text() == expected and dialog.fingerprint.isVisible()
    assert dialog.fingerprint.isReadOnly() and QFontInfo(dialog.fingerprint.font()).fixedPitch()
    assert dialog.fingerprint.width() >= dialog.fingerprint.fontMetrics().horizontalAdvance(expected), "not cut"
    assert dialog.file_sha256.text() == hashlib.sha256(signed.pdf.read_bytes()).hexdigest()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_fingerprint, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == expected
    QGuiApplication.clipboard().clear()


def test_the_export_wizards_entry_prefills_and_names_signers_as_the_case_does(qtbot, signed: Signed,
                                                                               tmp_path: Path) -> None:
    case = tmp_path / "demo.iomed"
    shutil.copy(signed.case, case)
    session = unlock(case, DEMO_PASSPHRASE)
    try:
        labels = signature_field_labels(session, "Mediator (Dr Lau)")
    finally:
        session.close()
    with ThreadSpy(verify_pdf) as verifying:
        dialog = VerifyDialog.for_export(None, signed.pdf, [signed.pem], labels)
        qtbot.addWidget(dialog)
        dialog.show()
        finished(qtbot, dialog)
    verifying.assert_ran_off_the_gui_thread()
    assert dialog.path.text() == str(signed.pdf) and dialog.trust_paths() == [signed.pem]
    assert dialog.report is not None and dialog.report.ok
    assert report_view(dialog).cards[4].title.text() == "5. Dr Margaret Lau Mei-ling — Mediator (Dr Lau)"


def test_signing_times_are_written_in_the_interface_format(qtbot, signed: Signed) -> None:
    dialog = opened_and_verified(qtbot, signed.pdf, [signed.pem])
    shown = report_view(dialog).cards[0].values["Signed at"].text()
    assert re.match(r"\d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d \(UTC", shown), shown


def file_dialog(qtbot, dialog: VerifyDialog) -> QFileDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(c.isVisible() for c in dialog.findChildren(QFileDialog)))
    return next(c for c in dialog.findChildren(QFileDialog) if c.isVisible())


def choose_by_clicking(qtbot, chooser: QFileDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    """In the file's folder, click the file in the list, then click Open."""
    chooser.setDirectory(str(path.parent))
    qtbot.waitUntil(lambda: _row_for(chooser, path) is not None)
    view = chooser.findChild(QTreeView, "treeView")
    view.scrollTo(_row_for(chooser, path))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(_row_for(chooser, path)).center())
    open_button = chooser.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Open)
    qtbot.waitUntil(open_button.isEnabled)
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not chooser.isVisible())


def test_the_file_dialog_fits_its_columns_and_writes_dates_as_the_interface(qtbot, signed: Signed) -> None:
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(signed.pdf))
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    chooser = file_dialog(qtbot, dialog)
    assert chooser.width() >= 900 and chooser.height() >= 560
    model = chooser.proxyModel()
    assert model is not None
    qtbot.waitUntil(lambda: _row_for(chooser, signed.pdf) is not None)
    row = _row_for(chooser, signed.pdf)
    modified = QDateTime.fromSecsSinceEpoch(int(signed.pdf.stat().st_mtime))
    shown = row.siblingAtColumn(DATE_COLUMN).data()
    assert shown == modified.toString("dd MMM yyyy HH:mm"), shown
    assert not re.match(r"\d{1,2}/\d{1,2}/\d{2}", shown), "no US short date"
    chooser.reject()


def _row_for(chooser: QFileDialog, path: Path):  # type: ignore[no-untyped-def]
    proxy = chooser.proxyModel()
    source = chooser.findChild(QFileSystemModel)
    if proxy is None or source is None:
        return None
    index = proxy.mapFromSource(source.index(str(path)))
    return index if index.isValid() and index.siblingAtColumn(DATE_COLUMN).data() else None


def test_without_the_mediators_certificate_nothing_is_trusted(qtbot, signed: Signed) -> None:
    dialog = VerifyDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.verify_button.isEnabled()
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    choose_by_clicking(qtbot, file_dialog(qtbot, dialog), signed.pdf)
    assert dialog.path.text() == str(signed.pdf)
    with ThreadSpy(verify_pdf) as verifying:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
        assert dialog.busy and dialog.progress.isVisible()
        finished(qtbot, dialog)
    verifying.assert_ran_off_the_gui_thread()
    view = report_view(dialog)
    assert not dialog.report.ok and view.verdict_title.text().startswith("✗")
    assert [c.values["Trusted"].text() for c in view.cards] == ["No"] * 5
    assert all(c.values["Signed bytes intact"].text() == "Yes" for c in view.cards)

    qtbot.mouseClick(dialog.add_trust, Qt.MouseButton.LeftButton)
    choose_by_clicking(qtbot, file_dialog(qtbot, dialog), signed.pem)
    assert dialog.trust_paths() == [signed.pem]
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    finished(qtbot, dialog)
    assert dialog.report.ok and report_view(dialog).verdict_title.text().startswith("✓")
    dialog.trust_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_trust, Qt.MouseButton.LeftButton)
    assert dialog.trust_paths() == []


def test_one_flipped_byte_in_a_signed_range_turns_it_red(qtbot, signed: Signed, tmp_path: Path) -> None:
    data = bytearray(signed.pdf.read_bytes())
    first_range = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)", data)
    assert first_range is not None
    position = int(first_range.group(2)) // 2
    data[position] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    dialog = opened_and_verified(qtbot, tampered, [signed.pem])
    assert dialog.report is not None and not dialog.report.ok
    view = report_view(dialog)
    assert view.verdict_title.text() == "✗ This document's signatures are not valid"
    assert view.verdict_detail.text()
    assert view.cards[0].values["Signed bytes intact"].text() == "No"
    assert not view.cards[0].ok and view.cards[0].status.text() == "✗ Not valid"
    assert view.cards[0].property("ok") is False


@pytest.mark.parametrize("content", ["empty", "text", "truncated"])
def test_an_unreadable_file_is_one_line(qtbot, signed: Signed, tmp_path: Path, content: str) -> None:
    good = signed.pdf.read_bytes()
    data = {"empty": b"", "text": b"Minutes of the joint session\n", "truncated": good[: len(good) - 200]}[content]
    path = tmp_path / f"{content}.pdf"
    path.write_bytes(data)
    dialog = VerifyDialog(None, signed.pdf, [signed.pem])
    qtbot.addWidget(dialog)
    dialog.show()
    finished(qtbot, dialog)
    assert dialog.results.layout().count() == 1
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    finished(qtbot, dialog)
    message = dialog.error.text()
    assert message and "\n" not in message and path.name in message
    assert dialog.report is None
    qtbot.waitUntil(lambda: dialog.results.layout().count() == 0)


def test_screenshots_of_the_wizard_and_the_dialog(qtbot, signed: Signed, tmp_path: Path) -> None:
    case = tmp_path / "demo.iomed"
    shutil.copy(signed.case, case)
    session = unlock(case, DEMO_PASSPHRASE)
    try:
        written = load_script("screenshots_export").save_export_screenshots(session, tmp_path / "shots")
        exports = [e for e in session.audit_events("agreement.export")]
    finally:
        session.close()
    assert [p.name for p in written] == ["export-wizard.png", "verify-dialog.png"]
    for path in written:
        image = QImage(str(path))
        assert image.width() >= 800 and image.height() >= 700
    assert len(exports) == 1, "taking screenshots records no export"
