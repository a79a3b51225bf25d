"""Build the one-folder application with PyInstaller and run what was built.

Slow (about half a minute to build), so only with `-m slow`; skipped when
PyInstaller is not installed (`pip install -e '.[package]'`). The built program
runs in a private HOME with the offscreen Qt platform, and does what a user does
on the command line: the version, the window's smoke test, a demo case opened
through SQLCipher and Argon2id, and an agreement exported, signed and verified.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "iomed-desk.spec"
EXE_SUFFIX = ".exe" if sys.platform.startswith("win") else ""
DEMO_PASSPHRASE = "demo-mediation-2026"
IDENTITY_PASSPHRASE = "mediator identity passphrase"

Run = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built folder (dist/iomed-desk in a temporary place)."""
    pytest.importorskip("PyInstaller", reason="PyInstaller not installed (pip install -e '.[package]')")
    out = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False)
    assert result.returncode == 0, result.stderr[-4000:]
    return out / "dist" / "iomed-desk"


@pytest.fixture
def run(built: Path, tmp_path: Path) -> Run:
    home = tmp_path / "home"
    (home / "runtime").mkdir(parents=True)
    os.chmod(home / "runtime", 0o700)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache"),
           "XDG_RUNTIME_DIR": str(home / "runtime"), "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(built / f"iomed-desk{EXE_SUFFIX}"), *args], input=stdin, cwd=tmp_path,
                              env=env, capture_output=True, text=True, timeout=120, check=False)
    return run


def test_version(run: Run) -> None:
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"iomed-desk {importlib.metadata.version('iomed-desk')}"


def test_gui_smoke_paints_the_start_window_offscreen(run: Run) -> None:
    result = run("gui", "--smoke")
    assert result.returncode == 0, result.stderr


def test_demo_case_opens_through_sqlcipher(run: Run, tmp_path: Path) -> None:
    assert run("demo", "d.iomed").returncode == 0
    info = run("info", "d.iomed", "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n")
    assert info.returncode == 0, info.stderr
    assert "Argon2id" in info.stdout and "cipher_version=4" in info.stdout
    check = run("check", "d.iomed", "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n")
    assert check.returncode == 0, check.stderr


def test_agreement_exports_signed_and_verifies(run: Run, tmp_path: Path) -> None:
    """reportlab with the bundled CJK font, pyHanko and cryptography, all frozen."""
    assert run("demo", "d.iomed").returncode == 0
    assert run("identity", "new", "m.p12", "--name", "Dr Test Mediator", "--passphrase-stdin",
               stdin=IDENTITY_PASSPHRASE + "\n").returncode == 0
    assert run("identity", "cert", "m.p12", "m.pem", "--passphrase-stdin",
               stdin=IDENTITY_PASSPHRASE + "\n").returncode == 0
    export = run("export", "d.iomed", "a.pdf", "--identity", "m.p12", "--issue-party", "p1", "--issue-party",
                 "p2", "--issue-party", "p3", "--passphrase-stdin",
                 stdin=f"{DEMO_PASSPHRASE}\n{IDENTITY_PASSPHRASE}\n111111\n222222\n333333\n")
    assert export.returncode == 0, export.stderr
    assert b"WenQuanYi" in (tmp_path / "a.pdf").read_bytes()
    verify = run("verify", "a.pdf", "--trust", "m.pem")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "all signatures valid" in verify.stdout


def test_bundle_holds_the_native_parts_and_metadata(built: Path) -> None:
    internal = built / "_internal"
    qt = internal / "PySide6"  # plugins under Qt/plugins (Linux, macOS) or plugins (Windows)
    plugins = {p.relative_to(qt).as_posix() for p in qt.rglob("*") if "plugins" in p.parts and p.is_file()}

    def plugin(kind: str, name: str) -> bool:
        return any(f"plugins/{kind}/" in p and name in p.rsplit("/", 1)[-1] for p in plugins)

    assert plugin("platforms", "offscreen") and plugin("imageformats", "svg") and plugin("iconengines", "svg")
    if sys.platform.startswith("linux"):
        assert plugin("platforms", "xcb") and plugin("platforms", "wayland")
    assert not plugin("platforminputcontexts", "virtualkeyboard")
    dangling = [p for p in built.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling
    assert list((internal / "sqlcipher3").glob("_sqlite3*"))
    assert (internal / "iomed_desk/resources/fonts/wqy-microhei.ttc").is_file()
    assert (internal / "iomed_desk/resources/fonts/LICENSE-Apache-2.0.txt").is_file()
    assert list((internal / "reportlab" / "fonts").glob("*.afm"))


def test_keyring_finds_every_backend_module_it_names(built: Path) -> None:
    """keyring discovers backends through entry points: the metadata and the modules must both ship."""
    from PyInstaller.archive.readers import CArchiveReader

    (dist,) = [d for d in importlib.metadata.distributions(path=[str(built / "_internal")])
               if d.metadata["Name"] == "keyring"]
    modules = {ep.value.split(":")[0] for ep in dist.entry_points if ep.group == "keyring.backends"}
    assert modules
    archive = CArchiveReader(str(built / f"iomed-desk{EXE_SUFFIX}")).open_embedded_archive("PYZ.pyz")
    assert modules <= set(archive.toc), modules - set(archive.toc)
    assert "iomed_desk.gui.main" in archive.toc
