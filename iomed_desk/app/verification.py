"""Checking a signed agreement, as the faces ask for it: a PDF against the certificates a verifier trusts.

Nothing is trusted unless named (no system store). pyHanko validates every
signature, which is slow: call `verify_agreement` on a worker. What it finds
is the export layer's report, whose parts the views draw.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from iomed_desk.export.identity import load_certificates
from iomed_desk.export.report import (
    TIME_SOURCE,
    Coverage,
    LaterChanges,
    SignatureReport,
    VerificationReport,
)
from iomed_desk.export.verify import verify_pdf

__all__ = ["TIME_SOURCE", "Coverage", "LaterChanges", "SignatureReport", "VerificationReport",
           "verify_agreement"]


def verify_agreement(pdf: str | os.PathLike[str] | bytes,
                     trust: Iterable[str | os.PathLike[str]] = ()) -> VerificationReport:
    """Every signature of `pdf` checked, trusting only the certificates in the files `trust` names
    (PEM, one or more, or DER). An unreadable PDF or certificate file is an `InvalidInput`."""
    certificates = [cert for path in trust for cert in load_certificates(path)]
    return verify_pdf(pdf, certificates)
