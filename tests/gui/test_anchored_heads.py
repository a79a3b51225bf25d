"""The audit head is anchored outside the file (issue 12): the window remembers the newest head of each
case in the settings, and flags a case file rolled back or swapped for an older backup before
anything of it shows; the mediator must answer, and closing the file is the default."""

from __future__ import annotations

import shutil
from pathlib import Path

from iomed_desk.app.opening import unlock
from iomed_desk.core.audit import AuditHead
from iomed_desk.core.channels import Channel
from iomed_desk.gui import anchors, messages
from iomed_desk.gui.settings import AUDIT_HEADS, Settings
from tests.conftest import PASSPHRASE
from tests.gui.conftest import marker, open_case

FLAG_TITLE = "This case file is older than the one last seen here"


def work_then_close(window, case_file: Path) -> AuditHead:  # type: ignore[no-untyped-def]
    open_case(window, case_file)
    window.session.take_note(Channel.party("p1"), marker("after-backup"), "text")
    head = window.session.head()
    window.close_case()
    return head


def test_the_newest_head_is_remembered_on_open_lock_and_close(qtbot, window, settings: Settings,
                                                              case_file: Path) -> None:
    open_case(window, case_file)
    case_id = window.session.case.id
    assert anchors.remembered(settings, case_id) == window.session.head()
    window.session.take_note(Channel.party("p1"), marker("locked"), "text")
    head = window.session.head()
    assert window.lock()
    assert anchors.remembered(settings, case_id) == head
    assert settings.get(AUDIT_HEADS) == [f"{case_id}={head}"]  # an id and a hash: no content, no path


def test_a_case_swapped_for_its_older_backup_is_flagged_and_closed_by_default(
        qtbot, window, settings: Settings, case_file: Path, tmp_path: Path) -> None:
    backup = tmp_path / "older.iomed"
    s = unlock(case_file, PASSPHRASE)
    s.backup(backup)
    case_id = s.case.id
    s.close()
    newer = work_then_close(window, case_file)
    shutil.copy(backup, case_file)

    messages.set_next_answer(messages.Button.Close)
    assert not window.adopt(unlock(case_file, PASSPHRASE), "Case opened")
    kind, title, text = messages.shown[-1]
    assert (kind, title) == ("warning", FLAG_TITLE)
    assert f"Last seen here: event {newer.seq}, {newer.hash}" in text
    assert window.session is None and window.workspace is None
    assert anchors.remembered(settings, case_id) == newer  # still the newer one
    reopened = unlock(case_file, PASSPHRASE)  # closed again: nothing holds its lock
    assert reopened.audit_events("case.unanchored") == []
    reopened.close()


def test_opening_it_anyway_is_recorded_and_becomes_the_head_remembered(
        qtbot, window, settings: Settings, case_file: Path, tmp_path: Path) -> None:
    backup = tmp_path / "older.iomed"
    s = unlock(case_file, PASSPHRASE)
    s.backup(backup)
    s.close()
    newer = work_then_close(window, case_file)
    shutil.copy(backup, case_file)

    messages.set_next_answer(messages.Button.Open)
    assert window.adopt(unlock(case_file, PASSPHRASE), "Case opened")
    (event,) = window.session.audit_events("case.unanchored")
    assert event.detail["remembered"] == str(newer)
    assert anchors.remembered(settings, window.session.case.id) == window.session.head()
    assert window.session.check().ok


def test_a_file_swapped_while_locked_is_flagged_at_unlock(qtbot, window, settings: Settings, case_file: Path,
                                                          tmp_path: Path) -> None:
    backup = tmp_path / "older.iomed"
    open_case(window, case_file)
    window.backup_to(backup)
    qtbot.waitUntil(lambda: window.jobs.running == 0 and backup.exists(), timeout=10_000)
    window.session.take_note(Channel.party("p2"), marker("newer"), "text")
    assert window.lock()
    shutil.copy(backup, case_file)
    messages.set_next_answer(messages.Button.Close)
    window._unlocked(unlock(case_file, PASSPHRASE))
    assert messages.shown[-1][1] == FLAG_TITLE
    assert window.session is None and window.lock_screen is None
    assert window.stack.currentWidget() is window.start_page


def test_the_backup_status_gives_the_head_its_copy_contains(qtbot, window, case_file: Path,
                                                            tmp_path: Path) -> None:
    open_case(window, case_file)
    window.backup_to(tmp_path / "copy.iomed")
    prefix = "Backup written to copy.iomed; its audit record contains head "
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(prefix), timeout=10_000)
    held = AuditHead.parse(window.statusBar().currentMessage().removeprefix(prefix))
    copy = unlock(tmp_path / "copy.iomed", PASSPHRASE)
    try:
        assert copy.contains_head(held.seq, held.hash)
    finally:
        copy.close()

