"""`identity new OUT.p12`: a signing file, an issuing file beside it, and the certificate verifiers trust.

Run as a user would (a subprocess), read back with the library and judged by
`openssl verify`: the PEM it names for `--trust` is the issuing certificate,
from which the signing certificate chains.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization

from iomed_desk.export.identity import load_certificates, load_identity, load_issuer

PASS = "a long enough passphrase"


def cli(*args: str | Path, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("IOMED_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "iomed_desk", *map(str, args)], input=stdin,
                          capture_output=True, text=True, timeout=120, env=env)


def test_identity_new_writes_three_files_and_says_which_to_trust(tmp_path: Path) -> None:
    out = tmp_path / "lau.p12"
    result = cli("identity", "new", out, "--name", "Dr Margaret Lau Mei-ling", "--organisation", "IOMed",
                 "--passphrase-stdin", stdin=f"{PASS}\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lau.issuing.p12", "lau.p12", "lau.pem"]
    for name in ("lau.p12", "lau.issuing.p12"):
        assert os.stat(tmp_path / name).st_mode & 0o777 == 0o600
    signing, issuing = load_identity(out, PASS), load_issuer(out, PASS)
    trust = load_certificates(tmp_path / "lau.pem")
    assert trust == [issuing.certificate] and signing.chain == (issuing.certificate,)
    assert f"verify --trust {tmp_path / 'lau.pem'}" in result.stdout
    assert str(tmp_path / "lau.issuing.p12") in result.stdout
    assert issuing.certificate.fingerprint(hashes.SHA256()).hex(":") in result.stdout

    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed")
    (tmp_path / "signing.pem").write_bytes(signing.certificate.public_bytes(serialization.Encoding.PEM))
    checked = subprocess.run([openssl, "verify", "-x509_strict", "-CAfile", str(tmp_path / "lau.pem"),
                              str(tmp_path / "signing.pem")], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_identity_cert_exports_the_issuing_certificate(tmp_path: Path) -> None:
    out = tmp_path / "m.p12"
    assert cli("identity", "new", out, "--name", "M", "--passphrase-stdin", stdin=f"{PASS}\n").returncode == 0
    result = cli("identity", "cert", out, tmp_path / "exported.pem", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "exported.pem").read_bytes() == (tmp_path / "m.pem").read_bytes()


def test_an_existing_issuing_file_stops_identity_new_before_anything_is_written(tmp_path: Path) -> None:
    (tmp_path / "m.issuing.p12").write_bytes(b"precious")
    for stdin in (f"{PASS}\n", ""):
        result = cli("identity", "new", tmp_path / "m.p12", "--name", "M", "--passphrase-stdin", stdin=stdin)
        assert result.returncode == 2
        assert result.stderr.splitlines() == [
            f"iomed-desk: {tmp_path / 'm.issuing.p12'} already exists; choose another name."]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.issuing.p12"]
    assert (tmp_path / "m.issuing.p12").read_bytes() == b"precious"


def test_the_issuing_file_is_refused_as_a_signing_identity(tmp_path: Path) -> None:
    out = tmp_path / "m.p12"
    assert cli("identity", "new", out, "--name", "M", "--passphrase-stdin", stdin=f"{PASS}\n").returncode == 0
    result = cli("identity", "cert", tmp_path / "m.issuing.p12", tmp_path / "x.pem", "--passphrase-stdin",
                 stdin=f"{PASS}\n")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and "holds an issuing key" in result.stderr
    assert not (tmp_path / "x.pem").exists()
