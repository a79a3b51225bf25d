"""The wheel carries `iomed_desk.resources` (mapped from the top-level resources/) and works installed.

The wheel is built from a copy of the sources, so setuptools' build/ and egg-info never land in
(or come from) the working tree, and installed into a fresh venv. That venv sees the locked
dependencies through a .pth file naming the project's own site-packages; a .pth line only adds a
path, so the project's editable finder stays out and `iomed_desk` can come only from the wheel.
Every command runs from an empty folder, with no PYTHONPATH, so the source tree is not on sys.path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "iomed_desk", "resources")


def _setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_of_the_source_tree_is_listed_in_pyproject() -> None:
    """The packages are listed by hand (a mapped package defeats `packages.find`): one left out
    would be missing from the wheel while every test from the checkout still passes."""
    config = _setuptools_config()
    in_tree = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "iomed_desk").rglob("__init__.py")}
    assert set(config["packages"]) == in_tree | {"iomed_desk.resources"}
    assert config["package-dir"] == {"iomed_desk.resources": "resources"}
    assert (ROOT / "resources" / "__init__.py").is_file()
    assert not (ROOT / "iomed_desk" / "resources").exists(), "resources/ lives at the top of the repository"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("setuptools", reason="building the wheel needs setuptools in this environment")
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", str(work / "dist"), str(source)],
        cwd=work, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    (built,) = (work / "dist").glob("iomed_desk-*.whl")
    return built


def test_wheel_carries_the_resources_as_the_package_reads_them(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {
        "iomed_desk/resources/__init__.py",
        "iomed_desk/resources/translations/iomed_desk_zh_CN.qm",
        "iomed_desk/resources/translations/iomed_desk_zh_HK.qm",
        "iomed_desk/resources/fonts/wqy-microhei.ttc",
        "iomed_desk/resources/fonts/LICENSE-Apache-2.0.txt",
        "iomed_desk/resources/demo/notes_en.json",
    } <= names
    assert not [n for n in names if n.endswith(".ts")], "translation sources stay in the repository"
    assert not [n for n in names if n.startswith("resources/")], "resources/ is installed inside iomed_desk"


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the wheel; returns its bin/ (Scripts/ on Windows) folder."""
    venv = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    bindir = venv / ("Scripts" if sys.platform.startswith("win") else "bin")
    python = bindir / ("python.exe" if sys.platform.startswith("win") else "python")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q",
         str(wheel)], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-4000:]
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True, timeout=60).stdout.strip()
    (Path(site) / "locked-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return bindir


#: where the package and its resources come from, and the font and a catalogue read through them
WHERE_AND_READ = """
import iomed_desk, iomed_desk.resources
from iomed_desk.export.fonts import ensure_font
from iomed_desk.gui import i18n
assert ensure_font() and i18n._load_catalogue("zh_HK") is not None
print(iomed_desk.__file__)
print(iomed_desk.resources.__file__)
"""


def _run(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "IOMED_DEBUG")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
                          check=False)


def test_installed_wheel_writes_the_demo_and_opens_the_window(installed: Path, tmp_path: Path) -> None:
    exe = ".exe" if sys.platform.startswith("win") else ""
    python = str(installed / f"python{exe}")
    where = _run(installed, tmp_path, python, "-c", WHERE_AND_READ)
    assert where.returncode == 0, where.stderr
    for line in where.stdout.splitlines():
        assert Path(line).is_relative_to(installed.parent), where.stdout

    script = str(installed / f"iomed-desk{exe}")  # the [project.scripts] entry point
    demo = _run(installed, tmp_path, script, "demo", str(tmp_path / "demo.iomed"))
    assert demo.returncode == 0, demo.stderr
    assert (tmp_path / "demo.iomed").stat().st_size > 0

    smoke = _run(installed, tmp_path, python, "-m", "iomed_desk", "gui", "--smoke")
    assert smoke.returncode == 0, smoke.stderr
