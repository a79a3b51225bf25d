"""The signing commands as a user runs them, through the real CLI: exit codes 0/1/2 and one-line errors,
no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from iomed_desk import cli
from iomed_desk.cli import signing
from iomed_desk.export.identity import load_identity

PASSPHRASE = "correct horse battery"


def run(*args: str | Path, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "iomed_desk", *map(str, args)],
                          input=stdin, capture_output=True, text=True, cwd=cwd, timeout=60)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_identity_new_then_cert_then_verify(tmp_path, signed) -> None:
    created = run("identity", "new", tmp_path / "m.p12", "--name", "Dr. Sofia Lindqvist",
                  "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert created.returncode == 0, created.stderr
    assert "Dr. Sofia Lindqvist" in created.stdout and created.stderr == ""
    assert load_identity(tmp_path / "m.p12", PASSPHRASE).name == "Dr. Sofia Lindqvist"

    exported = run("identity", "cert", tmp_path / "m.p12", tmp_path / "exported.pem",
                   "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "exported.pem").read_bytes() == (tmp_path / "m.pem").read_bytes()  # identity new wrote it

    # a mediator certificate that did not sign the agreement: intact but untrusted -> 1
    untrusted = run("verify", signed.path, "--trust", tmp_path / "exported.pem")
    assert untrusted.returncode == 1
    assert untrusted.stdout.rstrip().endswith("Result: NOT VALID")


def test_verify_exit_codes(tmp_path, signed) -> None:
    ok = run("verify", signed.path, "--trust", signed.trust_pem, "--json")
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["ok"] is True

    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(signed.pdf + b"\n% appended\n")
    bad = run("verify", tampered, "--trust", signed.trust_pem)
    assert bad.returncode == 1
    assert "bytes follow the end of the last signed range" in bad.stdout

    not_pdf = tmp_path / "notes.txt"
    not_pdf.write_text("just some notes")
    unreadable = run("verify", not_pdf)
    assert unreadable.returncode == 2
    assert one_line_error(unreadable) == f"iomed-desk: {not_pdf} is not a PDF file."


def test_passphrase_never_comes_from_argv(tmp_path) -> None:
    result = run("identity", "new", tmp_path / "m.p12", "--name", "M", "--passphrase", PASSPHRASE)
    assert result.returncode == 2
    assert "unrecognized arguments" in result.stderr
    assert not (tmp_path / "m.p12").exists()


# The remaining cases run the CLI's main in-process (faster than a subprocess).

def call(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str | Path,
         stdin: str = "") -> tuple[int, str, str]:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_wrong_passphrase_exits_1_and_writes_nothing(tmp_path, capsys, monkeypatch) -> None:
    code, _, _ = call(capsys, monkeypatch, "identity", "new", tmp_path / "m.p12", "--name", "M",
                      "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 0
    code, out, err = call(capsys, monkeypatch, "identity", "cert", tmp_path / "m.p12",
                          tmp_path / "exported.pem", "--passphrase-stdin", stdin="wrong passphrase\n")
    assert code == 1
    assert err == f"iomed-desk: Wrong passphrase for the identity file {tmp_path / 'm.p12'}.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.issuing.p12", "m.p12", "m.pem"]


def test_existing_identity_is_not_overwritten(tmp_path, capsys, monkeypatch) -> None:
    (tmp_path / "m.p12").write_bytes(b"precious")
    code, _, err = call(capsys, monkeypatch, "identity", "new", tmp_path / "m.p12", "--name", "M",
                        "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert code == 2 and "already exists" in err
    assert (tmp_path / "m.p12").read_bytes() == b"precious"


def test_missing_passphrase_line_and_no_terminal(tmp_path, capsys, monkeypatch) -> None:
    code, _, err = call(capsys, monkeypatch, "identity", "new", tmp_path / "m.p12", "--name", "M",
                        "--passphrase-stdin", stdin="")
    assert code == 2 and err.count("\n") == 1 and "on line 1 of standard input" in err
    code, _, err = call(capsys, monkeypatch, "identity", "new", tmp_path / "m.p12", "--name", "M")
    assert code == 2 and "use --passphrase-stdin" in err
    assert list(tmp_path.iterdir()) == []


def test_verify_with_a_bad_trust_file_or_truncated_pdf(tmp_path, capsys, monkeypatch, signed) -> None:
    (tmp_path / "trust.pem").write_text("not a certificate")
    code, _, err = call(capsys, monkeypatch, "verify", signed.path, "--trust", tmp_path / "trust.pem")
    assert code == 2 and err.strip().endswith("is not a PEM or DER certificate.")
    (tmp_path / "cut.pdf").write_bytes(signed.pdf[:-400])
    code, _, err = call(capsys, monkeypatch, "verify", tmp_path / "cut.pdf")
    assert code == 2 and err.count("\n") == 1 and "truncated" in err
    (tmp_path / "empty.pdf").write_bytes(b"")
    code, _, err = call(capsys, monkeypatch, "verify", tmp_path / "empty.pdf")
    assert code == 2 and "empty" in err


def test_verify_text_report_lists_every_signature(capsys, monkeypatch, signed) -> None:
    code, out, err = call(capsys, monkeypatch, "verify", signed.path, "--trust", signed.trust_pem)
    assert code == 0 and err == ""
    for name in ("Sig-Party-1", "Sig-Party-2", "Sig-Party-3", "Sig-Mediator"):
        assert f"{name}: OK" in out
    assert "signer's clock (no time-stamp authority)" in out


def test_register_adds_commands_to_a_parent_parser() -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="iomed-desk")
    signing.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["verify", "x.pdf", "--trust", "a.pem", "--trust", "b.pem", "--json"])
    assert args.func is signing.verify_command
    assert [str(p) for p in args.trust] == ["a.pem", "b.pem"] and args.json
    args = parser.parse_args(["identity", "new", "o.p12", "--name", "N", "--passphrase-stdin"])
    assert args.func is signing.identity_new and args.passphrase_stdin
