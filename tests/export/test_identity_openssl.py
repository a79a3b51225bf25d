"""The identities as OpenSSL reads them: an oracle that is not our code (nor `cryptography`'s parser).

`openssl x509 -text` names the extensions; `openssl verify` builds the chain
by RFC 5280 rules, so a certificate the signing key "issues" is rejected there
even when it was made by hand, around `issue_certificate`'s refusal.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from iomed_desk.export.identity import (
    MediatorIdentity,
    create_identity_file,
    issue_party_identity,
    new_identity,
    write_certificate,
)

PASSPHRASE = "correct horse battery"


def openssl(*args: str | Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("openssl")
    if tool is None:
        pytest.skip("openssl is not installed (Debian package openssl)")
    return subprocess.run([tool, *map(str, args)], capture_output=True, text=True, timeout=60)


def text_of(pem: Path) -> str:
    result = openssl("x509", "-noout", "-text", "-in", pem)
    assert result.returncode == 0, result.stderr
    return result.stdout


def extension(text: str, name: str) -> str:
    """The line after an extension's heading in `openssl x509 -text` (its value)."""
    match = re.search(rf"X509v3 {name}:( critical)?\n\s*(.+)\n", text)
    assert match, f"no {name} in:\n{text}"
    return ("critical " if match[1] else "") + match[2].strip()


@pytest.fixture(scope="module")
def pems(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("openssl")
    mediator: MediatorIdentity = create_identity_file(folder / "m.p12", "Dr Lin Wai-man", PASSPHRASE,
                                                      organisation="IOMed")
    assert mediator.issuing is not None
    party = issue_party_identity(mediator.issuing, "陈静 Chen Jing", "2468", organisation="Meridian")
    # what the signing key would issue if asked by hand: a party certificate under the end-entity
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    forged = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dr Amara Solis")]))
        .issuer_name(mediator.signing.certificate.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(mediator.signing.private_key, hashes.SHA256())
    )
    certs = {"issuing": mediator.issuing.certificate, "signing": mediator.signing.certificate,
             "party": party.certificate, "forged": forged}
    out = {}
    for name, cert in certs.items():
        out[name] = folder / f"{name}.pem"
        write_certificate(out[name], cert)
    out["trust"] = folder / "m.pem"  # what `identity new` tells verifiers to trust: the issuing certificate
    write_certificate(out["trust"], mediator.trust_anchor)
    return out


def test_signing_certificate_is_an_end_entity_for_signatures_only(pems) -> None:
    text = text_of(pems["signing"])
    assert extension(text, "Basic Constraints") == "critical CA:FALSE"
    assert extension(text, "Key Usage") == "critical Digital Signature, Non Repudiation"
    assert "Certificate Sign" not in text and "CRL Sign" not in text
    assert "X509v3 Subject Key Identifier" in text and "X509v3 Authority Key Identifier" in text


def test_issuing_certificate_is_a_ca_that_only_signs_certificates(pems) -> None:
    text = text_of(pems["issuing"])
    assert extension(text, "Basic Constraints") == "critical CA:TRUE, pathlen:0"
    assert extension(text, "Key Usage") == "critical Certificate Sign, CRL Sign"
    assert "Digital Signature" not in text and "Non Repudiation" not in text


def test_in_room_certificate_as_openssl_reads_it(pems) -> None:
    text = text_of(pems["party"])
    assert extension(text, "Basic Constraints") == "critical CA:FALSE"
    assert extension(text, "Key Usage") == "critical Digital Signature, Non Repudiation"
    subject = openssl("x509", "-noout", "-subject", "-nameopt", "RFC2253,-esc_msb", "-in", pems["party"])
    assert subject.stdout.strip() == ("subject=OU=Certificate issued in the mediation room,O=Meridian,"
                                      "CN=陈静 Chen Jing")
    assert "CRL Distribution" not in text and "Authority Information Access" not in text  # no revocation
    dates = openssl("x509", "-noout", "-startdate", "-enddate", "-in", pems["party"]).stdout
    start, end = (datetime.strptime(v, "%b %d %H:%M:%S %Y GMT")
                  for v in re.findall(r"=(.+)", dates))
    assert end - start == timedelta(days=730)


def test_openssl_builds_the_chains_from_the_issuing_certificate(pems) -> None:
    for leaf in ("signing", "party"):
        result = openssl("verify", "-x509_strict", "-CAfile", pems["trust"], pems[leaf])
        assert result.returncode == 0 and result.stdout.strip().endswith(": OK"), result.stderr


def test_the_signing_certificate_cannot_act_as_an_issuer(pems) -> None:
    result = openssl("verify", "-CAfile", pems["signing"], pems["party"])
    assert result.returncode != 0 and "OK" not in result.stdout
    # a certificate the signing key made by hand: refused for the signing certificate's key usage, whether
    # the signing certificate is trusted directly or reached from the issuing certificate
    for args in (("-partial_chain", "-CAfile", pems["signing"], pems["forged"]),
                 ("-CAfile", pems["trust"], "-untrusted", pems["signing"], pems["forged"])):
        result = openssl("verify", *args)
        assert result.returncode != 0, (args, result.stdout)
        assert "key usage does not include certificate signing" in result.stdout + result.stderr


def test_an_old_single_key_identity_is_still_a_ca(tmp_path) -> None:
    old = new_identity("Dr Lin Wai-man")
    write_certificate(tmp_path / "old.pem", old.certificate)
    text = text_of(tmp_path / "old.pem")
    assert extension(text, "Basic Constraints") == "critical CA:TRUE, pathlen:0"
    assert "Certificate Sign" in extension(text, "Key Usage")
    assert "Digital Signature" in extension(text, "Key Usage")
