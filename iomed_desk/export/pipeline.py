"""Render, sign and check an agreement in one call: what the app layer's export runs.

The PDF is prepared from the canonical agreement (pages and the embedded text,
see `canonical`); the mediator certifies first (DocMDP: only signatures and
form filling after), the parties sign (in party order, and a party's
signatories in the order of their blocks), the mediator's attestation last and
locks the document, each as an incremental update. When a party signs on
paper, the digital file is written without the attestation (`attest=False`),
and `attest_agreement` adds it once the paper signatures are done. The result
is verified, text included, before it is written, and written atomically, so a
PDF that reaches the disk is one whose signatures, lock and text all check out.

The report returned trusts only the mediator's root (what the mediator hands
out for `--trust`): a party's own self-signed or foreign identity is reported
"not trusted", which is the truth for a reader holding only the mediator's
certificate; the file itself is refused only for integrity, coverage,
completeness, lock or text.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Mapping, Sequence
from datetime import datetime

from cryptography import x509

from iomed_desk.core.canonical_agreement import CanonicalAgreement
from iomed_desk.core.errors import InvalidInput, SignatureProblem
from iomed_desk.export.atomic import write_atomically
from iomed_desk.export.canonical import Buffer, document_for, prepare_pdf
from iomed_desk.export.document import CERTIFICATION_FIELD, MEDIATOR_FIELD, AgreementDocument
from iomed_desk.export.labels import label
from iomed_desk.export.report import Coverage, LaterChanges, VerificationReport
from iomed_desk.export.sign import SignatureDetails, sign_pdf
from iomed_desk.export.signers import AgreementSigner
from iomed_desk.export.verify import UNTRUSTED, verify_pdf

#: a party's signer, or one per signature block (signatory) of the party, in order
PartySigners = AgreementSigner | Sequence[AgreementSigner] | None


def export_and_sign(agreement: CanonicalAgreement, out_path: str | os.PathLike[str],
                    mediator_signer: AgreementSigner,
                    party_signers: Mapping[int, PartySigners],
                    timestamp: datetime, *, attest: bool = True, zone: str = "",
                    annex_data: Sequence[Buffer] = ()) -> VerificationReport:
    """Write the certified, signed agreement to `out_path` and return its verification report.

    `party_signers` maps a 0-based index into `agreement.parties` to that party's
    signer, or to one signer per signatory when the party has several (each signs
    the field on their own block); a party who signs on paper maps to None or is absent.
    `timestamp` is the export time printed into the PDF's metadata (signing
    times come from the local clock). With `attest=False` the attestation field
    stays empty (paper signatures come first): the report then says
    "incomplete ... awaiting the mediator's attestation" and is not ok. `zone` is the seat's
    time zone: every signing time (/M and stamp) is written as the time there.
    The report's `fingerprint` and `file_sha256` are what the case records. `annex_data` holds the
    bytes of each annex `agreement` lists, in its order; they are embedded before the certification,
    so every signature covers them (bytes other than the listed ones are an `InvalidInput`).
    Raises `SignatureProblem` (nothing written) if the signed file is not sound.
    """
    doc = document_for(agreement)
    per_party = _check_signers(doc, party_signers)
    pdf = prepare_pdf(agreement, timestamp, annex_data)
    lang = doc.languages[0]
    place = doc.place.strip() or None
    pdf = sign_pdf(pdf, CERTIFICATION_FIELD, mediator_signer,
                   SignatureDetails(reason=label("attestation", lang), location=place, time_zone=zone),
                   certify=True)
    _release(pdf)
    for slot in doc.signature_slots:
        details = SignatureDetails(reason=label("for_party", lang, party=doc.parties[slot.party_index].name),
                                   location=place, time_zone=zone)
        pdf = sign_pdf(pdf, slot.field_name, per_party[slot.party_index][slot.signatory_index], details)
        _release(pdf)
    if attest:
        pdf = sign_pdf(pdf, MEDIATOR_FIELD, mediator_signer,
                       SignatureDetails(reason=label("attestation", lang), location=place, time_zone=zone))
        _release(pdf)
    report = verify_pdf(pdf, [mediator_signer.root])
    _release(pdf)
    if report.fingerprint != agreement.fingerprint:
        raise SignatureProblem("The signed agreement does not carry the text it was made from; nothing was written.")
    _refuse_unsound(report, awaiting=() if attest else (MEDIATOR_FIELD,))
    write_atomically(out_path, pdf)
    return report


def attest_agreement(pdf: bytes, out_path: str | os.PathLike[str], mediator_signer: AgreementSigner, *,
                     note: str, trust: Sequence[x509.Certificate] = (), zone: str = "") -> VerificationReport:
    """Sign the mediator's attestation (and with it the lock) on an unattested agreement of ours.

    `pdf` is what `export_and_sign(..., attest=False)` wrote; `note` goes into the
    signature's /Reason (e.g. "Paper signatures by X on 2026-12-07, then attested").
    `trust` adds roots to the mediator's for the returned report; `zone`, the seat's time zone,
    is the one the attestation's time is written in. Refuses
    (`SignatureProblem`, nothing written) a PDF whose only empty field is not the
    attestation, that this mediator did not certify, or whose signatures or text do
    not verify; `InvalidInput` for a note that is empty or not one line.
    """
    note = note.strip()
    if not note or "\n" in note or "\r" in note:
        raise InvalidInput("The attestation note must be one line of text.")
    roots = [mediator_signer.root, *trust]
    before = verify_pdf(pdf, roots)
    if before.unsigned_fields != (MEDIATOR_FIELD,):
        raise SignatureProblem("This PDF is not an agreement awaiting the mediator's attestation; nothing was written.")
    certification = before.signatures[0] if before.signatures else None
    if certification is None or not certification.certifying or not certification.trusted:
        raise SignatureProblem("This agreement was not certified by this mediator's identity; nothing was written.")
    _refuse_unsound(before, awaiting=(MEDIATOR_FIELD,), what="The agreement to attest")
    pdf = sign_pdf(pdf, MEDIATOR_FIELD, mediator_signer, SignatureDetails(reason=note, time_zone=zone))
    report = verify_pdf(pdf, roots)
    if report.fingerprint != before.fingerprint:
        raise SignatureProblem("The attested agreement does not carry its text; nothing was written.")
    _refuse_unsound(report, awaiting=())
    write_atomically(out_path, pdf)
    return report


#: above this size (large annexes), the readers of each earlier revision are collected at once
_LARGE_PDF = 8 * 2**20


def _release(pdf: bytes) -> None:
    """Free the previous revision's copies now: pyHanko's readers and writers hold the whole file in
    reference cycles, which would otherwise wait for the cyclic collector, so a 50 MB annex would be
    held several times over across the signatures."""
    if len(pdf) > _LARGE_PDF:
        gc.collect()


def _refuse_unsound(report: VerificationReport, *, awaiting: tuple[str, ...],
                    what: str = "The signed agreement") -> None:
    """Raise `SignatureProblem` unless every signature is intact and covers its revision, nothing but
    signatures follows them, only `awaiting` is unsigned, the lock holds and the text is verified.

    Trust is left out on purpose: a party's own identity is not the mediator's to vouch for.
    """
    expected = {f"incomplete: {name} not signed" for name in awaiting}
    problems = [p for p in report.problems if p.split(" (")[0] not in expected]
    for sig in report.signatures:
        if not sig.intact or sig.coverage is Coverage.UNCLEAR or sig.later_changes is LaterChanges.MODIFIED:
            problems += [p for p in sig.problems if not p.startswith(UNTRUSTED)]
    if report.unsigned_fields != awaiting:
        problems.append(f"unsigned: {', '.join(report.unsigned_fields) or 'nothing'}")
    text_problems = report.text.problems if report.text is not None else ("no agreement text",)
    problems += list(text_problems)
    if problems:
        raise SignatureProblem(f"{what} did not verify: {problems[0]}; nothing was written.")


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
