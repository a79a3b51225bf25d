"""Passphrase to key: Argon2id, salted with the case file's own 16-byte SQLCipher salt.

The derived 32-byte key is handed to SQLCipher as a raw hex key, so SQLCipher's
own PBKDF2 is skipped and no passphrase text ever reaches SQL. The parameters
are fixed per file-format version (see docs/case-file.md).
"""

from __future__ import annotations

import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from iomed_desk.core.errors import InvalidInput, NotACaseFile

SALT_BYTES = 16
KEY_BYTES = 32
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class KdfParams:
    """RFC 9106 section 4, second recommended option (64 MiB, t=3, p=4)."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4


#: file-format version -> key derivation parameters
FORMAT_KDF = {1: KdfParams()}
CURRENT_FORMAT = 1
MIN_PASSPHRASE = 8


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on another keyboard or system gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams = FORMAT_KDF[CURRENT_FORMAT]) -> bytes:
    if len(salt) != SALT_BYTES:
        raise ValueError("salt must be 16 bytes")
    if not passphrase:
        raise InvalidInput("The passphrase is empty.")
    kdf = Argon2id(salt=salt, length=KEY_BYTES, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(normalise_passphrase(passphrase))


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(f"Choose a passphrase of at least {MIN_PASSPHRASE} characters.")


def read_salt(path: Path) -> bytes:
    """The first 16 bytes of a case file, after refusing what cannot be a case file."""
    try:
        with open(path, "rb") as f:
            head = f.read(SALT_BYTES)
            size = os.fstat(f.fileno()).st_size
    except FileNotFoundError:
        raise NotACaseFile(f"No such file: {path}") from None
    except IsADirectoryError:
        raise NotACaseFile(f"{path} is a folder, not a case file.") from None
    except PermissionError:
        raise NotACaseFile(f"Permission denied: {path}") from None
    except OSError as exc:
        raise NotACaseFile(f"Cannot read {path}: {exc.strerror}.") from None
    if size == 0:
        raise NotACaseFile(f"{path.name} is empty: it is not a case file.")
    if head == SQLITE_PLAIN_HEADER:
        raise NotACaseFile(f"{path.name} is a plain, unencrypted SQLite file, not an IOMed Desk case.")
    if size < 1024:
        raise NotACaseFile(f"{path.name} is too small to be a case file.")
    return head


def raw_key_pragma(key: bytes, salt: bytes | None = None) -> str:
    """`x'<key hex><salt hex>'`: SQLCipher's raw-key form; with a salt, it also fixes the file's salt."""
    if len(key) != KEY_BYTES:
        raise ValueError("key must be 32 bytes")
    blob = key.hex() + (salt.hex() if salt is not None else "")
    return f"\"x'{blob}'\""
