"""Signing identities: a key and its certificate chain, kept in passphrase-protected PKCS#12.

A mediator's identity is two keys. The *issuing* key has a self-signed CA
certificate (CA:TRUE, path length 0, keyCertSign + cRLSign only) and signs
certificates, nothing else. The *signing* key has an end-entity certificate
issued by it (CA:FALSE, digitalSignature + nonRepudiation only) and signs the
attestation. They live in two PKCS#12 files, OUT.p12 (the signing key, its
certificate and the issuing certificate as chain) and OUT.issuing.p12 beside
it. Verifiers trust the issuing certificate, the root of both the mediator's
signature and every certificate issued in the room.

In the room the issuing key certifies a one-time key for a party's
representative (`issue_party_identity`): generated in memory, locked by the PIN
the representative chooses, unlocked once for one signature and then forgotten
(`IssuedIdentity.take`); it is never written anywhere.

Identity files made before this split hold one self-signed CA:TRUE key that
both signs and issues; they still open, sign and issue (see `may_issue`).
"""

from __future__ import annotations

import os
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from iomed_desk.core.errors import InvalidInput, SignatureProblem, WrongPassphrase
from iomed_desk.export.atomic import write_atomically

SigningKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey | ed448.Ed448PrivateKey

#: Lifetime of a mediator identity the app creates.
MEDIATOR_CERT_LIFETIME = timedelta(days=5 * 365)
#: Lifetime of a certificate issued in the room: two years, so validators after the signing find it
#: valid; the key is destroyed after its one signature, and no revocation (CRL, OCSP) is offered.
PARTY_CERT_LIFETIME = timedelta(days=730)
#: PBKDF2 rounds protecting a PKCS#12 file on disk (the MAC and both bags use them).
FILE_KDF_ROUNDS = 200_000
#: Rounds for an in-memory in-room credential: a short PIN gains little from more.
PIN_KDF_ROUNDS = 20_000
MIN_PASSPHRASE = 8
MIN_PIN = 4
#: The organizational unit (OU) of every certificate issued in the room: the stamp and `verify` say so.
IN_ROOM_UNIT = "Certificate issued in the mediation room"
#: The OU of a mediator's issuing certificate, which keeps its name apart from the signing certificate's.
ISSUING_UNIT = "Issuing certificate of the mediator"
#: Wrong PINs an in-room credential accepts before it destroys its key.
MAX_PIN_TRIES = 5
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

    @property
    def root(self) -> x509.Certificate:
        """The top of the chain: what a verifier puts in its trust list."""
        return self.chain[-1] if self.chain else self.certificate

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
class MediatorIdentity:
    """The mediator's two keys: `signing` signs the attestation, `issuing` certifies in-room keys only.

    `issuing` is None when the issuing file was not at hand (the mediator can
    then sign but not issue). For an identity file from before the split, both
    are the same single key. `certificate` is the one verifiers trust (the
    root of `signing`'s chain, i.e. the issuing certificate): the mediator's
    certificate as a verifier knows it; the attestation itself is signed with
    `signing.certificate`, which it issued.
    """

    signing: Identity
    issuing: Identity | None = None

    @property
    def name(self) -> str:
        return self.signing.name

    @property
    def trust_anchor(self) -> x509.Certificate:
        return self.signing.root

    @property
    def certificate(self) -> x509.Certificate:
        """The certificate to hand to verifiers (`verify --trust`): `trust_anchor`."""
        return self.trust_anchor


class IssuedIdentity:
    """An in-room party credential between issuance and its one signature.

    The certificate and chain are public; the key exists only in this process,
    PKCS#12-encrypted under the PIN the representative chose (the handover's
    consent step). `take` hands the key out once, for the signature, and
    forgets it here; so do `MAX_PIN_TRIES` wrong PINs. Nothing here writes it
    to a file, and nothing hands it back a second time.
    """

    __slots__ = ("_guard", "_locked", "_tries", "certificate", "chain")

    def __init__(self, certificate: x509.Certificate, chain: tuple[x509.Certificate, ...],
                 locked: bytes) -> None:
        self.certificate = certificate
        self.chain = chain
        self._locked: bytes | None = locked
        self._tries = 0
        self._guard = threading.Lock()

    def __repr__(self) -> str:
        return f"IssuedIdentity({self.name!r}, used={self.used})"

    @property
    def name(self) -> str:
        return common_name(self.certificate)

    @property
    def used(self) -> bool:
        """True once the key was handed out (or destroyed after too many wrong PINs)."""
        return self._locked is None

    def take(self, pin: str) -> Identity:
        """The unlocked key for its one signature; afterwards this credential holds no key.

        A wrong PIN is a `WrongPassphrase` and leaves the key locked here, up
        to `MAX_PIN_TRIES` times; then the key is destroyed. A second `take`
        raises `SignatureProblem`.
        """
        with self._guard:
            if self._locked is None:
                raise SignatureProblem(f"The in-room key of {self.name} was already used or destroyed; "
                                       "issue a new certificate.")
            try:
                identity = _from_pkcs12(self._locked, pin)
            except _BadSecret:
                self._tries += 1
                if self._tries >= MAX_PIN_TRIES:
                    self._locked = None
                    raise WrongPassphrase(f"Wrong PIN for {self.name}; after {MAX_PIN_TRIES} tries the "
                                          "key was destroyed: issue a new certificate.") from None
                raise WrongPassphrase(f"Wrong PIN for {self.name}.") from None
            self._locked = None
            return identity


def common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def may_issue(cert: x509.Certificate) -> bool:
    """Whether the certificate may certify keys: a CA (basicConstraints) whose keyUsage allows keyCertSign.

    This admits identity files from before the signing/issuing split (one
    self-signed CA:TRUE key with keyCertSign that also signs), on purpose:
    their holders issued in-room certificates that verifiers already trust
    through that one certificate, and refusing them would strand open cases.
    Their weakness (one key that signs and issues) is why new identities are
    two keys. A signing certificate made by this module is CA:FALSE and so
    never issues.
    """
    try:
        basic = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return False
    if not basic.ca:
        return False
    try:
        return cert.extensions.get_extension_for_class(x509.KeyUsage).value.key_cert_sign
    except x509.ExtensionNotFound:
        return True


def may_sign(cert: x509.Certificate) -> bool:
    """Whether the certificate's keyUsage (if any) allows signing documents (digitalSignature or nonRepudiation).

    An issuing certificate (keyCertSign + cRLSign only) does not: its key signs certificates only.
    """
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return usage.digital_signature or usage.content_commitment


def new_identity(name: str, *, organisation: str | None = None,
                 valid_for: timedelta = MEDIATOR_CERT_LIFETIME,
                 now: datetime | None = None) -> Identity:
    """One EC P-256 key with a self-signed CA certificate that both signs and issues.

    The shape of identity files before the signing/issuing split, kept for a
    party's or an institution's own test identity and for old cases; a new
    mediator identity is `new_mediator_identity` (two keys).
    """
    _check_name(name)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(name, organisation)
    start = (now or datetime.now(UTC)) - _BACKDATE
    cert = _ca_certificate(key, subject, start, start + valid_for, _key_usage(sign=True, issue=True))
    return Identity(cert, key)


def new_mediator_identity(name: str, *, organisation: str | None = None,
                          valid_for: timedelta = MEDIATOR_CERT_LIFETIME,
                          now: datetime | None = None) -> MediatorIdentity:
    """Fresh EC P-256 issuing and signing keys: a self-signed issuing CA and the end-entity it issues."""
    _check_name(name)
    start = (now or datetime.now(UTC)) - _BACKDATE
    issuing_key = ec.generate_private_key(ec.SECP256R1())
    root = _ca_certificate(issuing_key, _name(name, organisation, ISSUING_UNIT), start, start + valid_for,
                           _key_usage(sign=False, issue=True))
    issuing = Identity(root, issuing_key)
    signing_key = ec.generate_private_key(ec.SECP256R1())
    cert = issue_certificate(issuing, name, signing_key.public_key(), organisation=organisation,
                             valid_for=valid_for, now=now)
    return MediatorIdentity(Identity(cert, signing_key, (root,)), issuing)


def issuing_path(identity_path: str | os.PathLike[str]) -> Path:
    """Where the issuing key of the signing identity file `identity_path` lives: OUT.p12 -> OUT.issuing.p12."""
    path = Path(identity_path)
    return path.with_name(f"{path.stem}.issuing{path.suffix or '.p12'}")


def create_identity_file(path: str | os.PathLike[str], name: str, passphrase: str, *,
                         organisation: str | None = None, now: datetime | None = None) -> MediatorIdentity:
    """Create a mediator identity: the signing file at `path`, the issuing file beside it (`issuing_path`).

    Both are PKCS#12 under the same passphrase, mode 0600; neither overwrites
    a file, and if the second cannot be written the first is removed.
    """
    _check_secret(passphrase, MIN_PASSPHRASE, "passphrase")
    issuer_file = issuing_path(path)
    for target in (Path(path), issuer_file):
        if target.exists():
            raise InvalidInput(f"{target} already exists; choose another name.")
    identity = new_mediator_identity(name, organisation=organisation, now=now)
    assert identity.issuing is not None
    write_atomically(issuer_file, identity.issuing.to_pkcs12(passphrase), mode=0o600, overwrite=False)
    try:
        write_atomically(path, identity.signing.to_pkcs12(passphrase), mode=0o600, overwrite=False)
    except BaseException:
        issuer_file.unlink(missing_ok=True)
        raise
    return identity


def load_identity(path: str | os.PathLike[str], passphrase: str) -> Identity:
    """Open a signing identity (PKCS#12); a wrong passphrase is a `WrongPassphrase`, nothing is written.

    An issuing file is refused: its key signs certificates only.
    """
    identity = _load_pkcs12(path, passphrase)
    if not may_sign(identity.certificate):
        raise InvalidInput(f"{path} holds an issuing key, which signs certificates only; "
                           "open the signing identity file instead.")
    return identity


def load_issuer(identity_path: str | os.PathLike[str] | None, passphrase: str, *,
                issuer_path: str | os.PathLike[str] | None = None) -> Identity:
    """Open the identity that issues in-room certificates: `issuer_path`, or the file beside `identity_path`.

    Refused unless its certificate may issue (`may_issue`).
    """
    if issuer_path is None:
        if identity_path is None:
            raise InvalidInput("Name the issuing identity file or the signing identity beside it.")
        issuer_path = issuing_path(identity_path)
        if not issuer_path.exists():
            raise InvalidInput(f"No issuing identity beside {identity_path} (expected {issuer_path}).")
    identity = _load_pkcs12(issuer_path, passphrase)
    if not may_issue(identity.certificate):
        raise InvalidInput(f"{issuer_path} is not an issuing identity: its certificate may not issue "
                           "certificates.")
    return identity


def issue_certificate(issuer: Identity | MediatorIdentity, subject_name: str, public_key: ec.EllipticCurvePublicKey
                      | rsa.RSAPublicKey, *, organisation: str | None = None, unit: str | None = None,
                      valid_for: timedelta = PARTY_CERT_LIFETIME,
                      now: datetime | None = None) -> x509.Certificate:
    """An end-entity signing certificate for `public_key`, issued by `issuer` (CA:FALSE, digitalSignature +
    nonRepudiation), valid for `valid_for` or until the issuer's certificate ends, whichever is first.

    Takes a public key (not a key pair) so a key generated inside a token can be
    certified without ever leaving it. An issuer that `may_issue` refuses (a
    signing identity, a party's certificate) raises `InvalidInput`.
    """
    _check_name(subject_name)
    issuer = _issuing(issuer)
    if not may_issue(issuer.certificate):
        raise InvalidInput(f"{issuer.name}'s certificate may not issue certificates "
                           "(it is a signing certificate, not an issuing one).")
    start = (now or datetime.now(UTC)) - _BACKDATE
    end = min(start + valid_for, issuer.certificate.not_valid_after_utc)
    try:
        issuer_ski = issuer.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    except x509.ExtensionNotFound:
        issuer_ski = x509.SubjectKeyIdentifier.from_public_key(issuer.certificate.public_key())  # type: ignore[arg-type]
    return (
        x509.CertificateBuilder()
        .subject_name(_name(subject_name, organisation, unit))
        .issuer_name(issuer.certificate.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(sign=True, issue=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(issuer_ski),
                       critical=False)
        .sign(issuer.private_key, hashes.SHA256())
    )


def issue_party_identity(issuer: Identity | MediatorIdentity, name: str, pin: str, *,
                         organisation: str | None = None,
                         valid_for: timedelta = PARTY_CERT_LIFETIME,
                         now: datetime | None = None) -> IssuedIdentity:
    """A representative's one-time identity, issued in the room, locked with the PIN they chose.

    A fresh key every time: issuing again for the same name gives another key
    and certificate (a signing record that pinned the first will not match).
    The subject is CN = the representative, O = the party, OU = `IN_ROOM_UNIT`.
    """
    _check_secret(pin, MIN_PIN, "PIN")
    issuer = _issuing(issuer)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = issue_certificate(issuer, name, key.public_key(), organisation=organisation,
                             unit=IN_ROOM_UNIT, valid_for=valid_for, now=now)
    chain = (issuer.certificate, *issuer.chain)
    locked = Identity(cert, key, chain).to_pkcs12(pin, rounds=PIN_KDF_ROUNDS)
    del key
    return IssuedIdentity(cert, chain, locked)


def _issuing(issuer: Identity | MediatorIdentity) -> Identity:
    """A mediator's identity issues with its issuing key, never its signing key."""
    if not isinstance(issuer, MediatorIdentity):
        return issuer
    if issuer.issuing is None:
        raise InvalidInput(f"The issuing identity of {issuer.name} is not open; it cannot issue certificates.")
    return issuer.issuing


def is_in_room(cert: x509.Certificate) -> bool:
    """Whether the certificate says it was issued in the mediation room (OU = `IN_ROOM_UNIT`)."""
    units = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
    return any(u.value == IN_ROOM_UNIT for u in units)


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


def _load_pkcs12(path: str | os.PathLike[str], passphrase: str) -> Identity:
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


def _ca_certificate(key: ec.EllipticCurvePrivateKey, subject: x509.Name, start: datetime, end: datetime,
                    usage: x509.KeyUsage) -> x509.Certificate:
    """A self-signed CA certificate (path length 0: it issues end-entity certificates only)."""
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    return (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(ski, critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False)
        .sign(key, hashes.SHA256())
    )


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


def _name(common: str, organisation: str | None, unit: str | None = None) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, common.strip())]
    if organisation and organisation.strip():
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()))
    if unit:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    return x509.Name(parts)


def _key_usage(*, sign: bool, issue: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign, content_commitment=sign, key_encipherment=False,
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
