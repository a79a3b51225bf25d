"""The process record's screens at 1024×700 in English and zh_HK, on the demo case (looked at): the
agreement to mediate, who is in the room, the declarations, the authorities, the overview's process
record, the termination and Close the file…; each dialog fits the screen. With IOMED_SCREENSHOTS=1 they
are written to docs/screenshots/process-*.png for the user guide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from iomed_desk.app import process_record as pr
from iomed_desk.app.changes import Change
from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
from iomed_desk.core.channels import Channel
from iomed_desk.gui.process_attendance import AttendanceDialog
from iomed_desk.gui.process_closing import CloseFileDialog, TerminateDialog
from iomed_desk.gui.process_dialogs import (
    AgreementToMediateDialog,
    AuthoritiesDialog,
    DeclarationsDialog,
)
from tests.gui.conftest import flush_events
from tests.gui.screenshot_window import case_window


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.iomed"
    write_demo(path)
    return path


def _shot(qtbot, dialog: QDialog, target: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog.show()
    qtbot.waitExposed(dialog)
    flush_events()
    assert dialog.width() <= 1024 and dialog.height() <= 700, (name, dialog.size())
    assert dialog.grab().save(str(target / name))
    dialog.reject()
    flush_events()


@pytest.mark.parametrize("language", ["en", "zh_HK"])
def test_process_screens_at_1024x700(qtbot, settings, demo: Path, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "demo.iomed"
    copy.write_bytes(demo.read_bytes())
    with case_window(settings, copy, DEMO_PASSPHRASE, language, tmp_path) as (window, target):
        qtbot.waitUntil(lambda: window.width() == 1024)
        session = window.session
        _shot(qtbot, AgreementToMediateDialog(session, window), target, f"process-agreement-{language}.png")
        _shot(qtbot, AttendanceDialog(session, Channel.joint(), window), target, f"process-attendance-{language}.png")
        _shot(qtbot, DeclarationsDialog(session, window), target, f"process-declarations-{language}.png")
        _shot(qtbot, AuthoritiesDialog(session, window), target, f"process-authorities-{language}.png")
        overview = window.workspace.overview
        window.workspace.navigate("overview")
        flush_events()
        overview.ensureWidgetVisible(overview.process)
        flush_events()
        assert window.grab().save(str(target / f"process-overview-{language}.png"))
        all_said = QCoreApplication.translate("ProcessOverview", "Acknowledged by all parties.")
        assert all_said in overview.process.labels["declarations"].text()
        _shot(qtbot, TerminateDialog(session, window), target, f"process-terminate-{language}.png")
        pr.terminate(session, "partially-settled", "The fee claims were left to arbitration.")
        window.workspace.apply_change(Change("Mediation ended: %1", case=True, sessions=True,
                                                args=("partially-settled",)))
        window.menus.update_process()
        flush_events()
        overview.ensureWidgetVisible(overview.process)
        flush_events()
        assert window.grab().save(str(target / f"process-ended-{language}.png"))
        dialog = CloseFileDialog(session, window)
        assert dialog.counts.topLevelItemCount() == 4 and not dialog.refusal
        _shot(qtbot, dialog, target, f"process-close-{language}.png")
