"""A child process that writes to a case until it is killed, acknowledging each completed write on stdout.

`python -m tests.reliability.crash_child MODE CASE SEED`, keys on stdin (hex, one per line):
- `notes`: new notes and edits of its own notes through the app layer (`take_note`, `edit_note`,
  sometimes a session start or end); prints `intent ...` before and `ack ...` after each write.
- `backup`: `CaseSession.backup` to a new file again and again; `ack backup NAME` after each.
- `rekey`: `CaseDatabase.replace_key` (what `change_passphrase` runs after checking the
  passphrase) back and forth between two keys; stdin holds both keys and both salts.
- `passwd`: `CaseSession.change_passphrase` back and forth between two passphrases (stdin).
The parent kills it with SIGKILL at a random moment and checks what the file holds.
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

FILLER = ("The Consortium repeated that the quay wall programme depends on Parcel C; the Authority "
          "wants security for completion before any tariff indexation is discussed. 港口特许经营期仍有分歧。 ")


def body_for(token: str, version: int) -> str:
    rng = random.Random(f"{token}/{version}")
    return f"CRASH {token} v{version}\n" + FILLER * rng.randint(1, 6)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def notes(path: Path, seed: int) -> None:
    """Lines: `intent new TOKEN DIGEST` / `ack new TOKEN ID DIGEST`, `intent edit ID V DIGEST` / `ack edit ...`."""
    from iomed_desk.app.opening import open_with_key
    from iomed_desk.core.channels import Channel

    key = bytes.fromhex(sys.stdin.readline().strip())
    session = open_with_key(path, key)
    say("ready")
    rng = random.Random(seed)
    channels = [Channel.joint(), Channel.party("p1"), Channel.party("p2"), Channel.party("p3")]
    mine: dict[str, tuple[str, int]] = {}  # id -> (token, version)
    for i in range(1_000_000):
        roll = rng.random()
        if mine and roll < 0.35:
            nid = rng.choice(sorted(mine))
            token, version = mine[nid][0], mine[nid][1] + 1
            body = body_for(token, version)
            say(f"intent edit {nid} {version} {digest(body)}")
            session.edit_note(nid, body=body)
            mine[nid] = (token, version)
            say(f"ack edit {nid} {version} {digest(body)}")
        elif roll < 0.38:
            if session.running_session() is None:
                session.start_session(rng.choice(channels[:2]))
            else:
                session.end_session()
        else:
            token = f"{seed}-{i}"
            body = body_for(token, 1)
            say(f"intent new {token} {digest(body)}")
            nid = session.take_note(rng.choice(channels), f"Crash test {token}", body).created_id or ""
            mine[nid] = (token, 1)
            say(f"ack new {token} {nid} {digest(body)}")


def backup(path: Path, seed: int) -> None:
    from iomed_desk.app.opening import open_with_key

    key = bytes.fromhex(sys.stdin.readline().strip())
    session = open_with_key(path, key)
    say("ready")
    for i in range(1_000_000):
        dest = path.with_name(f"backup-{seed}-{i}.iomed")
        session.backup(dest)
        say(f"ack backup {dest.name}")


def rekey(path: Path, seed: int) -> None:
    from iomed_desk.app.opening import open_with_key
    from iomed_desk.store.keys import read_salt

    lines = [bytes.fromhex(sys.stdin.readline().strip()) for _ in range(4)]
    keys = {lines[1]: lines[0], lines[3]: lines[2]}  # salt -> key
    salt = read_salt(path)
    session = open_with_key(path, keys[salt])
    say("ready")
    while True:
        other = next(s for s in keys if s != salt)
        session.db.replace_key(keys[other], other)
        salt = other
        say(f"ack rekey {salt.hex()}")


def passwd(path: Path, seed: int) -> None:
    from iomed_desk.app.opening import unlock
    from iomed_desk.core.errors import WrongPassphrase

    first, second = sys.stdin.readline().rstrip("\n"), sys.stdin.readline().rstrip("\n")
    try:
        session, current = unlock(path, first), first
    except WrongPassphrase:
        session, current = unlock(path, second), second
    say("ready")
    while True:
        new = second if current == first else first
        session.change_passphrase(current, new)
        current = new
        say(f"ack passwd {'second' if new == second else 'first'}")


if __name__ == "__main__":
    mode, case, seed_text = sys.argv[1:4]
    {"notes": notes, "backup": backup, "rekey": rekey, "passwd": passwd}[mode](Path(case), int(seed_text))
