"""How each signatory signs, and what the mediator checked: the export wizard's ceremony page.

One box per signature block (each signatory of each party, not each party):
their own PKCS#12 file, a PKCS#11 token, a certificate issued in the room, or
paper; and the ceremony checks the mediator makes before handing over the
computer: the identity document seen (its type and only the last 4
characters, the field takes no more) and the authority instrument seen.
What is typed here becomes `Checks` (core/ceremony.py), recorded with the export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iomed_desk.app.export import Checks, signatories
from iomed_desk.core.ceremony import ID_KEPT, AuthorityCheck, IdentityCheck
from iomed_desk.core.errors import InvalidInput, UserError
from iomed_desk.core.model import Party
from iomed_desk.gui.export_pages import StepPage, add_row, file_row, secondary

#: where a PKCS#11 module is usually installed (SoftHSM2 first, then common smart-card middleware)
KNOWN_MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                 "/usr/local/lib/softhsm/libsofthsm2.so", "/opt/homebrew/lib/softhsm/libsofthsm2.so",
                 "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "/usr/lib/opensc-pkcs11.so")


def default_module() -> str:
    return next((m for m in KNOWN_MODULES if Path(m).is_file()), "")


class Method(StrEnum):
    FILE = "file"
    TOKEN = "token"
    ISSUED = "issued"
    PAPER = "paper"


@dataclass(frozen=True)
class TokenDetails:
    module: str
    token_label: str
    key_label: str
    certificate: Path


@dataclass(frozen=True)
class SignatoryPlan:
    """How one signatory (block `index` of `party`) signs, and what the mediator checked."""

    party: Party
    index: int
    name: str
    capacity: str
    method: Method
    identity_file: Path | None = None
    token: TokenDetails | None = None
    checks: Checks = field(default_factory=Checks)

    @property
    def key(self) -> tuple[str, int]:
        return (self.party.id, self.index)

    @property
    def on_paper(self) -> bool:
        return self.method is Method.PAPER


def blocks_of(party: Party) -> list[tuple[str, str]]:
    """(name, capacity) of each signature block of `party`, as the PDF prints them."""
    found = [(s.name, s.capacity) for s in signatories(party)]
    return found or [(party.representatives[0] if party.representatives else "", "")]


class SignatoryRow(QGroupBox):
    """One signatory: how they sign, their key's details, and the checks the mediator made."""

    def __init__(self, party: Party, index: int, name: str, capacity: str, parent: QWidget | None = None) -> None:
        who = ", ".join(x for x in (name, capacity) if x) or self.tr("signatory {n}").format(n=index + 1)
        super().__init__(self.tr("{party} — {who}").format(party=party.name, who=who), parent)
        self.party, self.index, self.name, self.capacity = party, index, name, capacity
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("How {who} signs").format(who=name or party.name))
        for method, text in ((Method.FILE, self.tr("Their own identity file (PKCS#12)")),
                             (Method.TOKEN, self.tr("Their token or smart card (PKCS#11)")),
                             (Method.ISSUED, self.tr("A certificate issued in the room")),
                             (Method.PAPER, self.tr("On paper, by hand"))):
            self.method.addItem(text, method.value)
        self.file = QLineEdit(self)
        self.file.setAccessibleName(self.tr("Identity file of {who}").format(who=name or party.name))
        self.file.setPlaceholderText(self.tr("A PKCS#12 file (.p12 or .pfx)"))
        self.module = QLineEdit(default_module(), self)
        self.module.setAccessibleName(self.tr("PKCS#11 module"))
        self.token_label = QLineEdit(self)
        self.token_label.setAccessibleName(self.tr("Token label"))
        self.key_label = QLineEdit(self)
        self.key_label.setAccessibleName(self.tr("Key label"))
        self.certificate = QLineEdit(self)
        self.certificate.setAccessibleName(self.tr("Certificate of the token's key (PEM)"))
        self.certificate.setPlaceholderText(self.tr("The certificate, then its issuers"))
        self.room_note = secondary(self.tr(
            "The mediator's issuing key certifies a new key for this one signature; the key is destroyed "
            "after it signs. The signature's stamp and the verification report say “issued in the room”."), self)
        self.paper_note = secondary(self.tr("The PDF keeps a signature line for a hand signature; the mediator "
                                            "attests after it (Attest after paper signatures…)."), self)
        self.id_type = QComboBox(self)
        self.id_type.setAccessibleName(self.tr("Identity document seen"))
        for value, text in (("", self.tr("Not recorded")), ("passport", self.tr("Passport")),
                            ("national-id", self.tr("National identity card")), ("other", self.tr("Other document"))):
            self.id_type.addItem(text, value)
        self.id_last4 = QLineEdit(self)
        self.id_last4.setMaxLength(ID_KEPT)
        self.id_last4.setValidator(QRegularExpressionValidator(QRegularExpression(f"[A-Za-z0-9]{{0,{ID_KEPT}}}"),
                                                               self.id_last4))
        self.id_last4.setMaximumWidth(90)
        self.id_last4.setAccessibleName(self.tr("Last {n} characters of the document's number").format(n=ID_KEPT))
        self.id_last4.setToolTip(self.tr("Only the last {n} characters are recorded, never the whole number")
                                 .format(n=ID_KEPT))
        self.authority = QComboBox(self)
        self.authority.setAccessibleName(self.tr("Authority instrument seen"))
        for value, text in (("", self.tr("Not recorded")), ("full-powers", self.tr("Full powers")),
                            ("board-resolution", self.tr("Board resolution")),
                            ("power-of-attorney", self.tr("Power of attorney")), ("other", self.tr("Other"))):
            self.authority.addItem(text, value)
        self.authority_detail = QLineEdit(self)
        self.authority_detail.setMaxLength(200)
        self.authority_detail.setAccessibleName(self.tr("Describe the authority instrument"))
        self.authority_detail.setPlaceholderText(self.tr("Date, or what the instrument is"))

        self.form = QFormLayout(self)
        add_row(self.form, self.tr("Signs &with:"), self.method)
        add_row(self.form, self.tr("Identity &file:"), self.file, file_row(
            self.file, self.tr("Browse…"), self.tr("Choose the identity file of {who}").format(who=name or party.name),
            self.tr("Identity files (*.p12 *.pfx);;All files (*)")))
        add_row(self.form, self.tr("PKCS#11 &module:"), self.module, file_row(
            self.module, self.tr("Browse…"), self.tr("Choose the PKCS#11 module"),
            self.tr("PKCS#11 modules (*.so *.dylib *.dll);;All files (*)")))
        add_row(self.form, self.tr("&Token label:"), self.token_label)
        add_row(self.form, self.tr("&Key label:"), self.key_label)
        add_row(self.form, self.tr("&Certificate:"), self.certificate, file_row(
            self.certificate, self.tr("Browse…"), self.tr("Choose the certificate of the token's key"),
            self.tr("Certificates (*.pem *.crt);;All files (*)")))
        self.form.addRow("", self.room_note)
        self.form.addRow("", self.paper_note)
        add_row(self.form, self.tr("Identity &document:"), self.id_type)
        add_row(self.form, self.tr("Its last &4 characters:"), self.id_last4)
        add_row(self.form, self.tr("&Authority seen:"), self.authority)
        add_row(self.form, self.tr("Descri&ption:"), self.authority_detail)
        self.method.currentIndexChanged.connect(self._show_rows)
        self.set_method(Method.ISSUED)
        self._show_rows()

    def chosen(self) -> Method:
        return Method(self.method.currentData())

    def set_method(self, method: Method) -> None:
        self.method.setCurrentIndex(self.method.findData(method.value))

    def _show_rows(self) -> None:
        method = self.chosen()
        visible = {1: method is Method.FILE, 2: method is Method.TOKEN, 3: method is Method.TOKEN,
                   4: method is Method.TOKEN, 5: method is Method.TOKEN, 6: method is Method.ISSUED,
                   7: method is Method.PAPER}
        for row, shown in visible.items():
            self.form.setRowVisible(row, shown)

    def checks(self) -> Checks:
        """The checks as typed; an `InvalidInput` names what is wrong (a number's last 4 missing, ...)."""
        identity = authority = None
        if self.id_type.currentData():
            identity = IdentityCheck(self.id_type.currentData(), self.id_last4.text())
        elif self.id_last4.text():
            raise InvalidInput(self.tr("Choose the kind of identity document seen for {who}.")
                           .format(who=self.name or self.party.name))
        if self.authority.currentData():
            if self.authority.currentData() == "other" and not self.authority_detail.text().strip():
                raise InvalidInput(self.tr("Describe the authority instrument seen for {who}.")
                               .format(who=self.name or self.party.name))
            authority = AuthorityCheck(self.authority.currentData(), self.authority_detail.text())
        return Checks(identity, authority)

    def plan(self) -> SignatoryPlan:
        method = self.chosen()
        path = lambda edit: Path(edit.text().strip()).expanduser()  # noqa: E731
        token = None
        if method is Method.TOKEN:
            token = TokenDetails(self.module.text().strip(), self.token_label.text().strip(),
                                 self.key_label.text().strip(), path(self.certificate))
        return SignatoryPlan(self.party, self.index, self.name, self.capacity, method,
                             path(self.file) if method is Method.FILE else None, token, self.checks())

    def problem(self) -> str | None:
        """Why this signatory cannot sign as chosen, in a sentence; None when they can."""
        who = self.name or self.party.name
        method = self.chosen()
        if method is Method.FILE and not Path(self.file.text().strip()).expanduser().is_file():
            return self.tr("Choose an existing identity file for {who}.").format(who=who)
        if method is Method.TOKEN:
            if not Path(self.module.text().strip()).is_file():
                return self.tr("Choose the PKCS#11 module for {who}'s token.").format(who=who)
            if not self.token_label.text().strip() or not self.key_label.text().strip():
                return self.tr("Give the token label and the key label for {who}.").format(who=who)
            if not Path(self.certificate.text().strip()).expanduser().is_file():
                return self.tr("Choose the certificate of {who}'s token key.").format(who=who)
        if method is Method.ISSUED and not self.name:
            return self.tr("{party} has no named signatory: record one (Case ▸ Signatories…) to issue a "
                           "certificate in the room.").format(party=self.party.name)
        return None


class SignatoriesPage(StepPage):
    """One box per signatory; Next checks every box and hands the plans to the wizard."""

    def __init__(self, parties: tuple[Party, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("How each signatory signs"))
        self.setSubTitle(self.tr("Each signatory signs in turn at this keyboard, on a screen that shows only what "
                                 "they sign; or on paper. Record the identity document and authority you checked."))
        self.rows = [SignatoryRow(party, i, name, capacity, self)
                     for party in parties for i, (name, capacity) in enumerate(blocks_of(party))]
        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 6, 0)
        for row in self.rows:
            column.addWidget(row)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)

    def row(self, party_id: str, index: int = 0) -> SignatoryRow:
        return next(r for r in self.rows if r.party.id == party_id and r.index == index)

    def begin(self) -> bool:
        for row in self.rows:
            problem = row.problem()
            if problem is None and row.chosen() is Method.ISSUED and not self.owner.can_issue():
                problem = self.tr("The mediator's issuing key is not open (keep ….issuing.p12 beside the identity "
                                  "file); choose another way for {who} to sign.").format(who=row.name)
            if problem:
                self._show_problem(row, problem)
                return False
        for party in {r.party.id: r.party for r in self.rows}.values():
            ways = {r.chosen() is Method.PAPER for r in self.rows if r.party.id == party.id}
            if len(ways) > 1:
                self.show_error(self.tr("All signatories of {party} sign on paper, or none does.")
                                .format(party=party.name))
                return False
        try:
            plans = [row.plan() for row in self.rows]
        except UserError as exc:
            self.show_error(exc.message)
            return False
        self.owner.set_plans(plans)
        return True

    def _show_problem(self, row: SignatoryRow, problem: str) -> None:
        self.show_error(problem)
        self.scroll.ensureWidgetVisible(row)
