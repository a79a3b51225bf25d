""""Remember on this computer": the raw key in the OS keyring, under the case's id.

Where no usable keyring backend exists (headless machines, secure rooms) the
feature reports itself unavailable and every call is a harmless no-op.
"""

from __future__ import annotations

import contextlib

SERVICE = "IOMed Desk case key"


def _backend():  # type: ignore[no-untyped-def]
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - any failure to find a backend means "not available"
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    with contextlib.suppress(Exception):
        from keyring.backends import chainer

        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            return None
    return backend


def available() -> bool:
    return _backend() is not None


def remember(case_id: str, key: bytes) -> bool:
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, case_id, key.hex())
    except Exception:  # noqa: BLE001 - a keyring that refuses is the same as none
        return False
    return True


def recall(case_id: str) -> bytes | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, case_id)
        return bytes.fromhex(value) if value else None
    except Exception:  # noqa: BLE001
        return None


def forget(case_id: str) -> None:
    backend = _backend()
    if backend is None:
        return
    with contextlib.suppress(Exception):
        backend.delete_password(SERVICE, case_id)
