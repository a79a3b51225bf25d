"""A key that never leaves a PKCS#11 token signs like any other identity (SoftHSM2 stands in).

The token generates the key; the mediator certifies its public key in the room;
the agreement is signed through pyHanko's PKCS#11 signer and verifies trusted.
"""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.serialization import load_der_public_key

from iomed_desk.core.errors import SignatureProblem
from iomed_desk.export.canonical import prepare_pdf
from iomed_desk.export.identity import Identity, issue_certificate
from iomed_desk.export.sign import sign_pdf
from iomed_desk.export.signers import TokenSigner
from iomed_desk.export.verify import verify_pdf
from tests.export.sample import EXPORT_TIME, sample_agreement
from tests.softhsm import KEY, LABEL, PIN


def _token_public_key(module: str):  # type: ignore[no-untyped-def]
    import pkcs11
    from pkcs11.util.ec import encode_ec_public_key

    token = pkcs11.lib(module).get_token(token_label=LABEL)
    with token.open(user_pin=PIN) as session:
        public = session.get_key(object_class=pkcs11.ObjectClass.PUBLIC_KEY, label=KEY)
        return load_der_public_key(encode_ec_public_key(public))


def test_token_key_certified_by_the_mediator_signs_and_verifies(token_module: str,
                                                                mediator: Identity) -> None:
    cert = issue_certificate(mediator, "Jonathan Reyes", _token_public_key(token_module),
                             organisation="Harbour Energy Holdings Ltd")
    signer = TokenSigner(token_module, LABEL, KEY, cert, (mediator.certificate,), pin=PIN)
    pdf = sign_pdf(prepare_pdf(sample_agreement(), EXPORT_TIME), "Sig-Party-2", signer)
    report = verify_pdf(pdf, [mediator.certificate])
    assert report.signatures[0].ok, report.to_text()
    assert report.signatures[0].signer == "Jonathan Reyes"
    assert not report.ok and "incomplete: Sig-Mediator not signed" in report.to_text()  # one signature of five


def test_wrong_token_pin_is_a_signature_problem(token_module: str, mediator: Identity) -> None:
    cert = issue_certificate(mediator, "Jonathan Reyes", _token_public_key(token_module))
    signer = TokenSigner(token_module, LABEL, KEY, cert, (mediator.certificate,), pin="000000")
    with pytest.raises(SignatureProblem, match="Cannot open the token"):
        sign_pdf(prepare_pdf(sample_agreement(), EXPORT_TIME), "Sig-Party-2", signer)
