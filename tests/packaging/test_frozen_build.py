"""Build the one-folder application with PyInstaller and run what was built.

Slow (about half a minute to build), so only with `-m slow`; skipped when
PyInstaller is not installed (`pip install -e '.[package]'`). The built program
runs in a private HOME with the offscreen Qt platform, and does what a user does
on the command line: the version, the window's smoke test, a demo case opened
through SQLCipher and Argon2id, and an agreement exported, signed and verified,
printing nothing on stderr. The folder carries only what an offline application
loads (packaging/trim.py): no HTTP client, no TLS, no GTK, no QtWebEngine, and
it stays within its size budget.

A frozen program ignores PYTHONWARNINGS, so the test build bakes in `-W default`
(IOMED_PYTHON_WARNINGS, read by the spec): every warning shows, as it does for
the venv's PYTHONWARNINGS=default tests (tests/cli/test_warnings.py).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "iomed-desk.spec"
EXE_SUFFIX = ".exe" if sys.platform.startswith("win") else ""
DEMO_PASSPHRASE = "demo-mediation-2026"
IDENTITY_PASSPHRASE = "mediator identity passphrase"
#: the offscreen platform's one remark on stderr (STYLE.md: ignored by its text, nothing broader)
OFFSCREEN_REMARK = "This plugin does not support propagateSizeHints()"
#: issue 10 asked for 150 MB; what is left is what the application loads (packaging/README.md,
#: "What the folder leaves out, and its size"), so this budget (the Linux build: 176 MiB) catches growth
SIZE_BUDGET_MIB = 185
#: Python packages and modules an offline application has no use for
NETWORK_MODULES = ("aiohttp", "aiohappyeyeballs", "yarl", "multidict", "requests", "urllib3", "certifi",
                   "ssl", "_ssl", "http.server", "socketserver", "xmlrpc", "ftplib", "PySide6.QtNetwork")


def _load_trim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("iomed_packaging_trim", ROOT / "packaging" / "trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


trim = _load_trim()

Run = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built folder (dist/iomed-desk in a temporary place)."""
    pytest.importorskip("PyInstaller", reason="PyInstaller not installed (pip install -e '.[package]')")
    out = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build")],
        cwd=ROOT, env={**os.environ, "IOMED_PYTHON_WARNINGS": "default"},
        capture_output=True, text=True, timeout=1800, check=False)
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


def _archive(built: Path):
    from PyInstaller.archive.readers import CArchiveReader

    return CArchiveReader(str(built / f"iomed-desk{EXE_SUFFIX}")).open_embedded_archive("PYZ.pyz")


def test_version(run: Run) -> None:
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"iomed-desk {importlib.metadata.version('iomed-desk')}"
    assert result.stderr == ""


def test_gui_smoke_paints_the_start_window_offscreen(run: Run) -> None:
    result = run("gui", "--smoke")
    assert result.returncode == 0, result.stderr
    assert set(result.stderr.splitlines()) <= {OFFSCREEN_REMARK}, result.stderr


def test_demo_case_opens_through_sqlcipher(run: Run, tmp_path: Path) -> None:
    assert run("demo", "d.iomed").returncode == 0
    info = run("info", "d.iomed", "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n")
    assert info.returncode == 0, info.stderr
    assert "Argon2id" in info.stdout and "cipher_version=4" in info.stdout
    check = run("check", "d.iomed", "--passphrase-stdin", stdin=DEMO_PASSPHRASE + "\n")
    assert check.returncode == 0, check.stderr


def test_agreement_exports_signed_and_verifies(run: Run, tmp_path: Path) -> None:
    """reportlab with the bundled CJK font, pyHanko (with its HTTP modules replaced by the offline
    stand-ins) and cryptography, all frozen; with every warning shown, stderr stays empty."""
    steps = [
        (("demo", "d.iomed"), ""),
        (("identity", "new", "m.p12", "--name", "Dr Test Mediator", "--passphrase-stdin"), IDENTITY_PASSPHRASE + "\n"),
        (("identity", "cert", "m.p12", "m-exported.pem", "--passphrase-stdin"), IDENTITY_PASSPHRASE + "\n"),
        (("export", "d.iomed", "a.pdf", "--identity", "m.p12", "--issue-party", "p1", "--issue-party", "p2",
          "--issue-party", "p3", "--passphrase-stdin"),
         f"{DEMO_PASSPHRASE}\n{IDENTITY_PASSPHRASE}\n111111\n222222\n333333\n"),
    ]
    for args, stdin in steps:
        result = run(*args, stdin=stdin)
        assert result.returncode == 0, result.stderr
        assert result.stderr == "", f"{args[0]} printed on stderr:\n{result.stderr}"
    assert b"WenQuanYi" in (tmp_path / "a.pdf").read_bytes()
    verify = run("verify", "a.pdf", "--trust", "m.pem")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "all signatures valid" in verify.stdout
    assert verify.stderr == ""


def test_an_error_is_one_line_of_ours(run: Run, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a PDF")
    result = run("verify", "notes.txt")
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["iomed-desk: notes.txt is not a PDF file."]


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


# --- what the folder leaves out -----------------------------------------------------------------

def test_archive_holds_no_network_client_and_no_tls(built: Path) -> None:
    """The modules the program can import: no HTTP client, no TLS, no servers, no QtNetwork binding.
    pyHanko's two HTTP modules are there under their names, as the stand-ins that import nothing
    of the network (packaging/offline/)."""
    archive = _archive(built)
    names = set(archive.toc)
    found = sorted(n for n in names if any(n == m or n.startswith(m + ".") for m in NETWORK_MODULES))
    assert found == []
    for name in trim.OFFLINE_STANDINS:
        code = archive.extract(name)
        assert not [n for n in code.co_names if n.split(".")[0] in ("aiohttp", "requests", "certifi")], name
        assert str(code.co_consts[0]).startswith("Stand-in for"), name  # its docstring: ours, not pyHanko's


def test_folder_holds_no_network_client_webengine_or_gtk(built: Path) -> None:
    files = [p.relative_to(built / "_internal").as_posix() for p in (built / "_internal").rglob("*")]
    for package in ("aiohttp", "yarl", "multidict", "frozenlist", "propcache", "requests", "urllib3", "certifi"):
        assert not (built / "_internal" / package).exists(), package
    names = [f.rsplit("/", 1)[-1] for f in files]
    assert not [n for n in names if n.startswith(("_ssl.", "libssl."))]
    assert not [f for f in files if "webengine" in f.lower()]
    assert not [n for n in names if n.startswith(("libgtk", "libgdk", "libatk", "libcairo", "libpango"))]
    assert not [f for f in files if "/plugins/tls/" in f or "/plugins/networkinformation/" in f
                or "qgtk3" in f or "QtNetwork.abi3" in f or f.endswith("QtNetwork.pyd")]
    assert {f.rsplit("/", 1)[-1] for f in files if "/translations/" in f and f.startswith("PySide6/")} == set(
        trim.QT_TRANSLATIONS)


def test_qt_network_library_is_there_only_because_qt_pdf_links_it(built: Path) -> None:
    """QtNetwork's C++ library stays for QtPdf (the export preview), which links it; nothing else
    of QtNetwork does."""
    qt = built / "_internal" / "PySide6"
    assert not [p.name for p in qt.iterdir() if p.name.startswith("QtNetwork.")]  # not the Python module
    if sys.platform.startswith("linux"):
        (pdf,) = [p for p in qt.rglob("libQt6Pdf.so*") if p.is_file()]
        network = {p.name for p in qt.rglob("libQt6Network.so*") if p.is_file()}
        assert network <= set(trim.elf_needed(pdf) or ()), "only QtPdf keeps QtNetwork's library"


def test_folder_is_within_its_size_budget(built: Path) -> None:
    size = sum(p.lstat().st_size for p in built.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= SIZE_BUDGET_MIB * 2**20, f"{size / 2**20:.0f} MiB > {SIZE_BUDGET_MIB} MiB"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and ELF are Linux's")
def test_every_bundled_library_finds_the_libraries_it_links(built: Path) -> None:
    """What packaging/trim.py keeps links nothing it dropped: `ldd` finds every library, in the
    folder or on this host (the system's own, which PyInstaller leaves out)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.skip("ldd not installed")
    internal = built / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    missing = {}
    for path in internal.rglob("*.so*"):
        if path.is_file() and not path.is_symlink() and trim.elf_needed(path) is not None:
            out = subprocess.run([ldd, str(path)], capture_output=True, text=True, env=env, check=False).stdout
            lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
            if lost:
                missing[path.relative_to(internal).as_posix()] = lost
    assert missing == {}
