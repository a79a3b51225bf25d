"""Verify PDF…: every signature of a signed agreement, green or red, checked offline on a worker.

`show_report` draws a `VerificationReport` into any container widget; the
export wizard's last page uses it too, so the two always say the same thing.
Trust is only what the user chose here (no system store), as in `iomed-desk verify`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
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
    verify_agreement,
)
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

_FIELD = re.compile(r"Sig-Party-(\d+)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("VerificationReport", text)


def field_label(name: str) -> str:
    """A reader's name for a signature field the export created; other fields keep their own name."""
    if name == "Sig-Mediator":
        return _tr("Mediator's attestation")
    match = _FIELD.fullmatch(name)
    if match:
        return _tr("Party {n}").format(n=match.group(1))
    return name


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
    when = sig.signing_time.astimezone().strftime("%d %b %Y, %H:%M:%S %Z").strip()
    if sig.time_source != TIME_SOURCE:
        return f"{when} ({sig.time_source})"
    return _tr("{when}, by the signer's own clock (no time-stamp authority)").format(when=when)


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
        heading.addWidget(_label(f"{number}. {title}", self, "cardTitle"), 1)
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
        self.cards = [SignatureCard(n, sig, labels.get(sig.field_name) or field_label(sig.field_name), self)
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


class VerifyDialog(QDialog):
    """Choose a PDF and the certificates to trust; the check runs on a worker."""

    def __init__(self, parent: QWidget | None = None, pdf_path: Path | None = None,
                 trust: Iterable[Path] = ()) -> None:
        super().__init__(parent)
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

    def _choose_pdf(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the signed PDF"), self.path.text(),
                                                self.tr("PDF documents (*.pdf);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def _choose_trust(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose certificates to trust"), str(Path(self.path.text()).parent),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        for path in chosen:
            self._add_trust_path(Path(path))
        self._update_buttons()

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
        run_in_background(lambda: verify_agreement(pdf, trust), self._on_verified, self._on_failed, self._on_crashed)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self._update_buttons()

    def _on_verified(self, report: VerificationReport) -> None:
        self._set_busy(False)
        self.report = report
        show_report(report, self.results)

    def _on_failed(self, message: str) -> None:
        self._set_busy(False)
        self.report = None
        _clear(self.results)
        self.error.setText(message)

    def _on_crashed(self, details: str) -> None:
        from iomed_desk.gui.crash import show_crash

        self._set_busy(False)
        show_crash(details)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

