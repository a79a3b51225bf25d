"""A real Secret Service for tests: gnome-keyring-daemon on a private D-Bus session bus.

`running_secret_service()` starts a `dbus-daemon` with a bus of its own (a
config with no service directories, so nothing is ever D-Bus-activated behind
our back), then `gnome-keyring-daemon --foreground --unlock --components=secrets`
with a known password on stdin, which creates and unlocks the "login"
collection under the `default` alias. Both run with HOME, XDG_DATA_HOME and
XDG_RUNTIME_DIR in a temporary folder, so the developer's own keyrings are
never read or written. The process's DBUS_SESSION_BUS_ADDRESS points at the
private bus while it runs and is restored afterwards; both daemons are killed
and reaped at the end.

Where the daemons are not installed the caller skips, naming the Debian
packages (`make test` installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEBIAN_PACKAGES = ("dbus", "gnome-keyring")
SKIP_REASON = ("a real Secret Service needs dbus-daemon and gnome-keyring-daemon "
               f"(Debian packages: {' '.join(DEBIAN_PACKAGES)}; `make test` installs them)")
KEYRING_PASSWORD = b"iomed-test-keyring"
START_TIMEOUT_S = 15.0

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def missing_programs() -> list[str]:
    return [p for p in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(p) is None]


@dataclass(frozen=True)
class StoredItem:
    """One item as the Secret Service itself holds it, read with secretstorage rather than through our code."""

    collection: str
    label: str
    attributes: dict[str, str]
    secret: bytes


@dataclass(frozen=True)
class SecretService:
    address: str
    folder: Path

    def items(self) -> list[StoredItem]:
        """Every item in every collection of the daemon (the login collection and the session one)."""
        import secretstorage

        with closing(secretstorage.dbus_init()) as connection:
            found = []
            for collection in secretstorage.get_all_collections(connection):
                for item in collection.get_all_items():
                    found.append(StoredItem(collection.get_label(), item.get_label(), dict(item.get_attributes()),
                                            bytes(item.get_secret())))
            return found

    def collections(self) -> list[str]:
        import secretstorage

        with closing(secretstorage.dbus_init()) as connection:
            return [c.collection_path for c in secretstorage.get_all_collections(connection)]

    def clear(self) -> None:
        """Delete every item in the login collection, so each test starts from an empty keyring."""
        import secretstorage

        with closing(secretstorage.dbus_init()) as connection:
            for item in secretstorage.Collection(connection).get_all_items():
                item.delete()


def recording_backend() -> Any:
    """keyring's real SecretService backend, noting each call that reaches the daemon (a spy, not a fake)."""
    from keyring.backends import SecretService as secret_service_backend

    class Recording(secret_service_backend.Keyring):
        def __init__(self) -> None:
            super().__init__()
            self.calls: list[str] = []

        def get_preferred_collection(self):  # type: ignore[no-untyped-def]
            self.calls.append("collection")
            return super().get_preferred_collection()

        def get_password(self, service: str, username: str) -> str | None:
            self.calls.append("get")
            return super().get_password(service, username)

        def set_password(self, service: str, username: str, password: str) -> None:
            self.calls.append("set")
            super().set_password(service, username, password)

        def delete_password(self, service: str, username: str) -> None:
            self.calls.append("delete")
            super().delete_password(service, username)

    return Recording()


@contextmanager
def real_keyring(service: SecretService) -> Iterator[Any]:
    """keyring set to the (recording) SecretService backend, on an empty login collection; restored after."""
    import keyring

    service.clear()
    previous = keyring.get_keyring()
    backend = recording_backend()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        service.clear()


def _stop(process: subprocess.Popen[bytes] | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _wait_for_login_collection(process: subprocess.Popen[bytes]) -> None:
    """Until the daemon owns org.freedesktop.secrets and its default collection exists, unlocked."""
    import secretstorage

    deadline = time.monotonic() + START_TIMEOUT_S
    last: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gnome-keyring-daemon exited with status {process.returncode}")
        try:
            with closing(secretstorage.dbus_init()) as connection:
                if secretstorage.check_service_availability(connection):
                    collection = secretstorage.Collection(connection)  # the "default" alias
                    if not collection.is_locked():
                        return
        except secretstorage.exceptions.SecretStorageException as exc:
            last = exc
        time.sleep(0.02)
    raise RuntimeError(f"gnome-keyring-daemon did not offer an unlocked default collection: {last}")


@contextmanager
def running_secret_service() -> Iterator[SecretService]:
    folder = Path(tempfile.mkdtemp(prefix="iomed-ss-"))  # short: a unix socket path has ~100 bytes
    home = folder / "home"
    runtime = folder / "run"
    for sub in (home / ".local/share", home / ".config", runtime):
        sub.mkdir(parents=True)
    runtime.chmod(0o700)
    config = folder / "bus.conf"
    config.write_text(_BUS_CONFIG.format(socket=folder / "bus"))
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_RUNTIME_DIR": str(runtime)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    previous = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    bus = keyring_daemon = None
    try:
        bus = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile",
                                "--print-address=1"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               stdin=subprocess.DEVNULL, env=env)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError(f"dbus-daemon printed no address (status {bus.poll()})")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring_daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock",
                                           "--components=secrets"], stdin=subprocess.PIPE,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        assert keyring_daemon.stdin is not None
        keyring_daemon.stdin.write(KEYRING_PASSWORD)  # --unlock reads the login keyring's password to EOF
        keyring_daemon.stdin.close()
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        _wait_for_login_collection(keyring_daemon)
        yield SecretService(address, folder)
    finally:
        if previous is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = previous
        _stop(keyring_daemon)
        _stop(bus)
        if bus is not None and bus.stdout is not None:
            bus.stdout.close()
        shutil.rmtree(folder, ignore_errors=True)

