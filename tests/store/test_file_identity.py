"""The open file is the locked file: writes stop once its path leads elsewhere (issue 12, hole 4).

The two-process case, with its figure, is tests/reliability/test_replaced_file.py.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from iomed_desk.app.opening import open_with_key
from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import FileReplaced, UserError
from tests.conftest import PASSPHRASE


def test_writes_stop_when_the_file_is_moved_away(session, case_path: Path) -> None:  # type: ignore[no-untyped-def]
    session.take_note(Channel.joint(), "before the move")
    moved = case_path.with_name("moved.iomed")
    os.rename(case_path, moved)
    with pytest.raises(FileReplaced, match="moved or replaced while open"):
        session.take_note(Channel.joint(), "after the move")
    os.rename(moved, case_path)  # back again: still refused, another process may have written meanwhile
    with pytest.raises(FileReplaced):
        session.take_note(Channel.joint(), "after moving it back")
    assert not session.db.in_place


def test_writes_stop_when_a_copy_is_renamed_over_the_path(session, case_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = session.db.key
    kept = session.take_note(Channel.joint(), "saved before").created_id
    copy = case_path.with_name("copy.iomed")
    shutil.copyfile(case_path, copy)
    os.replace(copy, case_path)
    with pytest.raises(FileReplaced):
        session.take_note(Channel.joint(), "refused")
    session.close()  # writes nothing: the WAL beside the path may be the new file's
    again = open_with_key(case_path, key)
    try:
        assert [n.id for n in again.notes_in(Channel.joint())] == [kept]
    finally:
        again.close()


def test_changing_the_passphrase_keeps_the_new_file_as_the_locked_one(session) -> None:  # type: ignore[no-untyped-def]
    session.change_passphrase(PASSPHRASE, "a brand new passphrase")
    assert session.db.in_place
    session.take_note(Channel.joint(), "after the new passphrase")


def test_a_closed_case_still_says_it_is_closed(session) -> None:  # type: ignore[no-untyped-def]
    session.close()
    with pytest.raises(UserError, match="locked or closed"):
        session.take_note(Channel.joint(), "too late")
