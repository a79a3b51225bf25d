"""Annexes in the export wizard (issue 18): the mediator ticks exhibits visible to all parties on the
preview page; the preview is rendered again with them listed (label and SHA-256, read back from the
preview's PDF by pdfium); the exported PDF embeds exactly those files (poppler's pdfdetach lists and
saves them; their SHA-256 by hashlib equal the sources'); a caucus exhibit is never offered."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from reportlab.pdfgen import canvas

from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.gui.export_ceremony import Method
from iomed_desk.gui.export_wizard import MEDIATOR, REPORT, SAVE
from tests.gui.test_export_wizard import Room, go_on, room, start, through_mediator  # noqa: F401 - the fixture

pytestmark = pytest.mark.skipif(shutil.which("pdfdetach") is None, reason="poppler's pdfdetach is the oracle")


def _pdf(path: Path, text: str) -> Path:
    c = canvas.Canvas(str(path))
    c.drawString(72, 700, text)
    c.save()
    return path


def _all_text(document) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(document.getAllText(i).text() for i in range(document.pageCount()))


def test_tick_two_annexes_preview_lists_them_and_the_pdf_embeds_them(qtbot, room: Room) -> None:  # noqa: F811
    session, folder = room.session, room.folder
    desk = exhibits_desk(session)
    sources = {"C-12": _pdf(folder / "concession map.pdf", "Concession map"),
               "R-3": folder / "schedule.txt"}
    sources["R-3"].write_text("Payment schedule: 12 instalments\n")
    ids = {label: desk.import_file(path, Channel.joint(), label=label).created_id for label, path in sources.items()}
    secret = folder / "walkaway.txt"
    secret.write_text("walk-away figure\n")
    caucus = desk.import_file(secret, Channel.party(session.case.parties[0].id), label="C-99").created_id
    assert caucus not in {x.id for x in desk.visible(Audience.joint())}

    wizard = start(qtbot, session)
    page = wizard.preview_page
    offered = [page.annex_list.item(i) for i in range(page.annex_list.count())]
    offered_ids = [item.data(Qt.ItemDataRole.UserRole) for item in offered]
    assert caucus not in offered_ids and set(ids.values()) <= set(offered_ids)
    pages_before = page.document.pageCount()
    for item in offered:
        if item.data(Qt.ItemDataRole.UserRole) in ids.values():
            rect = page.annex_list.visualItemRect(item)
            page.annex_list.setCurrentItem(item)
            qtbot.keyClick(page.annex_list, Qt.Key.Key_Space)
            assert item.checkState() == Qt.CheckState.Checked, rect
            qtbot.waitUntil(lambda: page.loaded, timeout=30_000)
    assert page.document.pageCount() > pages_before
    text = _all_text(page.document)
    for label, path in sources.items():
        assert label in text
        assert hashlib.sha256(path.read_bytes()).hexdigest()[:16] in text.replace("\n", "").replace(" ", "")
    assert sorted(wizard.annexes()) == sorted(ids.values())

    go_on(qtbot, wizard, MEDIATOR)
    through_mediator(qtbot, wizard, room)
    for row in wizard.methods_page.rows:
        row.set_method(Method.PAPER)
    go_on(qtbot, wizard, SAVE)
    out = folder / "agreement.pdf"
    wizard.save_page.path.setText(str(out))
    go_on(qtbot, wizard, REPORT, timeout=120_000)

    listed = subprocess.run(["pdfdetach", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    saved = folder / "detached"
    saved.mkdir()
    subprocess.run(["pdfdetach", "-saveall", "-o", str(saved), str(out)], capture_output=True, check=True)
    embedded = {hashlib.sha256(p.read_bytes()).hexdigest() for p in saved.iterdir()}
    for path in sources.values():
        assert hashlib.sha256(path.read_bytes()).hexdigest() in embedded, listed
    assert hashlib.sha256(secret.read_bytes()).hexdigest() not in embedded
    event = [e for e in session.audit_events() if e.action == "agreement.export"][-1]
    assert sorted(a["exhibit"] for a in event.detail["annexes"]) == sorted(ids.values())
