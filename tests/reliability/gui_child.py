"""GUI scenarios in a process of their own (offscreen): `python -m tests.reliability.gui_child MODE CASE`.

stdin: a JSON object with the key (hex), the passphrase and the markers. The
process is hardened as the application hardens itself, the main window is the
real one, notes are typed key by key into the real editor. Prints one JSON line.
- `lock`: idle lock, `cycles` times: how long after the last key the case locked,
  then what is left: widget texts, item models, text documents, undo stacks,
  the database connection and its files, PR_GET_DUMPABLE; and that what was typed was saved.
- `disk_full`: the disk fills (RLIMIT_FSIZE) while a note is being typed: the
  autosave fails, the text stays in the editor, locking is refused, and once
  there is room again it is saved.
- `workflow`: a session of GUI use with markers (notes in joint and caucus, a
  session, search, a disclosure, lock and unlock from the lock screen, backup, quit),
  for the parent's plaintext scan of HOME, settings and TMPDIR.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QTextDocument, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from iomed_desk.app.opening import open_with_key
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.gui import crash, messages
from iomed_desk.gui.hygiene import harden_process
from iomed_desk.gui.main import configure_application
from iomed_desk.gui.main_window import MainWindow
from iomed_desk.gui.settings import IDLE_LOCK_SECONDS, Settings
from iomed_desk.gui.worker import wait_for_all
from tests.gui.widget_text import editors_with_undo, holders_of, type_text

PR_GET_DUMPABLE = 3


def pump(seconds: float = 0.0) -> None:
    end = time.monotonic() + seconds
    while True:
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if time.monotonic() >= end:
            return
        time.sleep(0.005)


def wait_until(predicate, timeout: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        pump()
        if predicate():
            return True
        time.sleep(0.005)
    return predicate()


def type_note(window: MainWindow, channel: str, title: str, body: str) -> str:
    ws = window.workspace
    assert ws.navigate(channel)
    window.menus.attached["note.new"].trigger()
    pump()
    editor = ws.notes.editor
    type_text(editor.title_edit, title)
    type_text(editor.body_edit, body)
    return ws.notes.current_note_id()


def leftovers(marker: str) -> dict[str, Any]:
    """Everything in the process that could still hold `marker`: widgets, models, documents, undo stacks."""
    owners: list[QObject] = [QCoreApplication.instance(), *QApplication.allWidgets()]
    models, documents, stacks = set(), set(), set()
    for owner in owners:
        for m in owner.findChildren(QAbstractItemModel):
            models.add(m)
        for d in owner.findChildren(QTextDocument):
            documents.add(d)
        for s in owner.findChildren(QUndoStack):
            stacks.add(s)
    model_hits = []
    for m in models:
        for row in range(min(m.rowCount(), 5000)):
            for col in range(max(1, m.columnCount())):
                value = m.data(m.index(row, col), Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str) and marker in value:
                    model_hits.append(type(m).__name__)
    return {
        "widgets": holders_of(marker),
        "models": sorted(set(model_hits)),
        "documents": sorted({type(d.parent()).__name__ for d in documents if marker in d.toPlainText()}),
        "undo_stacks_with_commands": sum(1 for s in stacks if s.count()),
        "undo_stack_texts": sum(1 for s in stacks for i in range(s.count()) if marker in s.text(i)),
        "editors_with_undo": editors_with_undo(),
        "models_scanned": len(models), "documents_scanned": len(documents), "undo_stacks_scanned": len(stacks),
    }


def open_fds_to(path: Path) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


def dumpable() -> int:
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def start(idle_seconds: int = 300) -> tuple[QApplication, MainWindow, Settings]:
    harden_process()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    crash._suppress_dialog = True
    settings = Settings()
    settings.set(IDLE_LOCK_SECONDS, idle_seconds)
    window = MainWindow(settings)
    window.resize(1200, 800)
    window.show()
    pump(0.1)
    return app, window, settings  # type: ignore[return-value]


def unlock_from_lock_screen(window: MainWindow, passphrase: str) -> bool:
    field = window.lock_screen.panel.field
    QTest.keyClicks(field, passphrase)
    QTest.keyClick(field, Qt.Key.Key_Return)
    return wait_until(lambda: window.session is not None and window.workspace is not None, 30)


def lock(case: Path, data: dict[str, Any]) -> dict[str, Any]:
    idle = int(data.get("idle_seconds", 2))
    _, window, _ = start(idle)
    marker = data["marker"]
    key = bytes.fromhex(data["key"])
    window.adopt(open_with_key(case, key), "Opened")
    pump(0.1)
    cycles = []
    note_ids = []
    for cycle in range(int(data.get("cycles", 1))):
        session = window.session
        note_ids.append(type_note(window, "party:p1", f"{marker} caucus {cycle}",
                                  f"{marker} said in caucus, 港口{marker}, cycle {cycle}\nsecond line"))
        ws = window.workspace
        QTest.keyClicks(ws.search_field, marker)
        QTest.keyClick(ws.search_field, Qt.Key.Key_Return)
        wait_until(lambda ws=ws: not ws.search_panel.busy, 10)
        last_input = time.monotonic()
        QTest.keyClick(ws.notes.editor.body_edit, Qt.Key.Key_End)  # the last input event
        last_input = time.monotonic()
        locked = wait_until(lambda: window.locked, idle + 10)
        after = time.monotonic() - last_input
        wait_for_all()
        pump(0.3)
        cycles.append({"locked": locked, "seconds_after_last_input": round(after, 3),
                       "late_by": round(after - idle, 3), "leftovers": leftovers(marker),
                       "connection_closed": session is not None and not session.is_open,
                       "open_files": open_fds_to(case)})
        if cycle + 1 < int(data.get("cycles", 1)):
            assert unlock_from_lock_screen(window, data["passphrase"]), "unlock failed"
            pump(0.2)
    result = {"idle_seconds": idle, "cycles": cycles, "dumpable": dumpable()}
    window.close()
    pump(0.2)
    again = open_with_key(case, key)
    try:
        saved = [again.note(nid).body for nid in note_ids if nid]
    finally:
        again.close()
    result["typed_notes_saved"] = sum(marker in body for body in saved)
    result["typed_notes"] = len(note_ids)
    return result


def disk_full(case: Path, data: dict[str, Any]) -> dict[str, Any]:
    _, window, _ = start()
    marker = data["marker"]
    key = bytes.fromhex(data["key"])
    for _ in range(6):
        messages.set_next_answer(messages.Button.Ok)
    window.adopt(open_with_key(case, key), "Opened")
    pump(0.1)
    nid = type_note(window, "party:p1", f"{marker} before", "typed before the disk filled")
    editor = window.workspace.notes.editor
    assert editor.save_pending()
    wal = Path(f"{case}-wal")
    limit = max(wal.stat().st_size if wal.exists() else 0, 1) + 512
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    typed = f" {marker} typed while the disk was full " + "港口特许经营期 " * 300
    type_text(editor.body_edit, typed[:400])
    editor.body_edit.insertPlainText(typed[400:])  # the rest as a paste
    failed = wait_until(lambda: not editor.is_dirty() or "Not saved" in editor.status_label.text(), 10)
    state = {
        "autosave_failed_visibly": failed and "Not saved" in editor.status_label.text(),
        "status": editor.status_label.text(),
        "text_kept_in_editor": typed.strip() in editor.body_edit.toPlainText(),
        "still_dirty": editor.is_dirty(),
    }
    state["lock_refused"] = not window.lock()
    state["text_kept_after_lock_attempt"] = typed.strip() in editor.body_edit.toPlainText()
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    state["saved_once_there_is_room"] = editor.save_pending()
    state["locked_after"] = window.lock()
    state["messages"] = [text for _kind, _title, text in messages.shown][-3:]
    window.close()
    pump(0.2)
    again = open_with_key(case, key)
    try:
        state["on_disk_after"] = typed.strip() in again.note(nid).body
        state["check_ok"] = again.check().ok
    finally:
        again.close()
    return state


def workflow(case: Path, data: dict[str, Any]) -> dict[str, Any]:
    _, window, _ = start()
    m = data["markers"]
    key = bytes.fromhex(data["key"])
    for _ in range(10):
        messages.set_next_answer(messages.Button.Ok)
    window.adopt(open_with_key(case, key), "Opened")
    pump(0.1)
    ws = window.workspace
    window.menus.attached["session.joint"].trigger()
    pump()
    type_note(window, "joint", m["joint_title"], m["joint_body"])
    ws.notes.save_pending()
    window.menus.attached["session.end"].trigger()  # a new note goes to the running session's channel
    pump()
    secret = type_note(window, "party:p1", m["caucus_title"], m["caucus_body"] + "\n机密" + m["caucus_zh"])
    ws.notes.save_pending()
    window.session.disclose(secret, Audience.joint(), ["party:p1"], given_by={"party:p1": m["given_by"]},
                            note=m["disclosure_note"])
    QTest.keyClicks(ws.search_field, m["caucus_title"])
    QTest.keyClick(ws.search_field, Qt.Key.Key_Return)
    wait_until(lambda: not ws.search_panel.busy, 10)
    hits = ws.search_panel.results.topLevelItemCount()
    assert window.lock()
    pump(0.2)
    assert unlock_from_lock_screen(window, data["passphrase"])
    pump(0.2)
    type_note(window, "mediator", m["notebook_title"], m["notebook_body"])
    window.workspace.notes.save_pending()
    window.backup_to(case.with_name("gui-backup.iomed"))
    wait_until(lambda: case.with_name("gui-backup.iomed").exists(), 20)
    wait_for_all()
    window.close()
    pump(0.3)
    again = open_with_key(case, key)
    try:
        stored = [n.body for n in again.notes_in(Channel.mediator())]
    finally:
        again.close()
    return {"search_hits": hits, "notebook_saved": any(m["notebook_body"] in b for b in stored),
            "backup_written": case.with_name("gui-backup.iomed").exists()}


if __name__ == "__main__":
    mode, case_path = sys.argv[1], Path(sys.argv[2])
    payload = json.loads(sys.stdin.read())
    out = {"lock": lock, "disk_full": disk_full, "workflow": workflow}[mode](case_path, payload)
    print(json.dumps(out, ensure_ascii=False), flush=True)
