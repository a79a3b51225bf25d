"""Shared fixtures: real SQLCipher files in a temp folder, Qt offscreen, and a private HOME.

Every test process gets its own HOME and XDG folders, so settings, keyrings
and Qt's own files never touch the developer's, and the plaintext scans can
read exactly what the application wrote.
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_HOME = Path(tempfile.mkdtemp(prefix="iomed-test-home-"))
os.environ["HOME"] = str(_HOME)
for var, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                 ("XDG_CACHE_HOME", ".cache"), ("XDG_RUNTIME_DIR", "runtime")):
    (_HOME / sub).mkdir(parents=True, exist_ok=True)
    os.environ[var] = str(_HOME / sub)
os.chmod(_HOME / "runtime", 0o700)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

import pytest  # noqa: E402

from iomed_desk.app.opening import NewCase, NewParty, create_case  # noqa: E402
from iomed_desk.core.clock import FakeClock  # noqa: E402
from iomed_desk.core.model import CaseKind, PartyKind, RuleSetName  # noqa: E402
from tests.ready_case import create_ready_case  # noqa: E402
from tests.secret_service import (  # noqa: E402
    SKIP_REASON,
    SecretService,
    missing_programs,
    real_keyring,
    running_secret_service,
)

PASSPHRASE = "correct horse battery"
TEST_HOME = _HOME


def new_case_spec(rule_set: RuleSetName = RuleSetName.CONSENT, parties: int = 3,
                  languages: tuple[str, ...] = ("en",)) -> NewCase:
    names = ["Harbour Authority of Porto Novo", "Meridian Build Consortium", "Eastern Development Bank",
             "Coastal Shipping Ltd", "Republic of Asteria"]
    return NewCase(
        reference="IOMed/2026/017", title="Porto Novo container terminal", kind=CaseKind.INVESTMENT,
        mediators=("Dr Lin Wai-man",),
        parties=tuple(NewParty(names[i], PartyKind.COMPANY, (f"Representative {i + 1}",)) for i in range(parties)),
        rule_set=rule_set, languages=languages)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    return tmp_path / "case.iomed"


@pytest.fixture
def session(case_path: Path, clock: FakeClock):  # type: ignore[no-untyped-def]
    """A fresh case ready for sessions: the agreement to mediate on record, as at opening (tests/ready_case.py)."""
    s = create_ready_case(case_path, PASSPHRASE, new_case_spec(), clock=clock)
    yield s
    if s.is_open:
        s.close()


@pytest.fixture
def fresh_session(case_path: Path, clock: FakeClock):  # type: ignore[no-untyped-def]
    """A case just created, nothing recorded yet: for the tests of what is refused before the agreement."""
    s = create_case(case_path, PASSPHRASE, new_case_spec(), clock=clock)
    yield s
    if s.is_open:
        s.close()


def home() -> Path:
    return _HOME


# -- a real Secret Service for the keyring tests (tests/secret_service.py) ---------------------------
@pytest.fixture(scope="module")
def secret_service() -> Iterator[SecretService]:
    if missing_programs():
        pytest.skip(SKIP_REASON)
    with running_secret_service() as service:
        yield service


@pytest.fixture
def backend(secret_service: SecretService) -> Iterator[Any]:
    """keyring's real SecretService backend, recording every call that reaches the daemon."""
    with real_keyring(secret_service) as recording:
        yield recording


@pytest.fixture(autouse=True)
def _automatic_collection_outside_the_gui(request: pytest.FixtureRequest) -> Iterator[None]:
    """GUI tests run as the application does: automatic collection off, cycles collected on the GUI
    thread by its timer (gui/collector.py). Elsewhere there is no event loop to run that timer, so
    automatic collection is on for the test."""
    if gc.isenabled() or request.node.path.parent.name == "gui":
        yield
        return
    gc.enable()
    try:
        yield
    finally:
        gc.disable()


@pytest.fixture(scope="session")
def token_module(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The PKCS#11 module with the session's one SoftHSM2 token (tests/softhsm.py says why one)."""
    from tests.softhsm import make_token

    yield from make_token(tmp_path_factory)

