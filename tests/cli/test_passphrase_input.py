"""Passphrases on stdin are UTF-8 text; anything else is a clear one-line error, exit 2 (issue 12, hole 6).

Before, bytes that are not UTF-8 became lone surrogates (or a decoding error, by locale) and
ended as "internal error ... this is a bug" with exit 70.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "a long enough passphrase"
NOT_UTF8 = "Standard input is not UTF-8 text: give the passphrase as UTF-8."


def cli(*args: str, stdin: bytes, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    environment.pop("IOMED_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "iomed_desk", *args], input=stdin, capture_output=True,
                          timeout=120, env=environment)


@pytest.fixture(scope="module")
def case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stdin") / "case.iomed"
    out = cli("new", str(path), "--reference", "R/1", "--title", "Stdin", "--kind", "commercial", "--mediator",
              "M", "--party", "A", "--party", "B", "--passphrase-stdin", stdin=f"{PASS}\n".encode())
    assert out.returncode == 0, out.stderr
    return path


@pytest.mark.parametrize("locale", [{}, {"LC_ALL": "C", "LANG": "C"}, {"PYTHONIOENCODING": "utf-8"}],
                         ids=["default", "C locale", "PYTHONIOENCODING=utf-8"])
@pytest.mark.parametrize("command", ["info", "check", "passwd", "identity new", "new"])
def test_a_passphrase_that_is_not_utf8_is_a_clear_error(case: Path, tmp_path: Path, command: str,
                                                        locale: dict[str, str]) -> None:
    args = {"info": ["info", str(case)], "check": ["check", str(case)], "passwd": ["passwd", str(case)],
            "identity new": ["identity", "new", str(tmp_path / "id.p12"), "--name", "M"],
            "new": ["new", str(tmp_path / "new.iomed"), "--reference", "R/2", "--title", "T", "--kind",
                    "commercial", "--mediator", "M", "--party", "A", "--party", "B"]}[command]
    out = cli(*args, "--passphrase-stdin", stdin=b"a long enough \xff\xfe passphrase\n" + PASS.encode() + b"\n",
              **locale)
    assert out.returncode == 2, out.stderr
    assert out.stderr.decode().splitlines() == [f"iomed-desk: {NOT_UTF8}"]
    assert not (tmp_path / "id.p12").exists() and not (tmp_path / "new.iomed").exists()


def test_a_utf8_passphrase_beyond_ascii_still_opens(tmp_path: Path) -> None:
    path, secret = tmp_path / "case.iomed", "調解 pässwörd 秘密\u00a0long"
    created = cli("new", str(path), "--reference", "R/3", "--title", "T", "--kind", "commercial", "--mediator",
                  "M", "--party", "A", "--party", "B", "--passphrase-stdin", stdin=f"{secret}\r\n".encode(),
                  LC_ALL="C", LANG="C")
    assert created.returncode == 0, created.stderr
    info = cli("info", str(path), "--passphrase-stdin", stdin=f"{secret}\n".encode())
    assert info.returncode == 0, info.stderr
    assert b"Reference:   R/3" in info.stdout
