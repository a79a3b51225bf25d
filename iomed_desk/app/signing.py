"""Who signs the agreement, as the faces ask for it: the mediator's identity, and each party's signer.

A mediator creates (once) an identity of two keys: a signing file OUT.p12 whose
end-entity certificate signs the attestation, and an issuing file
OUT.issuing.p12 beside it whose CA certificate only issues; verifiers trust the
issuing certificate, written as PEM beside both. In the room the issuing key
certifies a one-time key for a party's representative, or the representative
opens their own identity file. The export takes the resulting signers
(`app.export.export_agreement`). Opening and issuing derive keys: call them on
a worker. pyHanko (behind the signers) is loaded only when a signer is made, so
opening an identity stays light.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature

from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.identity import (
    MIN_PIN,
    Identity,
    MediatorIdentity,
    common_name,
    create_identity_file,
    issuing_path,
    load_issuer,
    may_issue,
    write_certificate,
)
from iomed_desk.export.identity import load_identity as load_signing_identity

if TYPE_CHECKING:
    from iomed_desk.export.signers import AgreementSigner

__all__ = ["MIN_PIN", "Identity", "MediatorIdentity", "common_name", "create_identity_file",
           "create_mediator_identity", "issued_party_signer", "issuing_path", "load_identity", "load_signing_identity",
           "mediator_signer", "open_mediator_identity", "party_file_signer", "write_certificate"]


def create_mediator_identity(path: Path, name: str, passphrase: str, *,
                             organisation: str | None = None) -> tuple[MediatorIdentity, Path]:
    """A new mediator identity: the signing file at `path`, the issuing file beside it (OUT.issuing.p12),
    and the issuing certificate, the one verifiers trust, written beside them as PEM (never over a file):
    (the identity, the PEM file)."""
    identity = create_identity_file(path, name, passphrase, organisation=organisation)
    pem = Path(path).with_suffix(".pem")
    while pem.exists():
        pem = pem.with_name(pem.stem + "-certificate.pem")
    write_certificate(pem, identity.trust_anchor, overwrite=False)
    return identity, pem


def open_mediator_identity(path: str | os.PathLike[str], passphrase: str, *,
                           issuer_path: str | os.PathLike[str] | None = None) -> MediatorIdentity:
    """The mediator's signing identity at `path`, with its issuing identity (`issuer_path`, or the file
    beside `path`) opened under the same passphrase when there is one.

    An identity file from before the signing/issuing split is its own issuer.
    Without an issuing file the mediator can sign the attestation but not issue.
    An issuing file that did not issue the signing certificate is refused.
    """
    signing = load_signing_identity(path, passphrase)
    if issuer_path is not None or issuing_path(path).exists():
        issuing = load_issuer(path, passphrase, issuer_path=issuer_path)
        if not _issued_by(signing, issuing):
            raise InvalidInput(f"{issuer_path or issuing_path(path)} did not issue the certificate in {path}.")
        return MediatorIdentity(signing, issuing)
    return MediatorIdentity(signing, signing if may_issue(signing.certificate) else None)


#: The name both faces call to open the mediator's identity (signing and issuing files).
load_identity = open_mediator_identity


def mediator_signer(identity: MediatorIdentity | Identity) -> AgreementSigner:
    """The mediator's attestation signer (its signing key), from an identity already opened."""
    from iomed_desk.export.signers import KeySigner

    return KeySigner(identity.signing if isinstance(identity, MediatorIdentity) else identity)


def issued_party_signer(mediator: MediatorIdentity | Identity, representative: str, pin: str, *,
                        organisation: str | None = None) -> AgreementSigner:
    """A certificate issued now by the mediator's issuing key to a party's representative, for one
    signature: its fresh key is locked by `pin` until the signer takes it, and gone after it signs."""
    from iomed_desk.export.identity import issue_party_identity
    from iomed_desk.export.signers import InRoomSigner

    issuer = mediator.issuing if isinstance(mediator, MediatorIdentity) else mediator
    if issuer is None:
        raise InvalidInput(f"The issuing identity of {mediator.name} is not open: keep its file "
                           "(….issuing.p12) beside the identity file to issue certificates in the room.")
    issued = issue_party_identity(issuer, representative, pin, organisation=organisation)
    return InRoomSigner(issued, pin)


def party_file_signer(path: str | os.PathLike[str], passphrase: str) -> AgreementSigner:
    """A representative's own identity file (PKCS#12), opened with its passphrase."""
    from iomed_desk.export.signers import KeySigner

    return KeySigner.from_pkcs12(path, passphrase)


def _issued_by(signing: Identity, issuing: Identity) -> bool:
    try:
        signing.certificate.verify_directly_issued_by(issuing.certificate)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True
