"""One small signer interface over a key in memory (PKCS#12 or in-room) and a PKCS#11 token.

The signing code asks only for a certificate and a pyHanko `Signer` for the
duration of one signature, so a PKCS#12 file, a session certificate issued in
the room and a hardware token are interchangeable. Each `open()` builds a new
pyHanko signer (a token opens its own session), so nothing is shared between
threads. A key issued in the room (`InRoomSigner`) opens exactly once: it signs
one signature, then the signer drops its key for good.
"""

from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers import SimpleSigner
from pyhanko.sign.signers.pdf_cms import Signer
from pyhanko_certvalidator.registry import SimpleCertificateStore

from iomed_desk.core.errors import SignatureProblem
from iomed_desk.export.identity import (
    Identity,
    IssuedIdentity,
    SigningKey,
    common_name,
    load_identity,
    may_sign,
)


def to_asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


class AgreementSigner(ABC):
    """Whoever signs one signature field: their certificate, chain, and a pyHanko signer."""

    @property
    @abstractmethod
    def certificate(self) -> x509.Certificate: ...

    @property
    @abstractmethod
    def chain(self) -> tuple[x509.Certificate, ...]:
        """Issuer certificates, nearest first; embedded in every signature."""

    @abstractmethod
    def open(self) -> AbstractContextManager[Signer]:
        """A pyHanko signer, valid inside the `with` block only."""

    @property
    def name(self) -> str:
        return common_name(self.certificate)

    @property
    def root(self) -> x509.Certificate:
        """The top of the chain: what a verifier would put in its trust list."""
        return self.chain[-1] if self.chain else self.certificate


@dataclass(frozen=True)
class KeySigner(AgreementSigner):
    """A key held in memory from a PKCS#12 file (the mediator's signing identity, a party's own file).

    Refuses a certificate whose keyUsage does not allow signing documents (an
    issuing certificate), so the issuing key never signs an agreement.
    """

    identity: Identity = field(repr=False)

    def __post_init__(self) -> None:
        if not may_sign(self.identity.certificate):
            raise SignatureProblem(f"{self.identity.name}'s certificate signs certificates only, not "
                                   "documents; use the signing identity.")

    @classmethod
    def from_pkcs12(cls, path: str | os.PathLike[str], passphrase: str) -> KeySigner:
        return cls(load_identity(path, passphrase))

    @classmethod
    def from_issued(cls, issued: IssuedIdentity, pin: str) -> InRoomSigner:
        """The one-time signer of an in-room credential (an `InRoomSigner`, not a reusable KeySigner)."""
        return InRoomSigner(issued, pin)

    @property
    def certificate(self) -> x509.Certificate:
        return self.identity.certificate

    @property
    def chain(self) -> tuple[x509.Certificate, ...]:
        return self.identity.chain

    @contextmanager
    def open(self) -> Iterator[Signer]:
        yield _simple_signer(self.identity.private_key, self.certificate, self.chain)


class InRoomSigner(AgreementSigner):
    """A key issued in the room, for one signature: the first `open()` takes the key, later ones fail.

    The representative's PIN unlocks the credential here (a wrong PIN is a
    `WrongPassphrase`); from then on the key is held by this object only, in
    memory, and `open()` moves it out before signing, so after the one
    signature no reference to it remains here. Nothing writes it to disk.
    Safe to share between threads: only one `open()` ever gets the key.
    """

    def __init__(self, issued: IssuedIdentity, pin: str) -> None:
        identity = issued.take(pin)
        self._certificate = identity.certificate
        self._chain = identity.chain
        self._key: SigningKey | None = identity.private_key
        self._guard = threading.Lock()

    def __repr__(self) -> str:
        return f"InRoomSigner({self.name!r}, used={self.used})"

    @property
    def certificate(self) -> x509.Certificate:
        return self._certificate

    @property
    def chain(self) -> tuple[x509.Certificate, ...]:
        return self._chain

    @property
    def used(self) -> bool:
        return self._key is None

    @contextmanager
    def open(self) -> Iterator[Signer]:
        with self._guard:
            key, self._key = self._key, None
        if key is None:
            raise SignatureProblem(f"{self.name}: this in-room key has already signed and was destroyed.")
        signer = _simple_signer(key, self._certificate, self._chain)
        del key
        try:
            yield signer
        finally:
            signer.signing_key = None  # type: ignore[assignment]
            del signer


def _simple_signer(key: SigningKey, certificate: x509.Certificate,
                   chain: tuple[x509.Certificate, ...]) -> SimpleSigner:
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    registry = SimpleCertificateStore()
    registry.register_multiple([to_asn1(c) for c in chain])
    return SimpleSigner(signing_cert=to_asn1(certificate), signing_key=asn1_keys.PrivateKeyInfo.load(der),
                        cert_registry=registry)


@dataclass(frozen=True)
class TokenSigner(AgreementSigner):
    """A key that never leaves a PKCS#11 token (smart card, HSM, SoftHSM2 in tests).

    The certificate is given rather than read from the token, so a token that
    only holds a key (certified by the mediator in the room) works too.
    """

    module_path: str
    token_label: str
    key_label: str
    signing_certificate: x509.Certificate
    issuer_chain: tuple[x509.Certificate, ...] = ()
    pin: str = field(default="", repr=False)

    @property
    def certificate(self) -> x509.Certificate:
        return self.signing_certificate

    @property
    def chain(self) -> tuple[x509.Certificate, ...]:
        return self.issuer_chain

    @contextmanager
    def open(self) -> Iterator[Signer]:
        try:
            from pkcs11 import PKCS11Error
            from pyhanko.config.pkcs11 import TokenCriteria
            from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session
        except ImportError:
            raise SignatureProblem("Token signing needs python-pkcs11: install the 'pkcs11' "
                                   "extra of iomed-desk.") from None

        try:
            session = open_pkcs11_session(self.module_path,
                                          token_criteria=TokenCriteria(label=self.token_label),
                                          user_pin=self.pin)
        except (PKCS11Error, SigningError, OSError, RuntimeError) as exc:
            raise SignatureProblem(f"Cannot open the token {self.token_label!r}: "
                                   f"{type(exc).__name__} {exc}".strip()) from None
        # Many tokens (SoftHSM2 among them) only offer raw ECDSA; pyHanko then hashes itself.
        raw_ecdsa = isinstance(self.certificate.public_key(), ec.EllipticCurvePublicKey)
        try:
            yield PKCS11Signer(session, key_label=self.key_label,
                               signing_cert=to_asn1(self.certificate),
                               ca_chain=[to_asn1(c) for c in self.chain],
                               use_raw_mechanism=raw_ecdsa)
        except PKCS11Error as exc:
            raise SignatureProblem(f"The token {self.token_label!r} refused to sign: "
                                   f"{type(exc).__name__} {exc}".strip()) from None
        finally:
            session.close()
