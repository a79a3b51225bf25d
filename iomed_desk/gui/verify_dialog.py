"""Verify PDF…: every signature of a signed agreement, green or red, checked offline on a worker.

`show_report` draws a `VerificationReport` into any container widget; the
export wizard's last page uses it too, so the two always say the same thing.
Trust is only what the user chose here (no system store), as in `iomed-desk verify`.

Each signature is named by who signed it (the certificate's name) and, for the
fields an export creates, whom it signs for: the party (and signatory) or the
mediator's attestation, from the case when the caller knows it
(`app.export.signature_field_labels`), else from the agreement text the PDF
carries. The agreement fingerprint, which a party compares with the one in
their signing record, is shown whole, selectable and copyable, with the file's
SHA-256.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.verification import (
    TIME_SOURCE,
    Coverage,
    LaterChanges,
    SignatureReport,
    VerificationReport,
    agreement_text,
    verify_agreement,
)
from iomed_desk.core.canonical_agreement import CanonicalAgreement, parse
from iomed_desk.core.errors import UserError
from iomed_desk.gui.dates import local_text
from iomed_desk.gui.file_dialogs import choose_files
from iomed_desk.gui.worker import run_in_background

GOOD = "#1e7b4a"
BAD = "#c0392b"

#: palette-relative apart from the two verdict colours, so it reads in light and dark palettes
REPORT_STYLE = f"""
QFrame#verdict {{ border-radius: 8px; padding: 4px; }}
QFrame#verdict[ok="true"] {{ background: {GOOD}; }}
QFrame#verdict[ok="false"] {{ background: {BAD}; }}
QFrame#verdict QLabel {{ color: white; }}
QLabel#verdictTitle {{ font-size: 15px; font-weight: 600; }}
QFrame#signatureCard {{ background: palette(base); border: 1px solid palette(midlight);
                        border-radius: 8px; }}
QFrame#signatureCard[ok="true"] {{ border-left: 5px solid {GOOD}; }}
QFrame#signatureCard[ok="false"] {{ border-left: 5px solid {BAD}; }}
QLabel#cardTitle {{ font-size: 14px; font-weight: 600; }}
QLabel#cardStatus[ok="true"] {{ color: {GOOD}; font-weight: 600; }}
QLabel#cardStatus[ok="false"] {{ color: {BAD}; font-weight: 600; }}
QLabel#fieldName {{ color: palette(placeholder-text); }}
QLabel#problem {{ color: {BAD}; }}
"""

_FIELD = re.compile(r"Sig-Party-(\d+)(?:-(\d+))?")
MEDIATOR_FIELD = "Sig-Mediator"
CERTIFICATION_FIELD = "Sig-Certification"


def _tr(text: str) -> str:
    return QCoreApplication.translate("VerificationReport", text)


def field_label(name: str) -> str:
    """A reader's name for a signature field the export created; other fields keep their own name."""
    if name == MEDIATOR_FIELD:
        return _tr("Mediator's attestation")
    if name == CERTIFICATION_FIELD:
        return _tr("Mediator's certification")
    match = _FIELD.fullmatch(name)
    if match:
        return _tr("Party {n}").format(n=match.group(1))
    return name


def agreement_field_labels(agreement: CanonicalAgreement) -> dict[str, str]:
    """The export's signature fields named from the agreement the PDF carries: each party's name (with
    the signatory's, for a party several sign for), and the mediator's attestation.

    The same naming as `app.export.signature_field_labels`, for a file verified without its case.
    """
    labels = {MEDIATOR_FIELD: field_label(MEDIATOR_FIELD), CERTIFICATION_FIELD: field_label(CERTIFICATION_FIELD)}
    for i, party in enumerate(agreement.parties, start=1):
        blocks = party.signatories
        for j, signatory in enumerate(blocks or (None,), start=1):
            field = f"Sig-Party-{i}" + (f"-{j}" if j > 1 else "")
            labels[field] = f"{party.name} ({signatory.name})" if len(blocks) > 1 and signatory else party.name
    return labels


def embedded_field_labels(pdf: Path) -> dict[str, str]:
    """Labels from the agreement text embedded in `pdf`; none when it carries no readable one
    (the report then says what is wrong with the text)."""
    try:
        return agreement_field_labels(parse(agreement_text(pdf)))
    except UserError:
        return {}


def card_title(sig: SignatureReport, label: str) -> str:
    """Who signed, and for whom: "Dr Amara Solis — Harbour Authority of …"; either alone if that is all there is."""
    signer = sig.signer.strip()
    if signer and label and label != signer:
        return _tr("{signer} — {label}").format(signer=signer, label=label)
    return signer or label or sig.field_name


def _yes_no(value: bool) -> str:
    return _tr("Yes") if value else _tr("No")


def _coverage_text(coverage: Coverage) -> str:
    return {Coverage.ENTIRE_FILE: _tr("The entire file"),
            Coverage.ENTIRE_REVISION: _tr("Its revision; later additions follow it"),
            Coverage.UNCLEAR: _tr("Part of the file only, or unclear")}[coverage]


def _later_text(later: LaterChanges) -> str:
    return {LaterChanges.NONE: _tr("None"),
            LaterChanges.PERMITTED: _tr("Only further signatures or form filling"),
            LaterChanges.MODIFIED: _tr("The document was modified")}[later]


def _time_text(sig: SignatureReport) -> str:
    if sig.signing_time is None:
        return _tr("Unknown")
    local = sig.signing_time.astimezone()
    when = f"{local_text(local, seconds=True)} ({_utc_offset(local)})"
    if sig.time_source != TIME_SOURCE:
        return f"{when} ({sig.time_source})"
    return _tr("{when}, by the signer's own clock (no time-stamp authority)").format(when=when)


def _utc_offset(moment: datetime) -> str:
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    if not minutes:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{'+' if minutes > 0 else '−'}{hours:02d}:{rest:02d}"


def _label(text: str, parent: QWidget, name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class SignatureCard(QFrame):
    """One signature: green or red, with every field of its report."""

    def __init__(self, number: int, sig: SignatureReport, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureCard")
        self.setProperty("ok", sig.ok)
        self.ok = sig.ok
        status = _tr("Valid") if sig.ok else _tr("Not valid")
        self.status = _label(("✓ " if sig.ok else "✗ ") + status, self, "cardStatus", wrap=False)
        self.status.setProperty("ok", sig.ok)
        heading = QHBoxLayout()
        self.title = _label(f"{number}. {title}", self, "cardTitle")
        heading.addWidget(self.title, 1)
        heading.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        rows = [
            (_tr("Signer"), sig.signer),
            (_tr("Issued by"), sig.issuer),
            (_tr("Signed at"), _time_text(sig)),
            (_tr("Signed bytes intact"), _yes_no(sig.intact)),
            (_tr("Covers"), _coverage_text(sig.coverage)),
            (_tr("Changes after it"), _later_text(sig.later_changes)),
            (_tr("Trusted"), _yes_no(sig.trusted)),
            (_tr("Field"), sig.field_name),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel] = {}
        for row, (name, value) in enumerate(rows):
            grid.addWidget(_label(name, self, "fieldName", wrap=False), row, 0, Qt.AlignmentFlag.AlignTop)
            self.values[name] = _label(value, self)
            grid.addWidget(self.values[name], row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 14, 12)
        layout.addLayout(heading)
        layout.addLayout(grid)
        for problem in sig.problems:
            layout.addWidget(_label("• " + problem, self, "problem"))
        self.setAccessibleName(f"{title}: {status}")
        self.setAccessibleDescription("; ".join(f"{n}: {v}" for n, v in rows) +
                                      "".join(f"; {p}" for p in sig.problems))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class ReportView(QWidget):
    """The overall verdict on top, then one card per signature in signing order."""

    def __init__(self, report: VerificationReport, field_labels: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verificationReport")
        self.setStyleSheet(REPORT_STYLE)
        self.report = report
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._verdict(report))
        labels = dict(field_labels or {})
        self.cards = [SignatureCard(n, sig, card_title(sig, labels.get(sig.field_name) or field_label(sig.field_name)),
                                    self)
                      for n, sig in enumerate(report.signatures, start=1)]
        for card in self.cards:
            layout.addWidget(card)
        if report.unsigned_fields:
            names = ", ".join(labels.get(f) or field_label(f) for f in report.unsigned_fields)
            layout.addWidget(_label(_tr("Not signed yet: {fields}").format(fields=names), self, "secondary"))
        for problem in report.problems:
            layout.addWidget(_label("• " + problem, self, "problem"))
        layout.addStretch(1)

    def _verdict(self, report: VerificationReport) -> QFrame:
        box = QFrame(self)
        box.setObjectName("verdict")
        box.setProperty("ok", report.ok)
        count = len(report.signatures)
        if report.ok:
            title = _tr("✓ All {n} signatures are valid").format(n=count)
            detail = _tr("Every signature is intact and trusted, and the last one covers the whole file. "
                         "Signing times come from the signers' own clocks.")
        else:
            title = _tr("✗ This document's signatures are not valid")
            text_problems = report.text.problems if report.text is not None else ()
            first = next(iter([*report.problems, *(p for s in report.signatures for p in s.problems),
                               *text_problems]), "")
            detail = first[:1].upper() + first[1:] + "." if first else ""
        self.verdict_title = _label(title, box, "verdictTitle")
        self.verdict_detail = _label(detail, box)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(14, 10, 14, 10)
        inner.addWidget(self.verdict_title)
        inner.addWidget(self.verdict_detail)
        box.setAccessibleName(title)
        box.setAccessibleDescription(detail)
        box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return box


def _clear(parent: QWidget) -> None:
    """Remove a previous report, so an error never sits next to an older file's verdict."""
    layout = parent.layout()
    while layout is not None and layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


def show_report(report: VerificationReport, parent: QWidget,
                field_labels: Mapping[str, str] | None = None) -> None:
    """Replace whatever `parent` shows with the report (verdict and one card per signature)."""
    _clear(parent)
    layout = parent.layout()
    if layout is None:
        layout = QVBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(ReportView(report, field_labels, parent))


def _digest_field(parent: QWidget, name: str) -> QLineEdit:
    """A read-only, monospace line for a SHA-256 in hex: selectable, copyable, never wrapped or cut."""
    field = QLineEdit(parent)
    field.setReadOnly(True)
    field.setObjectName("digest")
    field.setAccessibleName(name)
    field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    field.setFrame(False)
    field.setMinimumWidth(field.fontMetrics().horizontalAdvance("0" * 64) + 12)
    return field


class VerifyDialog(QDialog):
    """Choose a PDF and the certificates to trust; the check runs on a worker.

    `field_labels` names the signature fields of the case the PDF came from (the export wizard passes
    `signature_field_labels`); without them the names come from the agreement text the PDF carries.
    """

    def __init__(self, parent: QWidget | None = None, pdf_path: Path | None = None,
                 trust: Iterable[Path] = (), field_labels: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self._given_labels = dict(field_labels) if field_labels else None
        self.field_labels: dict[str, str] = {}
        self.setWindowTitle(self.tr("Verify a signed PDF"))
        self.setObjectName("verifyDialog")
        self.busy = False
        self.report: VerificationReport | None = None
        heading = QLabel(self.tr("Verify a signed PDF"), self)
        heading.setObjectName("dialogHeading")
        intro = QLabel(self.tr("Checks every signature offline. A signature counts as trusted only if it "
                               "chains to one of the certificates listed here, such as the mediator's or "
                               "your institution's."), self)
        intro.setObjectName("secondary")
        intro.setWordWrap(True)

        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("PDF file to verify"))
        self.path.setPlaceholderText(self.tr("The signed agreement (.pdf)"))
        self.path.textChanged.connect(self._update_buttons)
        self.choose = self._button(self.tr("&Choose…"), self.tr("Choose the PDF file"), self._choose_pdf)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose)

        self.trust_list = QListWidget(self)
        self.trust_list.setAccessibleName(self.tr("Trusted certificates"))
        self.trust_list.setMaximumHeight(72)
        self.trust_list.itemSelectionChanged.connect(self._update_buttons)
        self.add_trust = self._button(self.tr("&Add…"), self.tr("Add a trusted certificate"),
                                      self._choose_trust)
        self.remove_trust = self._button(self.tr("&Remove"), self.tr("Remove the selected certificate"),
                                         self._remove_trust)
        trust_buttons = QVBoxLayout()
        trust_buttons.addWidget(self.add_trust)
        trust_buttons.addWidget(self.remove_trust)
        trust_buttons.addStretch(1)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_list, 1)
        trust_row.addLayout(trust_buttons)

        form = QFormLayout()
        for text, buddy, row in ((self.tr("&PDF file:"), self.path, path_row),
                                 (self.tr("&Trusted:"), self.trust_list, trust_row)):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            form.addRow(label, row)
        self.verify_button = self._button(self.tr("&Verify"), self.tr("Verify the PDF"), self.verify)
        self.verify_button.setDefault(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName(self.tr("Verifying"))
        self.progress.setVisible(False)
        action_row = QHBoxLayout()
        action_row.addStretch(1)
        action_row.addWidget(self.verify_button)
        self.error = QLabel(self)
        self.error.setObjectName("errorMessage")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Verification error"))

        self.fingerprint = _digest_field(self, self.tr("Agreement fingerprint"))
        self.copy_fingerprint = self._button(self.tr("C&opy"), self.tr("Copy the agreement fingerprint"),
                                             self._copy_fingerprint)
        self.file_sha256 = _digest_field(self, self.tr("SHA-256 of the file"))
        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(self.fingerprint, 1)
        fingerprint_row.addWidget(self.copy_fingerprint)
        self.digests = QWidget(self)
        digests = QFormLayout(self.digests)
        digests.setContentsMargins(0, 0, 0, 0)
        fingerprint_label = QLabel(self.tr("Agreement fingerprint:"), self.digests)
        fingerprint_label.setToolTip(self.tr("The SHA-256 of the agreement text the PDF carries; compare it with "
                                             "the one in your signing record"))
        digests.addRow(fingerprint_label, fingerprint_row)
        digests.addRow(QLabel(self.tr("File SHA-256:"), self.digests), self.file_sha256)
        self.digests.setVisible(False)

        self.results = QWidget(self)
        QVBoxLayout(self.results).setContentsMargins(0, 0, 4, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.results)
        self.scroll.setAccessibleName(self.tr("Verification report"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(action_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.digests)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self.resize(760, 720)

        for cert in trust:
            self._add_trust_path(Path(cert))
        if pdf_path is not None:
            self.path.setText(str(pdf_path))
        self._update_buttons()
        if pdf_path is not None:
            self.verify()

    @classmethod
    def for_export(cls, parent: QWidget | None, pdf_path: Path, trust: Iterable[Path],
                   field_labels: Mapping[str, str]) -> VerifyDialog:
        """The dialog for a PDF just exported: the file and the certificates to trust filled in, the
        signatures named as the case names them; it starts checking at once."""
        return cls(parent, pdf_path, trust, field_labels)

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(False)  # Enter verifies, whichever button was clicked last
        button.clicked.connect(slot)
        return button

    def trust_paths(self) -> list[Path]:
        return [Path(self.trust_list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.trust_list.count())]

    def _add_trust_path(self, path: Path) -> None:
        if path in self.trust_paths():
            return
        item = QListWidgetItem(path.name, self.trust_list)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(str(path))

    def _choose_pdf(self) -> QFileDialog:
        def chosen(paths: list[str]) -> None:
            if paths:
                self.path.setText(paths[0])

        return choose_files(self, self.tr("Choose the signed PDF"), self.path.text().strip(),
                            self.tr("PDF documents (*.pdf);;All files (*)"), chosen)

    def _choose_trust(self) -> QFileDialog:
        def chosen(paths: list[str]) -> None:
            for path in paths:
                self._add_trust_path(Path(path))
            self._update_buttons()

        folder = str(Path(self.path.text().strip()).parent) if self.path.text().strip() else ""
        return choose_files(self, self.tr("Choose certificates to trust"), folder,
                            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"), chosen, multiple=True)

    def _copy_fingerprint(self) -> None:
        if self.fingerprint.text():
            QGuiApplication.clipboard().setText(self.fingerprint.text())

    def _remove_trust(self) -> None:
        for item in self.trust_list.selectedItems():
            self.trust_list.takeItem(self.trust_list.row(item))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.verify_button.setEnabled(not self.busy and bool(self.path.text().strip()))
        self.remove_trust.setEnabled(not self.busy and bool(self.trust_list.selectedItems()))
        for widget in (self.path, self.choose, self.add_trust, self.trust_list):
            widget.setEnabled(not self.busy)

    def verify(self) -> None:
        """Check the chosen file against the listed certificates, on a worker."""
        if self.busy or not self.path.text().strip():
            return
        pdf, trust = Path(self.path.text().strip()).expanduser(), self.trust_paths()

        self._set_busy(True)
        self.error.setText("")
        given = self._given_labels

        def check() -> tuple[VerificationReport, dict[str, str]]:
            report = verify_agreement(pdf, trust)
            return report, given if given is not None else embedded_field_labels(pdf)

        run_in_background(check, self._on_verified, self._on_failed, self._on_crashed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self._update_buttons()

    def _on_verified(self, result: tuple[VerificationReport, dict[str, str]]) -> None:
        report, self.field_labels = result
        self._set_busy(False)
        self.report = report
        self.fingerprint.setText(report.fingerprint or "")
        self.fingerprint.setPlaceholderText(self.tr("none: the file carries no agreement text"))
        self.fingerprint.setCursorPosition(0)
        self.copy_fingerprint.setEnabled(bool(report.fingerprint))
        self.file_sha256.setText(report.file_sha256)
        self.file_sha256.setCursorPosition(0)
        self.digests.setVisible(True)
        show_report(report, self.results, self.field_labels)

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.report = None
        _clear(self.results)
        self.digests.setVisible(False)
        self.fingerprint.clear()
        self.file_sha256.clear()
        self.error.setText(message)

    def _on_crashed(self, details: str) -> None:
        from iomed_desk.gui.crash import show_crash

        self._set_busy(False)
        show_crash(details)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

