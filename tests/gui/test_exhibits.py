"""Exhibits in the room (issue 18), by keys and clicks on the real workspace over a real case file:
files dropped on a channel (QDropEvent with file URLs) and imported on a worker, the list, a PDF's
first page previewed from memory (QPdfDocument Ready), a damaged PDF "cannot be shown", export of one
exhibit with its SHA-256 (the bytes checked with hashlib, the audit event read back), Cancel, and the
firewall: a caucus exhibit is not listed in another party's channel, nor the Joint channel, nor the
joint screen."""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from reportlab.pdfgen import canvas

from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.gui import messages
from iomed_desk.gui.exhibits_import import ExhibitDetailsDialog
from iomed_desk.gui.exhibits_preview import ExhibitPreview
from iomed_desk.gui.workspace import CaseWorkspace
from tests.conftest import TEST_HOME
from tests.gui.conftest import flush_events
from tests.gui.workspace_fixtures import mark, open_channel, texts_of
from tests.reliability.helpers import encodings

pytest_plugins = ("tests.gui.workspace_fixtures",)


def make_pdf(path: Path, text: str, pages: int = 1) -> Path:
    c = canvas.Canvas(str(path))
    for n in range(pages):
        c.drawString(72, 700, f"{text} page {n + 1}")
        c.showPage()
    c.save()
    return path


def drop(qtbot, target, urls: list[QUrl], text: str = "") -> bool:  # type: ignore[no-untyped-def]
    """Send a drop of `urls` (and `text`) to `target` as the window system would; True if it was accepted."""
    data = QMimeData()
    if urls:
        data.setUrls(urls)
    if text:
        data.setText(text)
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():  # Qt delivers a drop only where the drag was let in
        return False
    event = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def details_dialog(qtbot, workspace: CaseWorkspace) -> ExhibitDetailsDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(d.isVisible() for d in workspace.exhibits.findChildren(ExhibitDetailsDialog)))
    return next(d for d in workspace.exhibits.findChildren(ExhibitDetailsDialog) if d.isVisible())


def answer_details(qtbot, workspace: CaseWorkspace, label: str, produced_by: str = "") -> None:  # type: ignore[no-untyped-def]
    """Type the label (replacing the suggestion), Tab to "Produced by", type, Enter: by keys only."""
    dialog = details_dialog(qtbot, workspace)
    dialog.label_edit.setFocus()
    qtbot.keyClick(dialog.label_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.label_edit, label)
    if produced_by:
        qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Tab)
        editor = dialog.produced_edit.lineEdit()
        assert dialog.focusWidget() in (dialog.produced_edit, editor)  # Tab went from the label to "Produced by"
        editor.selectAll()
        qtbot.keyClicks(editor, produced_by)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def wait_imported(qtbot, workspace: CaseWorkspace, count: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: workspace.exhibits.model.rowCount() == count and not workspace.exhibits.jobs,
                    timeout=20_000)


def row_texts(workspace: CaseWorkspace, row: int) -> list[str]:
    model = workspace.exhibits.model
    return [str(model.index(row, c).data()) for c in range(model.columnCount())]


@pytest.fixture
def room(case_factory, workspace_factory, qtbot):  # type: ignore[no-untyped-def]
    session = case_factory(parties=2)
    workspace = workspace_factory(session)
    open_channel(qtbot, workspace, Channel.party("p1"))
    return session, workspace


def test_drop_files_import_list_and_preview_first_page(room, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, workspace = room
    word = mark("survey")
    pdf = make_pdf(tmp_path / "survey.pdf", word, pages=3)
    memo = tmp_path / "memo.txt"
    memo.write_text(f"Bottom line {mark('memo')}\n")
    assert drop(qtbot, workspace.notes, [QUrl.fromLocalFile(str(pdf)), QUrl.fromLocalFile(str(memo))])
    tabs = workspace.notes.tabs
    assert tabs is not None
    assert tabs.currentIndex() == tabs.indexOf(workspace.exhibits)
    answer_details(qtbot, workspace, "C-12", "Harbour engineers")
    wait_imported(qtbot, workspace, 1)
    answer_details(qtbot, workspace, "C-13")
    wait_imported(qtbot, workspace, 2)

    expected = hashlib.sha256(pdf.read_bytes()).hexdigest()
    rows = {row_texts(workspace, r)[0]: r for r in range(2)}
    label, name, kind, size, sha, produced, _when = row_texts(workspace, rows["C-12"])
    assert (name, kind, produced) == ("survey.pdf", "PDF", "Harbour engineers")
    assert sha == expected[:12] + "…"
    assert workspace.exhibits.model.index(rows["C-12"], 4).data(Qt.ItemDataRole.ToolTipRole) == "SHA-256 " + expected
    stored = exhibits_desk(session).exhibits_in(Channel.party("p1"))
    assert {x.label: x.sha256 for x in stored}["C-12"] == expected

    table = workspace.exhibits.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert workspace.exhibits.current_id() is not None
    for _ in range(rows["C-12"]):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert workspace.exhibits.current_id() == next(x.id for x in stored if x.label == "C-12")
    preview = workspace.exhibits.preview
    qtbot.waitUntil(lambda: preview.kind == "pdf", timeout=10_000)
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.document.pageCount() == 3
    page = preview.document.render(0, QSize(300, 400))
    assert not page.isNull()
    assert word in preview.document.getAllText(0).text()  # page 1 is what was drawn, read back by pdfium

    qtbot.keyClick(table, Qt.Key.Key_Down if rows["C-13"] > rows["C-12"] else Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: preview.kind == "text")
    assert "Bottom line" in preview.text.toPlainText()


def test_a_non_file_drop_is_refused_politely(room, qtbot) -> None:  # type: ignore[no-untyped-def]
    _session, workspace = room
    with qtbot.waitSignal(workspace.status_message) as said:
        accepted = drop(qtbot, workspace.notes, [QUrl("https://example.org/map.pdf")], text="some text")
    assert not accepted
    assert said.args[0].startswith("Only files can be dropped here")
    assert not workspace.exhibits.findChildren(ExhibitDetailsDialog)
    assert workspace.exhibits.model.rowCount() == 0


def test_refused_file_is_one_line_and_adds_nothing(room, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, workspace = room
    odd = tmp_path / "tool.exe"
    odd.write_bytes(b"MZ\x90\x00" + os.urandom(2000))
    messages.set_next_answer(messages.Button.Ok)
    drop(qtbot, workspace.notes, [QUrl.fromLocalFile(str(odd))])
    answer_details(qtbot, workspace, "X-1")
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _t, _x in messages.shown), timeout=10_000)
    text = next(x for kind, _t, x in messages.shown if kind == "error")
    assert "\n" not in text and text
    assert exhibits_desk(session).exhibits_in(Channel.party("p1")) == []
    assert workspace.exhibits.model.rowCount() == 0


def test_cancel_during_import_adds_nothing(room, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, workspace = room
    big = tmp_path / "ledger.txt"
    with big.open("w") as f:
        for n in range(600_000):
            f.write(f"line {n} of the ledger, nothing secret here\n")
    messages.set_next_answer(messages.Button.Ok)
    drop(qtbot, workspace.notes, [QUrl.fromLocalFile(str(big))])
    answer_details(qtbot, workspace, "C-9")
    job = workspace.exhibits.jobs[0]
    assert isinstance(job.dialog, QProgressDialog)
    cancel = job.dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not workspace.exhibits.jobs, timeout=20_000)
    assert any("cancelled" in x for _k, _t, x in messages.shown)
    assert job.worker_thread is not None and job.worker_thread != threading.get_ident()  # read on a worker
    assert exhibits_desk(session).exhibits_in(Channel.party("p1")) == []


def test_damaged_pdf_cannot_be_shown_without_a_crash(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    whole = make_pdf(tmp_path / "a.pdf", "whole", pages=2).read_bytes()
    preview = ExhibitPreview()
    qtbot.addWidget(preview)
    assert preview.show_pdf(whole) and preview.document.pageCount() == 2
    for damaged in (whole[: len(whole) // 3], b"%PDF-1.7\n" + os.urandom(4000), b""):
        assert not preview.show_pdf(damaged)
        assert preview.kind == "unreadable"
        assert "cannot be shown" in preview.message.text()
        assert preview.stack.currentWidget() is preview.message
    assert not preview.show_image(b"\x89PNG\r\n\x1a\n" + os.urandom(100))
    ok = QImage(8, 8, QImage.Format.Format_RGB32)
    ok.fill(0xFF336699)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok.save(buffer, "PNG")
    assert preview.show_image(bytes(raw.data())) and preview.kind == "image"


def test_export_one_exhibit_shows_its_sha256_and_is_audited(room, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, workspace = room
    pdf = make_pdf(tmp_path / "map.pdf", mark("map"))
    exhibits_desk(session).import_file(pdf, Channel.party("p1"), label="C-2")
    workspace.exhibits.reload()
    workspace.exhibits.table.selectRow(0)
    qtbot.mouseClick(workspace.exhibits.export_button, Qt.MouseButton.LeftButton)
    from PySide6.QtWidgets import QFileDialog

    dialog = workspace.exhibits.findChild(QFileDialog, "exportExhibitDialog")
    assert dialog is not None and dialog.isVisible()
    out = tmp_path / "out" / "C-2 map.pdf"
    out.parent.mkdir()
    messages.set_next_answer(messages.Button.Ok)
    dialog.selectFile(str(out))
    dialog.accept()
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _t, _x in messages.shown), timeout=10_000)
    expected = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert hashlib.sha256(out.read_bytes()).hexdigest() == expected
    text = next(x for kind, _t, x in messages.shown if kind == "info")
    assert expected in text and str(out) in text
    events = [e for e in session.audit_events() if e.action == "exhibit.export"]
    assert events and events[-1].detail["sha256"] == expected


def test_caucus_exhibit_stays_in_its_channel(room, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The firewall: Meridian's caucus exhibit is listed in Meridian's channel only; the other party's
    channel, the Joint channel and the joint screen never show its label or name; once disclosed to all
    parties the Joint channel lists it (and only then)."""
    session, workspace = room
    secret_label, secret_name = "C-" + mark("x")[-6:], mark("bottom") + ".txt"
    source = tmp_path / "bottom.txt"
    source.write_text("our walk-away figure\n")
    desk = exhibits_desk(session)
    change = desk.import_file(source, Channel.party("p1"), label=secret_label, name=secret_name)
    workspace.apply_change(change)
    assert [row_texts(workspace, r)[0] for r in range(workspace.exhibits.model.rowCount())] == [secret_label]
    for channel in (Channel.party("p2"), Channel.joint(), Channel.mediator()):
        open_channel(qtbot, workspace, channel)
        workspace.notes.tabs.setCurrentWidget(workspace.exhibits)
        texts = texts_of(workspace)
        assert not [t for t in texts if secret_label in t or secret_name in t], channel
        assert workspace.exhibits.model.rowCount() == 0
    workspace.room.action.trigger()
    qtbot.waitUntil(lambda: workspace.joint_screen is not None and workspace.joint_screen.isVisible())
    assert not [t for t in texts_of(workspace.joint_screen) if secret_label in t or secret_name in t]
    assert desk.visible(Audience.party("p2")) == [] and desk.visible(Audience.joint()) == []

    workspace.apply_change(desk.disclose(change.created_id, Audience.joint(), ["party:p1"]))
    open_channel(qtbot, workspace, Channel.joint())
    assert [row_texts(workspace, r)[0] for r in range(workspace.exhibits.model.rowCount())] == [secret_label + " ↗"]


def test_lock_wipes_the_preview(room, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, workspace = room
    exhibits_desk(session).import_file(make_pdf(tmp_path / "p.pdf", "x"), Channel.party("p1"), label="C-1")
    workspace.exhibits.reload()
    workspace.exhibits.table.selectRow(0)
    qtbot.waitUntil(lambda: workspace.exhibits.preview.kind == "pdf")
    workspace.prepare_lock()
    preview = workspace.exhibits.preview
    assert preview.document.status() != QPdfDocument.Status.Ready and preview.buffer.size() == 0
    assert workspace.exhibits.model.rowCount() == 0


def _folders() -> list[Path]:
    out = [TEST_HOME, Path(tempfile.gettempdir()), Path("/dev/shm")]
    out += [Path(os.environ[v]) for v in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                           "XDG_RUNTIME_DIR") if v in os.environ]
    return out


def test_no_temp_file_holds_a_previewed_exhibit(room, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """After import and preview of a PDF and a text exhibit, no file in HOME, XDG, TMPDIR or /dev/shm holds
    their canary words (the sources, kept in their own folder, aside)."""
    session, workspace = room
    words = [f"pdfcanary{os.urandom(4).hex()}", f"txtcanary{os.urandom(4).hex()}"]
    sources = tmp_path / "sources"
    sources.mkdir()
    pdf = make_pdf(sources / "c.pdf", words[0])
    memo = sources / "c.txt"
    memo.write_text(f"memo {words[1]}\n")
    drop(qtbot, workspace.notes, [QUrl.fromLocalFile(str(pdf)), QUrl.fromLocalFile(str(memo))])
    answer_details(qtbot, workspace, "C-1")
    wait_imported(qtbot, workspace, 1)
    answer_details(qtbot, workspace, "C-2")
    wait_imported(qtbot, workspace, 2)
    for row in range(2):
        workspace.exhibits.table.selectRow(row)
        qtbot.waitUntil(lambda: workspace.exhibits.preview.kind in ("pdf", "text"))
    flush_events()
    assert _hits(words, sources) == []


def _hits(words: list[str], skip: Path) -> list[str]:
    """Every regular file under the folders (links not followed) that holds a word, in UTF-8 or UTF-16."""
    needles = [(w, enc) for w in words for enc in encodings(w)]
    found, skip = [], skip.resolve()
    for folder in _folders():
        for root, dirs, files in os.walk(folder, followlinks=False):
            if Path(root).resolve().is_relative_to(skip):
                dirs.clear()
                continue
            for name in files:
                path = Path(root, name)
                try:
                    if path.is_symlink() or not path.is_file():
                        continue
                    data = path.read_bytes()
                except (OSError, RuntimeError):
                    continue
                found += [f"{w} in {path}" for w, enc in needles if enc in data]
    return found
