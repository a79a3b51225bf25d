"""Users never see another library's warning: `export` and `verify` under PYTHONWARNINGS=default.

With every warning shown (`default`), stderr holds nothing on success and one line of ours on
an error. cryptography 51's DSA deprecation, raised when pyHanko loads, is the case that once
reached users; the filter is in iomed_desk/warnings_policy.py and runs at the entry points.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from iomed_desk.app.demo import DEMO_PASSPHRASE

MEDIATOR_PASS = "mediator identity passphrase"


def run(*args: str | Path, stdin: str = "", warnings: str = "default") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": warnings, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("IOMED_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "iomed_desk", *map(str, args)], input=stdin,
                          capture_output=True, text=True, timeout=180, env=env)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("warnings")
    demo, med, pem, pdf = (folder / n for n in ("d.iomed", "m.p12", "m-exported.pem", "agreement.pdf"))
    steps = [
        (("demo", demo), ""),
        (("identity", "new", med, "--name", "Dr Margaret Lau", "--passphrase-stdin"), MEDIATOR_PASS + "\n"),
        (("identity", "cert", med, pem, "--passphrase-stdin"), MEDIATOR_PASS + "\n"),
        (("export", demo, pdf, "--identity", med, "--issue-party", "p1", "--issue-party", "p2",
          "--issue-party", "Eastern Littoral Development Bank=Grace Adeyemi", "--passphrase-stdin"),
         f"{DEMO_PASSPHRASE}\n{MEDIATOR_PASS}\n111111\n222222\n333333\n"),
    ]
    for args, stdin in steps:
        res = run(*args, stdin=stdin)
        assert res.returncode == 0, res.stderr
        assert res.stderr == "", f"{args[0]} printed on stderr:\n{res.stderr}"
    return {"demo": demo, "med": med, "pem": pem, "pdf": pdf, "folder": folder}


@pytest.mark.parametrize("warnings", ["default", "error"])
def test_verify_prints_nothing_on_stderr_when_all_is_well(exported: dict[str, Path], warnings: str) -> None:
    res = run("verify", exported["pdf"], "--trust", exported["pem"], warnings=warnings)
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stderr == ""


def test_errors_are_one_line_of_ours(exported: dict[str, Path]) -> None:
    not_pdf = exported["folder"] / "notes.txt"
    not_pdf.write_text("not a PDF")
    res = run("verify", not_pdf)
    assert res.returncode == 2
    assert res.stderr.splitlines() == [f"iomed-desk: {not_pdf} is not a PDF file."]

    never = exported["folder"] / "never.pdf"
    res = run("export", exported["demo"], never, "--identity", exported["med"], "--passphrase-stdin",
              stdin=f"{DEMO_PASSPHRASE}\nwrong passphrase\n")
    assert res.returncode != 0 and not never.exists()
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("iomed-desk: "), res.stderr


def test_our_own_warnings_still_show(tmp_path: Path) -> None:
    """The filter is for other libraries: a deprecation raised in iomed_desk is still printed."""
    script = textwrap.dedent("""
        import warnings
        from iomed_desk.warnings_policy import quiet_third_party_deprecations
        from cryptography.utils import CryptographyDeprecationWarning
        quiet_third_party_deprecations()
        for module in ("pyhanko.sign.signers.pdf_cms", "reportlab.lib", "iomed_desk.export.sign"):
            for category in (DeprecationWarning, CryptographyDeprecationWarning):
                warnings.warn_explicit(f"{category.__name__} from {module}", category, "x.py", 1,
                                       module=module)
        warnings.warn_explicit("a UserWarning from pyhanko", UserWarning, "x.py", 2, module="pyhanko")
    """)
    env = {**os.environ, "PYTHONWARNINGS": "default"}
    res = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                         cwd=tmp_path, timeout=60)
    assert res.returncode == 0, res.stderr
    shown = {line.split(": ", 1)[1] for line in res.stderr.splitlines() if ": " in line}
    assert shown == {"DeprecationWarning: DeprecationWarning from iomed_desk.export.sign",
                     "CryptographyDeprecationWarning: CryptographyDeprecationWarning from iomed_desk.export.sign",
                     "UserWarning: a UserWarning from pyhanko"}
