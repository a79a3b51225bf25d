"""Identities: two PKCS#12 files per mediator (a signing key, an issuing key) that open only with their
passphrase; the issuing key only issues, the signing key only signs; old single-key files keep working."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from iomed_desk.app.signing import issued_party_signer, mediator_signer, open_mediator_identity
from iomed_desk.core.errors import InvalidInput, SignatureProblem, WrongPassphrase
from iomed_desk.export.identity import (
    IN_ROOM_UNIT,
    Identity,
    MediatorIdentity,
    create_identity_file,
    is_in_room,
    issue_certificate,
    issue_party_identity,
    issuing_path,
    load_certificates,
    load_identity,
    load_issuer,
    new_identity,
    new_mediator_identity,
    write_certificate,
)
from iomed_desk.export.signers import KeySigner

PASSPHRASE = "correct horse battery"
TWO_YEARS = timedelta(days=730)


@pytest.fixture(scope="module")
def identity_file(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("id") / "mediator.p12"
    created = create_identity_file(path, "Dr. Sofia Lindqvist", PASSPHRASE, organisation="IOMed")
    return path, created


def _usage(cert: x509.Certificate) -> x509.KeyUsage:
    ext = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert ext.critical
    return ext.value


def _basic(cert: x509.Certificate) -> x509.BasicConstraints:
    ext = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    assert ext.critical
    return ext.value


def test_created_identity_is_two_files_that_load_with_the_passphrase(identity_file) -> None:
    path, created = identity_file
    assert sorted(p.name for p in path.parent.iterdir()) == ["mediator.issuing.p12", "mediator.p12"]
    assert issuing_path(path) == path.parent / "mediator.issuing.p12"
    signing = load_identity(path, PASSPHRASE)
    assert signing.certificate == created.signing.certificate
    assert signing.chain == (created.issuing.certificate,)
    assert signing.name == "Dr. Sofia Lindqvist"
    assert isinstance(signing.private_key, ec.EllipticCurvePrivateKey)
    assert signing.private_key.curve.name == "secp256r1"
    issuing = load_issuer(path, PASSPHRASE)
    assert issuing.certificate == created.issuing.certificate
    assert issuing.private_key.public_key() != signing.private_key.public_key()  # two keys
    assert load_issuer(None, PASSPHRASE, issuer_path=issuing_path(path)).certificate == issuing.certificate


def test_identity_files_are_private_and_keys_encrypted(identity_file) -> None:
    path, created = identity_file
    for file, identity in ((path, created.signing), (issuing_path(path), created.issuing)):
        assert os.stat(file).st_mode & 0o777 == 0o600
        raw_key = identity.private_key.private_bytes(serialization.Encoding.DER,
                                                     serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption())
        data = file.read_bytes()
        assert raw_key not in data and raw_key[-32:] not in data
        assert b"Lindqvist" not in data  # even the certificate bag is encrypted


def test_signing_certificate_is_an_end_entity_issued_by_the_issuing_certificate(identity_file) -> None:
    _, created = identity_file
    cert, root = created.signing.certificate, created.issuing.certificate
    assert not _basic(cert).ca
    usage = _usage(cert)
    assert usage.digital_signature and usage.content_commitment
    assert not (usage.key_cert_sign or usage.crl_sign or usage.key_encipherment or usage.key_agreement)
    cert.verify_directly_issued_by(root)
    assert cert.subject != root.subject
    ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert ski.digest == x509.SubjectKeyIdentifier.from_public_key(cert.public_key()).digest
    aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    root_ski = root.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert aki.key_identifier == root_ski.digest


def test_issuing_certificate_only_issues(identity_file) -> None:
    _, created = identity_file
    root = created.issuing.certificate
    basic = _basic(root)
    assert basic.ca and basic.path_length == 0
    usage = _usage(root)
    assert usage.key_cert_sign and usage.crl_sign
    assert not (usage.digital_signature or usage.content_commitment)
    assert root.issuer == root.subject
    assert created.certificate == created.trust_anchor == root  # what verifiers trust


def test_the_issuing_key_cannot_sign_and_the_signing_key_cannot_issue(identity_file) -> None:
    path, created = identity_file
    key = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(InvalidInput, match="may not issue"):
        issue_certificate(created.signing, "Dr Amara Solis", key.public_key())
    with pytest.raises(SignatureProblem, match="signs certificates only"):
        KeySigner(created.issuing)
    with pytest.raises(InvalidInput, match="holds an issuing key"):
        load_identity(issuing_path(path), PASSPHRASE)
    with pytest.raises(InvalidInput, match="is not an issuing identity"):
        load_issuer(None, PASSPHRASE, issuer_path=path)
    with pytest.raises(InvalidInput, match="may not issue"):
        issued_party_signer(created.signing, "Dr Amara Solis", "4321")
    # handed the pair, issuance takes the issuing key
    via_pair = issue_party_identity(created, "Dr Amara Solis", "4321").certificate
    via_pair.verify_directly_issued_by(created.issuing.certificate)
    with pytest.raises(InvalidInput, match="issuing identity of Dr. Sofia Lindqvist is not open"):
        issue_certificate(MediatorIdentity(created.signing), "Dr Amara Solis", key.public_key())


def test_opening_the_mediator_finds_the_issuer_beside_the_file(identity_file, tmp_path) -> None:
    path, created = identity_file
    opened = open_mediator_identity(path, PASSPHRASE)
    assert opened.issuing is not None and opened.issuing.certificate == created.issuing.certificate
    assert mediator_signer(opened).certificate == created.signing.certificate
    signer = issued_party_signer(opened, "Dr Amara Solis", "4321", organisation="Eastland")
    signer.certificate.verify_directly_issued_by(created.issuing.certificate)

    alone = tmp_path / "alone.p12"
    alone.write_bytes(path.read_bytes())
    signing_only = open_mediator_identity(alone, PASSPHRASE)
    assert signing_only.issuing is None
    assert mediator_signer(signing_only).certificate == created.signing.certificate
    with pytest.raises(InvalidInput, match="issuing identity of Dr. Sofia Lindqvist is not open"):
        issued_party_signer(signing_only, "Dr Amara Solis", "4321")

    other = create_identity_file(tmp_path / "other.p12", "Someone Else", PASSPHRASE)
    assert other.issuing is not None
    (tmp_path / "alone.issuing.p12").write_bytes(issuing_path(tmp_path / "other.p12").read_bytes())
    with pytest.raises(InvalidInput, match="did not issue the certificate"):
        open_mediator_identity(alone, PASSPHRASE)


def test_an_old_single_key_identity_still_opens_signs_and_issues(tmp_path) -> None:
    """Files from before the split: one self-signed CA:TRUE key that signs and issues."""
    old = new_identity("Dr Lin Wai-man", organisation="IOMed")
    assert _basic(old.certificate).ca and _usage(old.certificate).digital_signature
    (tmp_path / "old.p12").write_bytes(old.to_pkcs12(PASSPHRASE))
    opened = open_mediator_identity(tmp_path / "old.p12", PASSPHRASE)
    assert opened.signing.certificate == old.certificate and opened.issuing is not None
    assert opened.certificate == old.certificate
    assert mediator_signer(opened).certificate == old.certificate
    signer = issued_party_signer(opened, "Rep", "4321")
    signer.certificate.verify_directly_issued_by(old.certificate)


def test_wrong_passphrase_is_a_clear_error_and_writes_nothing(identity_file) -> None:
    path, _ = identity_file
    before = (path.read_bytes(), os.stat(path).st_mtime_ns, sorted(path.parent.iterdir()))
    with pytest.raises(WrongPassphrase, match="Wrong passphrase for the identity file"):
        load_identity(path, "not the passphrase")
    with pytest.raises(WrongPassphrase, match="Wrong passphrase for the identity file"):
        load_issuer(path, "not the passphrase")
    assert (path.read_bytes(), os.stat(path).st_mtime_ns, sorted(path.parent.iterdir())) == before


def test_not_a_pkcs12_file_is_invalid_input(tmp_path) -> None:
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"%PDF-1.7 definitely not PKCS#12")
    with pytest.raises(InvalidInput, match="not a PKCS#12"):
        load_identity(junk, PASSPHRASE)
    with pytest.raises(InvalidInput, match="Cannot read"):
        load_identity(tmp_path / "missing.p12", PASSPHRASE)
    with pytest.raises(InvalidInput, match="No issuing identity beside"):
        load_issuer(junk, PASSPHRASE)


def test_existing_files_are_never_overwritten(identity_file, tmp_path) -> None:
    path, _ = identity_file
    before = path.read_bytes()
    with pytest.raises(InvalidInput, match="already exists"):
        create_identity_file(path, "Someone Else", PASSPHRASE)
    assert path.read_bytes() == before
    (tmp_path / "new.issuing.p12").write_bytes(b"precious")
    with pytest.raises(InvalidInput, match="new.issuing.p12 already exists"):
        create_identity_file(tmp_path / "new.p12", "Someone Else", PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.issuing.p12"]
    assert (tmp_path / "new.issuing.p12").read_bytes() == b"precious"


def test_short_passphrase_is_refused(tmp_path) -> None:
    with pytest.raises(InvalidInput, match="at least 8"):
        create_identity_file(tmp_path / "x.p12", "X", "short")
    assert list(tmp_path.iterdir()) == []


def test_in_room_party_certificate_chains_to_the_issuing_certificate() -> None:
    mediator = new_mediator_identity("Dr. Sofia Lindqvist")
    assert mediator.issuing is not None
    issued = issue_party_identity(mediator.issuing, "陈静 Chen Jing", "4321",
                                  organisation="Meridian Port Authority", now=datetime.now(UTC))
    cert = issued.certificate
    cert.verify_directly_issued_by(mediator.issuing.certificate)
    assert issued.chain == (mediator.issuing.certificate,)
    subject = cert.subject
    assert [a.value for a in subject.get_attributes_for_oid(NameOID.COMMON_NAME)] == ["陈静 Chen Jing"]
    assert [a.value for a in subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)] == [
        "Meridian Port Authority"]
    assert [a.value for a in subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)] == [IN_ROOM_UNIT]
    assert is_in_room(cert) and not is_in_room(mediator.signing.certificate)
    usage = _usage(cert)
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert not _basic(cert).ca
    aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    ski = mediator.issuing.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert aki.key_identifier == ski.digest
    assert cert.not_valid_after_utc - cert.not_valid_before_utc == TWO_YEARS  # measured from the cert
    # no revocation is claimed: no CRL distribution point, no OCSP responder
    for oid_class in (x509.CRLDistributionPoints, x509.AuthorityInformationAccess):
        with pytest.raises(x509.ExtensionNotFound):
            cert.extensions.get_extension_for_class(oid_class)


def test_issued_certificates_end_no_later_than_their_issuer() -> None:
    brief = new_mediator_identity("M", valid_for=timedelta(days=30))
    assert brief.issuing is not None
    cert = issue_party_identity(brief.issuing, "Rep", "4321").certificate
    assert cert.not_valid_after_utc == brief.issuing.certificate.not_valid_after_utc


def test_wrong_pin_is_refused_and_a_short_pin_too() -> None:
    mediator = new_mediator_identity("M")
    issued = issue_party_identity(mediator.issuing, "Rep", "4321")
    with pytest.raises(WrongPassphrase, match="Wrong PIN for Rep"):
        KeySigner.from_issued(issued, "1234")
    assert not issued.used
    assert KeySigner.from_issued(issued, "4321").certificate == issued.certificate
    with pytest.raises(InvalidInput, match="PIN must be at least 4"):
        issue_party_identity(mediator.issuing, "Rep", "12")


def test_a_party_certificate_cannot_issue() -> None:
    mediator = new_mediator_identity("M")
    issued = issue_party_identity(mediator.issuing, "Rep", "4321")
    party = issued.take("4321")
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


def test_identity_root_is_the_top_of_the_chain() -> None:
    mediator = new_mediator_identity("M")
    assert mediator.signing.root == mediator.issuing.certificate
    lone = new_identity("Self")
    assert lone.root == lone.certificate
    assert isinstance(lone, Identity)
