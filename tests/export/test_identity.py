"""Identities: PKCS#12 files that open only with their passphrase, and in-room party certificates."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from iomed_desk.core.errors import InvalidInput, WrongPassphrase
from iomed_desk.export.identity import (
    Identity,
    create_identity_file,
    issue_certificate,
    issue_party_identity,
    load_certificates,
    load_identity,
    new_identity,
    write_certificate,
)

PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="module")
def identity_file(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("id") / "mediator.p12"
    created = create_identity_file(path, "Dr. Sofia Lindqvist", PASSPHRASE, organisation="IOMed")
    return path, created


def test_created_identity_loads_with_its_passphrase(identity_file) -> None:
    path, created = identity_file
    loaded = load_identity(path, PASSPHRASE)
    assert loaded.certificate == created.certificate
    assert loaded.name == "Dr. Sofia Lindqvist"
    assert isinstance(loaded.private_key, ec.EllipticCurvePrivateKey)
    assert loaded.private_key.curve.name == "secp256r1"


def test_identity_file_is_private_and_key_is_encrypted(identity_file) -> None:
    path, created = identity_file
    assert os.stat(path).st_mode & 0o777 == 0o600
    raw_key = created.private_key.private_bytes(serialization.Encoding.DER,
                                                serialization.PrivateFormat.PKCS8,
                                                serialization.NoEncryption())
    data = path.read_bytes()
    assert raw_key not in data and raw_key[-32:] not in data
    assert b"Lindqvist" not in data  # even the certificate bag is encrypted
    assert not [p for p in path.parent.iterdir() if p.name != path.name]


def test_mediator_certificate_may_issue_and_sign(identity_file) -> None:
    cert = identity_file[1].certificate
    basic = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and basic.value.ca and basic.value.path_length == 0
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.digital_signature and usage.content_commitment
    assert cert.issuer == cert.subject


def test_wrong_passphrase_is_a_clear_error_and_writes_nothing(identity_file) -> None:
    path, _ = identity_file
    before = (path.read_bytes(), os.stat(path).st_mtime_ns, sorted(path.parent.iterdir()))
    with pytest.raises(WrongPassphrase, match="Wrong passphrase for the identity file"):
        load_identity(path, "not the passphrase")
    assert (path.read_bytes(), os.stat(path).st_mtime_ns, sorted(path.parent.iterdir())) == before


def test_not_a_pkcs12_file_is_invalid_input(tmp_path) -> None:
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"%PDF-1.7 definitely not PKCS#12")
    with pytest.raises(InvalidInput, match="not a PKCS#12"):
        load_identity(junk, PASSPHRASE)
    with pytest.raises(InvalidInput, match="Cannot read"):
        load_identity(tmp_path / "missing.p12", PASSPHRASE)


def test_existing_file_is_never_overwritten(identity_file) -> None:
    path, _ = identity_file
    before = path.read_bytes()
    with pytest.raises(InvalidInput, match="already exists"):
        create_identity_file(path, "Someone Else", PASSPHRASE)
    assert path.read_bytes() == before


def test_short_passphrase_is_refused(tmp_path) -> None:
    with pytest.raises(InvalidInput, match="at least 8"):
        create_identity_file(tmp_path / "x.p12", "X", "short")
    assert list(tmp_path.iterdir()) == []


def _issued_by(cert: x509.Certificate, issuer: Identity) -> bool:
    cert.verify_directly_issued_by(issuer.certificate)
    return True


def test_in_room_party_certificate_chains_to_the_mediator() -> None:
    mediator = new_identity("Dr. Sofia Lindqvist")
    now = datetime.now(UTC)
    issued = issue_party_identity(mediator, "陈静 Chen Jing", "4321",
                                  organisation="Meridian Port Authority", now=now)
    cert = issued.certificate
    assert _issued_by(cert, mediator)
    assert cert.issuer == mediator.certificate.subject
    assert issued.name == "陈静 Chen Jing"
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    ski = mediator.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert aki.key_identifier == ski.digest
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert timedelta(days=2) <= lifetime <= timedelta(days=2, minutes=11)
    unlocked = issued.unlock("4321")
    assert unlocked.certificate == cert
    assert unlocked.chain == (mediator.certificate,)


def test_wrong_pin_is_refused() -> None:
    issued = issue_party_identity(new_identity("M"), "Rep", "4321")
    with pytest.raises(WrongPassphrase, match="Wrong PIN for Rep"):
        issued.unlock("1234")
    with pytest.raises(InvalidInput, match="PIN must be at least 4"):
        issue_party_identity(new_identity("M"), "Rep", "12")


def test_issued_identity_saved_as_pkcs12_loads_with_the_pin(tmp_path) -> None:
    mediator = new_identity("M")
    issued = issue_party_identity(mediator, "Rep", "4321")
    issued.save(tmp_path / "rep.p12")
    loaded = load_identity(tmp_path / "rep.p12", "4321")
    assert loaded.certificate == issued.certificate and loaded.chain == (mediator.certificate,)


def test_a_party_certificate_cannot_issue() -> None:
    mediator = new_identity("M")
    party = issue_party_identity(mediator, "Rep", "4321").unlock("4321")
    key = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(InvalidInput, match="may not issue"):
        issue_certificate(party, "Other", key.public_key())


def test_certificate_export_reads_back_as_pem_and_der(tmp_path, identity_file) -> None:
    cert = identity_file[1].certificate
    write_certificate(tmp_path / "m.pem", cert)
    assert load_certificates(tmp_path / "m.pem") == [cert]
    (tmp_path / "m.der").write_bytes(cert.public_bytes(serialization.Encoding.DER))
    assert load_certificates(tmp_path / "m.der") == [cert]
    (tmp_path / "bad.pem").write_text("hello")
    with pytest.raises(InvalidInput, match="not a PEM or DER certificate"):
        load_certificates(tmp_path / "bad.pem")
