"""Signing identities: a key and its certificate chain, kept in passphrase-protected PKCS#12.

A mediator creates one self-signed identity that may issue certificates (CA,
path length 0). In the room it issues short-lived certificates to party
representatives, so a verifier who trusts the mediator's certificate (or the
institution's above it) can check every signature offline.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from iomed_desk.core.errors import InvalidInput, WrongPassphrase
from iomed_desk.export.atomic import write_atomically

SigningKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey | ed448.Ed448PrivateKey

#: Lifetime of a mediator identity the app creates.
MEDIATOR_CERT_LIFETIME = timedelta(days=5 * 365)
#: Lifetime of a certificate issued in the room: long enough for the signing session only.
PARTY_CERT_LIFETIME = timedelta(days=2)
#: PBKDF2 rounds protecting a PKCS#12 file on disk (the MAC and both bags use them).
FILE_KDF_ROUNDS = 200_000
#: Rounds for an in-memory in-room credential: a short PIN gains little from more.
PIN_KDF_ROUNDS = 20_000
MIN_PASSPHRASE = 8
MIN_PIN = 4
#: The organizational unit (OU) of every certificate issued in the room: the stamp and `verify` say so.
IN_ROOM_UNIT = "Certificate issued in the mediation room"
# Clocks in the room drift; a certificate valid from a few minutes ago avoids "not yet valid".
_BACKDATE = timedelta(minutes=10)


@dataclass(frozen=True)
class Identity:
    """A private key with its certificate and the certificates above it (nearest issuer first)."""

    certificate: x509.Certificate
    private_key: SigningKey = field(repr=False)
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def name(self) -> str:
        return common_name(self.certificate)

    def to_pkcs12(self, passphrase: str, *, rounds: int = FILE_KDF_ROUNDS) -> bytes:
        """Serialise with AES-256 and a SHA-256 MAC; the key never leaves unencrypted."""
        encryption = (
            serialization.PrivateFormat.PKCS12.encryption_builder()
            .kdf_rounds(rounds)
            .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
            .hmac_hash(hashes.SHA256())
            .build(passphrase.encode("utf-8"))
        )
        return pkcs12.serialize_key_and_certificates(
            self.name.encode("utf-8"), self.private_key, self.certificate,
            list(self.chain) or None, encryption,
        )


@dataclass(frozen=True)
class IssuedIdentity:
    """An in-room party credential: PIN-locked PKCS#12 bytes plus the public certificate."""

    certificate: x509.Certificate
    pkcs12: bytes = field(repr=False)

    @property
    def name(self) -> str:
        return common_name(self.certificate)

    def unlock(self, pin: str) -> Identity:
        try:
            return _from_pkcs12(self.pkcs12, pin)
        except _BadSecret:
            raise WrongPassphrase(f"Wrong PIN for {self.name}.") from None

    def save(self, path: str | os.PathLike[str]) -> None:
        write_atomically(path, self.pkcs12, mode=0o600, overwrite=False)


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def new_identity(name: str, *, organisation: str | None = None,
                 valid_for: timedelta = MEDIATOR_CERT_LIFETIME,
                 now: datetime | None = None) -> Identity:
    """A fresh EC P-256 key with a self-signed certificate that may issue party certificates."""
    _check_name(name)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(name, organisation)
    start = (now or datetime.now(UTC)) - _BACKDATE
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + valid_for)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(issue=True), critical=True)
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    return Identity(cert, key)


def create_identity_file(path: str | os.PathLike[str], name: str, passphrase: str, *,
                         organisation: str | None = None, now: datetime | None = None) -> Identity:
    """Create a mediator identity and write it to a new PKCS#12 file (never overwrites)."""
    _check_secret(passphrase, MIN_PASSPHRASE, "passphrase")
    if Path(path).exists():
        raise InvalidInput(f"{path} already exists; choose another name.")
    identity = new_identity(name, organisation=organisation, now=now)
    write_atomically(path, identity.to_pkcs12(passphrase), mode=0o600, overwrite=False)
    return identity


def load_identity(path: str | os.PathLike[str], passphrase: str) -> Identity:
    """Open a PKCS#12 file; a wrong passphrase is a `WrongPassphrase`, nothing is written."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Cannot read {path}: {exc.strerror or exc}.") from None
    try:
        return _from_pkcs12(data, passphrase)
    except _BadSecret:
        raise WrongPassphrase(f"Wrong passphrase for the identity file {path}.") from None
    except InvalidInput as exc:
        raise InvalidInput(f"{path}: {exc.message}") from None


def issue_certificate(issuer: Identity, subject_name: str, public_key: ec.EllipticCurvePublicKey
                      | rsa.RSAPublicKey, *, organisation: str | None = None,
                      valid_for: timedelta = PARTY_CERT_LIFETIME,
                      now: datetime | None = None) -> x509.Certificate:
    """An end-entity signing certificate for `public_key`, issued by `issuer`.

    Takes a public key (not a key pair) so a key generated inside a token can be
    certified without ever leaving it.
    """
    _check_name(subject_name)
    basic = issuer.certificate.extensions.get_extension_for_class(x509.BasicConstraints).value
    if not basic.ca:
        raise InvalidInput(f"{issuer.name}'s certificate may not issue certificates.")
    start = (now or datetime.now(UTC)) - _BACKDATE
    end = min(start + valid_for, issuer.certificate.not_valid_after_utc)
    issuer_ski = issuer.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    return (
        x509.CertificateBuilder()
        .subject_name(_name(subject_name, organisation))
        .issuer_name(issuer.certificate.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(issue=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(issuer_ski.value),
            critical=False)
        .sign(issuer.private_key, hashes.SHA256())
    )


def issue_party_identity(issuer: Identity, name: str, pin: str, *,
                         organisation: str | None = None,
                         valid_for: timedelta = PARTY_CERT_LIFETIME,
                         now: datetime | None = None) -> IssuedIdentity:
    """A representative's short-lived identity, locked with the PIN they chose in the room."""
    _check_secret(pin, MIN_PIN, "PIN")
    key = ec.generate_private_key(ec.SECP256R1())
    cert = issue_certificate(issuer, name, key.public_key(), organisation=organisation,
                             valid_for=valid_for, now=now)
    identity = Identity(cert, key, (issuer.certificate, *issuer.chain))
    return IssuedIdentity(cert, identity.to_pkcs12(pin, rounds=PIN_KDF_ROUNDS))


def certificate_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def write_certificate(path: str | os.PathLike[str], cert: x509.Certificate, *, overwrite: bool = True) -> None:
    """Export a certificate as PEM, e.g. for `verify --trust`; with overwrite=False refuse an existing file."""
    write_atomically(path, certificate_pem(cert), overwrite=overwrite)


def load_certificates(path: str | os.PathLike[str]) -> list[x509.Certificate]:
    """Every certificate in a PEM (one or more) or DER file."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Cannot read {path}: {exc.strerror or exc}.") from None
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise InvalidInput(f"{path} is not a PEM or DER certificate.") from None


class _BadSecret(Exception):
    """Internal: the PKCS#12 structure is sound but the passphrase does not open it."""


def _from_pkcs12(data: bytes, secret: str) -> Identity:
    try:
        asn1_pkcs12.Pfx.load(data).native  # noqa: B018 - parse fully to tell junk from a bad secret
    except (ValueError, TypeError, KeyError):
        raise InvalidInput("not a PKCS#12 identity file.") from None
    try:
        key, cert, others = pkcs12.load_key_and_certificates(data, secret.encode("utf-8"))
    except ValueError:
        raise _BadSecret from None
    if key is None or cert is None:
        raise InvalidInput("the PKCS#12 file holds no private key and certificate.")
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
                      | ed25519.Ed25519PrivateKey | ed448.Ed448PrivateKey):
        raise InvalidInput("the PKCS#12 key type cannot sign PDFs.")
    return Identity(cert, key, tuple(_order_chain(cert, others)))


def _order_chain(cert: x509.Certificate, others: list[x509.Certificate]) -> list[x509.Certificate]:
    """Issuer certificates from nearest to root; strays keep their order at the end."""
    remaining = list(others)
    ordered: list[x509.Certificate] = []
    current = cert
    while True:
        parent = next((c for c in remaining if c.subject == current.issuer and c != current), None)
        if parent is None:
            return ordered + remaining
        ordered.append(parent)
        remaining.remove(parent)
        current = parent


def _name(common: str, organisation: str | None) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, common.strip())]
    if organisation and organisation.strip():
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()))
    return x509.Name(parts)


def _key_usage(*, issue: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=issue, crl_sign=issue,
        encipher_only=False, decipher_only=False,
    )


def _check_name(name: str) -> None:
    if not name.strip() or len(name) > 64:
        raise InvalidInput("A certificate name must be 1 to 64 characters.")


def _check_secret(secret: str, minimum: int, what: str) -> None:
    if len(secret) < minimum:
        raise InvalidInput(f"The {what} must be at least {minimum} characters.")


def random_pin(digits: int = 6) -> str:
    """A PIN suggestion for the representative, if they want one chosen for them."""
    return "".join(secrets.choice("0123456789") for _ in range(digits))
