"""An in-room key signs once and is gone: the attacker (the mediator's own process) cannot sign with it again.

The key is generated at issuance, locked by the representative's PIN, taken
once by its signer and dropped after the signature. These tests play the
mediator trying to sign a second time, to get the key back, or to re-issue the
"same" certificate; the oracles are pyHanko's verifier (the signature is real)
and a walk of every object reachable from the signer (no key is left).
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from iomed_desk.app.signing import issued_party_signer
from iomed_desk.core.errors import SignatureProblem, WrongPassphrase
from iomed_desk.export.identity import (
    MAX_PIN_TRIES,
    IssuedIdentity,
    MediatorIdentity,
    issue_party_identity,
    new_mediator_identity,
)
from iomed_desk.export.pipeline import prepare_pdf
from iomed_desk.export.sign import sign_pdf
from iomed_desk.export.signers import InRoomSigner, KeySigner
from iomed_desk.export.verify import verify_pdf
from tests.export.sample import EXPORT_TIME, sample_agreement

DESTROYED = "this in-room key has already signed and was destroyed"


@pytest.fixture(scope="module")
def mediator() -> MediatorIdentity:
    return new_mediator_identity("Dr Margaret Lau Mei-ling", organisation="IOMed")


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    return prepare_pdf(sample_agreement(), EXPORT_TIME)


def _reachable(*roots: object, limit: int = 200_000) -> Iterator[object]:
    """Every object reachable from `roots` through references the garbage collector knows of."""
    seen: set[int] = set()
    stack = list(roots)
    while stack and len(seen) < limit:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, type):
            continue
        seen.add(id(obj))
        yield obj
        stack.extend(gc.get_referents(obj))


def test_the_signer_signs_once_then_refuses(mediator, unsigned) -> None:
    signer = issued_party_signer(mediator, "Amara Okafor", "2468", organisation="Republic of Eastland")
    signed = sign_pdf(unsigned, "Sig-Party-1", signer)
    first = verify_pdf(signed, [mediator.certificate]).signatures[0]
    assert first.field_name == "Sig-Party-1" and first.intact and first.trusted  # a real signature
    assert signer.used
    for field in ("Sig-Party-2", "Sig-Party-1"):  # another field, or the same one in another copy
        with pytest.raises(SignatureProblem, match=DESTROYED):
            sign_pdf(signed if field == "Sig-Party-2" else unsigned, field, signer)
    with pytest.raises(SignatureProblem, match=DESTROYED), signer.open():
        pass


def test_only_one_of_two_racing_signatures_gets_the_key(mediator) -> None:
    signer = KeySigner.from_issued(issue_party_identity(mediator.issuing, "Jonathan Reyes", "1357"), "1357")
    assert isinstance(signer, InRoomSigner)
    start, results = threading.Barrier(4), []

    def attempt() -> None:
        start.wait()
        try:
            with signer.open():
                results.append("signed")
        except SignatureProblem:
            results.append("refused")

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["refused", "refused", "refused", "signed"]


def test_no_key_is_left_after_the_signature(mediator, unsigned) -> None:
    issued = issue_party_identity(mediator.issuing, "陈静 Chen Jing", "9090", organisation="Meridian")
    signer = InRoomSigner(issued, "9090")
    secret = signer._key.private_numbers().private_value  # the oracle: the scalar, read before use
    scalar = secret.to_bytes(32, "big")
    sign_pdf(unsigned, "Sig-Party-3", signer)
    gc.collect()
    for obj in _reachable(signer, issued):
        assert not isinstance(obj, ec.EllipticCurvePrivateKey), "a private key is still reachable"
        assert not (isinstance(obj, int) and obj == secret)
        assert not (isinstance(obj, bytes | bytearray) and scalar in obj), "the key's bytes are still held"
    public = [name for name in dir(signer) + dir(issued) if not name.startswith("_")]
    assert not {"identity", "private_key", "save", "to_pkcs12", "pkcs12", "unlock"} & set(public)
    with pytest.raises(SignatureProblem, match="already used or destroyed"):
        issued.take("9090")
    with pytest.raises(SignatureProblem, match="already used or destroyed"):
        InRoomSigner(issued, "9090")


def test_the_credential_gives_its_key_out_once_even_before_a_signature(mediator) -> None:
    issued = issue_party_identity(mediator.issuing, "Rep", "4321")
    InRoomSigner(issued, "4321")
    assert issued.used
    with pytest.raises(SignatureProblem, match="already used or destroyed"):
        KeySigner.from_issued(issued, "4321")


def test_wrong_pins_keep_the_key_locked_then_destroy_it(mediator) -> None:
    issued = issue_party_identity(mediator.issuing, "Rep", "4321")
    for _ in range(MAX_PIN_TRIES - 1):
        with pytest.raises(WrongPassphrase, match="Wrong PIN for Rep."):
            issued.take("0000")
    assert not issued.used
    with pytest.raises(WrongPassphrase, match="the key was destroyed"):
        issued.take("0000")
    assert issued.used
    with pytest.raises(SignatureProblem):
        issued.take("4321")  # even the right PIN comes too late


def test_reissuing_for_the_same_name_gives_another_key_and_certificate(mediator) -> None:
    first = issue_party_identity(mediator.issuing, "Dr Amara Solis", "2468", organisation="Eastland")
    second = issue_party_identity(mediator.issuing, "Dr Amara Solis", "2468", organisation="Eastland")
    assert first.certificate.subject == second.certificate.subject
    assert first.certificate.fingerprint(hashes.SHA256()) != second.certificate.fingerprint(hashes.SHA256())
    assert first.certificate.serial_number != second.certificate.serial_number
    der = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    assert first.certificate.public_key().public_bytes(*der) != second.certificate.public_key().public_bytes(*der)


def test_issuing_and_signing_write_no_file(mediator, unsigned, tmp_path, monkeypatch) -> None:
    """The key never touches the disk: nothing appears in the working folder or the temp folder."""
    monkeypatch.chdir(tmp_path)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    signer = issued_party_signer(mediator, "Rep", "4321")
    sign_pdf(unsigned, "Sig-Party-1", signer)
    assert sorted(os.listdir(tmp_path)) == ["tmp"] and os.listdir(scratch) == []
    assert not hasattr(IssuedIdentity, "save")
