"""Case ▸ Attest after paper signatures…: the menu entry opens the dialog for the open case, which says
which exports await paper signatures and refuses a PDF that is not one of them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
from iomed_desk.app.opening import unlock
from iomed_desk.gui.attest_dialog import AttestDialog


def test_the_menu_entry_opens_the_dialog_which_refuses_a_pdf_that_awaits_nothing(qtbot, window,
                                                                                  tmp_path: Path) -> None:
    write_demo(tmp_path / "demo.iomed")
    assert not window.menus.attest.isEnabled(), "no case open, nothing to attest"
    assert window.adopt(unlock(tmp_path / "demo.iomed", DEMO_PASSPHRASE), "Case opened")
    assert window.menus.attest.isEnabled() and window.menus.attest in window.menus.menus["case"].actions()
    window.menus.attest.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AttestDialog) and w.isVisible())
    assert dialog.found.text() == "No export of this case awaits paper signatures."
    stranger = tmp_path / "other.pdf"
    stranger.write_bytes(b"%PDF-1.7\n%%EOF\n")
    dialog.pdf.setText(str(stranger))
    dialog.look_up()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.message.text() == "This PDF is not an export of this case awaiting paper signatures."
    assert dialog.entry is None and not dialog.attest_button.isEnabled()
    dialog.reject()
