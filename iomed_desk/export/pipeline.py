"""Render, sign and check an agreement in one call: what the app layer's export runs.

The PDF is prepared from the canonical agreement (pages and the embedded text,
see `canonical`); parties sign first (in party order, and a party's signatories
in the order of their blocks), the mediator's attestation last, each as an
incremental update. The result is verified, text included, before it is
written, and written atomically, so a PDF that reaches the disk is one whose
signatures and text all check out.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import datetime

from cryptography.hazmat.primitives import hashes

from iomed_desk.core.canonical_agreement import CanonicalAgreement
from iomed_desk.core.errors import InvalidInput, SignatureProblem
from iomed_desk.export.atomic import write_atomically
from iomed_desk.export.canonical import document_for, prepare_pdf
from iomed_desk.export.document import MEDIATOR_FIELD, AgreementDocument
from iomed_desk.export.labels import label
from iomed_desk.export.report import VerificationReport
from iomed_desk.export.sign import SignatureDetails, sign_pdf
from iomed_desk.export.signers import AgreementSigner
from iomed_desk.export.verify import verify_pdf

#: a party's signer, or one per signature block (signatory) of the party, in order
PartySigners = AgreementSigner | Sequence[AgreementSigner] | None


def export_and_sign(agreement: CanonicalAgreement, out_path: str | os.PathLike[str],
                    mediator_signer: AgreementSigner,
                    party_signers: Mapping[int, PartySigners],
                    timestamp: datetime) -> VerificationReport:
    """Write the signed agreement to `out_path` and return its verification report.

    `party_signers` maps a 0-based index into `agreement.parties` to that party's
    signer, or to one signer per signatory when the party has several (each signs
    the field on their own block); a party who signs on paper maps to None or is absent.
    `timestamp` is the export time printed into the PDF's metadata (signing
    times come from the local clock). The report trusts the roots of the
    signers' own chains: it proves the file is intact and complete, while
    whether a reader trusts those roots is the reader's `--trust` decision.
    The report's `fingerprint` and `file_sha256` are what the case records.
    Raises `SignatureProblem` (nothing written) if the signed file does not verify.
    """
    doc = document_for(agreement)
    per_party = _check_signers(doc, party_signers)
    pdf = prepare_pdf(agreement, timestamp)
    lang = doc.languages[0]
    for slot in doc.signature_slots:
        details = SignatureDetails(
            reason=label("for_party", lang, party=doc.parties[slot.party_index].name),
            location=doc.place.strip() or None,
        )
        pdf = sign_pdf(pdf, slot.field_name, per_party[slot.party_index][slot.signatory_index], details)
    pdf = sign_pdf(pdf, MEDIATOR_FIELD, mediator_signer,
                   SignatureDetails(reason=label("attestation", lang), location=doc.place.strip() or None))
    signers = [mediator_signer, *(s for party in per_party.values() for s in party)]
    trust = list({s.root.fingerprint(hashes.SHA256()): s.root for s in signers}.values())
    report = verify_pdf(pdf, trust)
    if report.fingerprint != agreement.fingerprint:
        raise SignatureProblem("The signed agreement does not carry the text it was made from; nothing was written.")
    if not report.ok:
        text_problems = report.text.problems if report.text is not None else ()
        first = next(iter([*report.problems, *(p for s in report.signatures for p in s.problems),
                           *text_problems]), None)
        raise SignatureProblem("The signed agreement did not verify"
                               f"{': ' + first if first else ''}; nothing was written.")
    write_atomically(out_path, pdf)
    return report


def _check_signers(doc: AgreementDocument,
                   party_signers: Mapping[int, PartySigners]) -> dict[int, tuple[AgreementSigner, ...]]:
    """Each digitally signing party's signers, one per signature block; InvalidInput if they do not fit."""
    unknown = [i for i in party_signers if not 0 <= i < len(doc.parties)]
    if unknown:
        raise InvalidInput(f"There is no party number {unknown[0] + 1} in this agreement.")
    out: dict[int, tuple[AgreementSigner, ...]] = {}
    for index, mode in enumerate(doc.signature_modes):
        given = party_signers.get(index)
        signers = () if given is None else tuple(given) if isinstance(given, Sequence) else (given,)
        name = doc.parties[index].name
        if mode == "digital" and not signers:
            raise InvalidInput(f"{name} signs digitally but has no signing identity.")
        if mode == "paper" and signers:
            raise InvalidInput(f"{name} signs on paper; do not give it a signing identity.")
        blocks = len(doc.parties[index].blocks)
        if mode == "digital" and len(signers) != blocks:
            raise InvalidInput(f"{name} has {blocks} signatories, each signing with their own identity; "
                               f"{len(signers)} identit{'y was' if len(signers) == 1 else 'ies were'} given.")
        if signers:
            out[index] = signers
    return out
