"""Who signs the agreement, as the faces ask for it: the mediator's identity, and each party's signer.

A mediator creates (once) or opens a passphrase-protected identity file; in the
room the mediator's identity issues a short-lived certificate to a party's
representative, or the representative opens their own identity file. The export
takes the resulting signers (`app.export.export_agreement`). Opening and issuing
derive keys: call them on a worker. pyHanko (behind the signers) is loaded only
when a signer is made, so opening an identity stays light.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from iomed_desk.export.identity import (
    MIN_PIN,
    Identity,
    common_name,
    create_identity_file,
    load_identity,
    write_certificate,
)

if TYPE_CHECKING:
    from iomed_desk.export.signers import AgreementSigner

__all__ = ["MIN_PIN", "Identity", "common_name", "create_identity_file", "create_mediator_identity",
           "issued_party_signer", "load_identity", "mediator_signer", "party_file_signer", "write_certificate"]


def create_mediator_identity(path: Path, name: str, passphrase: str, *,
                             organisation: str | None = None) -> tuple[Identity, Path]:
    """A new mediator identity (it may issue party certificates) in a new identity file at `path`, and
    its certificate written beside it as PEM, for verifiers to trust: (the identity, the PEM file)."""
    identity = create_identity_file(path, name, passphrase, organisation=organisation)
    pem = Path(path).with_suffix(".pem")
    while pem.exists():
        pem = pem.with_name(pem.stem + "-certificate.pem")
    write_certificate(pem, identity.certificate)
    return identity, pem


def mediator_signer(identity: Identity) -> AgreementSigner:
    """The mediator's attestation signer, from an identity already opened."""
    from iomed_desk.export.signers import KeySigner

    return KeySigner(identity)


def issued_party_signer(mediator: Identity, representative: str, pin: str, *,
                        organisation: str | None = None) -> AgreementSigner:
    """A certificate issued now by the mediator to a party's representative, its key protected by `pin`."""
    from iomed_desk.export.identity import issue_party_identity
    from iomed_desk.export.signers import KeySigner

    issued = issue_party_identity(mediator, representative, pin, organisation=organisation)
    return KeySigner.from_issued(issued, pin)


def party_file_signer(path: str | os.PathLike[str], passphrase: str) -> AgreementSigner:
    """A representative's own identity file (PKCS#12), opened with its passphrase."""
    from iomed_desk.export.signers import KeySigner

    return KeySigner.from_pkcs12(path, passphrase)
