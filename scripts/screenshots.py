"""Write the documentation's screenshots: `python scripts/screenshots.py docs/screenshots` (also `make screenshots`).

Offscreen, at 1280x800, on the demo case written into a temporary folder; the
user's own settings, keyring and data are never touched. Dialogs are separate
windows offscreen, so they are drawn over a dimmed picture of the main window,
as a mediator would see them.

Then, on a second, fresh demo case: the drafting desk (draft editor, redline,
positions matrix), the export wizard and the verification dialog. The exported
agreements' pages are drawn by scripts/agreement_screenshots.py (`make screenshots`).

Last, scripts/screenshots_sizes.py: the same screens at each window size, named with it
(`…-1024x700.png`, `…-1280x800.png`, `…-1920x1080.png`, `…-150pct.png`), in English and zh_HK.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

WIDTH, HEIGHT = 1280, 800


def _private_environment(folder: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["HOME"] = str(folder)
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(folder / sub)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python scripts/screenshots.py OUTPUT_FOLDER", file=sys.stderr)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="iomed-screenshots-") as tmp:
        _private_environment(Path(tmp))
        return _shoot(out, Path(tmp))


def _start_session(workspace, channel) -> None:  # type: ignore[no-untyped-def]
    """Start a session as the mediator does: the workspace asks who is in the room; Start takes the list
    as filled (the demo's agreement to mediate is on record, so that is the only question)."""
    dialog = workspace.start_session(channel)
    if dialog is not None:
        dialog.submit()


def _shoot(out: Path, tmp: Path) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
    from iomed_desk.app.opening import unlock
    from iomed_desk.core.channels import Audience, Channel
    from iomed_desk.gui.main import configure_application

    app = QApplication([sys.argv[0]])
    configure_application(app)
    from iomed_desk.gui import i18n

    i18n.with_cjk_fallback(app, i18n.register_fonts())
    i18n.install_translator(app, "en")  # the same pictures whatever the machine's language
    from iomed_desk.gui.main_window import MainWindow
    from iomed_desk.gui.settings import Settings

    def settle() -> None:
        for _ in range(5):
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def save(pixmap: QPixmap, name: str) -> None:
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
        path = out / name
        if not image.save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path} ({image.width()}x{image.height()})")

    def over(window: QWidget, dialog: QWidget) -> QPixmap:
        """The window dimmed, with `dialog` drawn centred over it."""
        picture = window.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(20, 24, 30, 110))
        front = dialog.grab()
        painter.drawPixmap(QPoint((picture.width() - front.width()) // 2, (picture.height() - front.height()) // 3),
                           front)
        painter.end()
        return picture

    demo = tmp / "data" / "demo.iomed"
    write_demo(demo, DEMO_PASSPHRASE)
    window = MainWindow(Settings())
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.settings.add_recent(str(demo))
    window.settings.add_recent(str(Path.home() / "Cases" / "IOMed-2025-088.iomed"))
    window.start_page.refresh()
    settle()
    save(window.grab(), "start.png")

    window.adopt(unlock(demo, DEMO_PASSPHRASE), window.tr("Case opened"))
    workspace = window.workspace
    case = workspace._session.case
    party = case.parties[0]
    workspace.navigate(str(Channel.party(party.id)))
    notes = workspace._session.notes_in(Channel.party(party.id))
    if notes:
        workspace.notes.select_note(notes[0].id)
    _start_session(workspace, Channel.party(party.id))
    settle()
    save(window.grab(), "workspace-caucus.png")

    dialog = workspace.disclose_note()
    if dialog is not None:
        dialog.choose_target(Audience.joint())  # shows which consents the rule set requires
        dialog.adjustSize()
        settle()
        save(over(window, dialog), "disclosure-dialog.png")
        dialog.reject()
    workspace.end_session()
    workspace.navigate("joint")
    window.menus.attached["view.joint_screen"].setChecked(True)
    settle()
    screen = workspace.joint_screen
    if screen is not None:
        screen.setWindowState(Qt.WindowState.WindowNoState)
        screen.resize(WIDTH, HEIGHT)
        settle()
        save(screen.grab(), "joint-screen.png")
    window.lock()
    settle()
    save(window.grab(), "lock-screen.png")
    window.close()
    settle()
    _shoot_drafting_and_export(out, tmp)
    from screenshots_dialogs import save_dialog_screenshots

    save_dialog_screenshots(out, tmp)
    _shoot_traditional_chinese(out, tmp, settle, save)
    _shoot_sizes(out, tmp)
    return 0


def _shoot_sizes(out: Path, tmp: Path) -> None:
    """The workspace, the drafting desk and the joint screen at 1024x700, 1280x800, 1920x1080 and 150 %."""
    from screenshots_sizes import shoot, shoot_scaled_in_child

    shoot(out, tmp, scaled=False)
    shoot_scaled_in_child(out)


def _shoot_traditional_chinese(out: Path, tmp: Path, settle, save) -> None:  # type: ignore[no-untyped-def]
    """The workspace on a caucus and the draft editor with the Hong Kong Traditional Chinese interface."""
    from PySide6.QtWidgets import QApplication

    from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
    from iomed_desk.app.opening import unlock
    from iomed_desk.core.channels import Channel
    from iomed_desk.gui import i18n
    from iomed_desk.gui.main_window import MainWindow
    from iomed_desk.gui.settings import Settings

    app = QApplication.instance()
    i18n.install_translator(app, "zh_HK")
    try:
        demo = tmp / "data" / "demo-zh.iomed"
        write_demo(demo, DEMO_PASSPHRASE)
        window = MainWindow(Settings())
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.adopt(unlock(demo, DEMO_PASSPHRASE), "")
        workspace = window.workspace
        party = workspace._session.case.parties[0]
        workspace.navigate(str(Channel.party(party.id)))
        _start_session(workspace, Channel.party(party.id))
        settle()
        save(window.grab(), "zh_HK-workspace-caucus.png")
        workspace.navigate("drafts")
        settle()
        settle()
        save(window.grab(), "zh_HK-draft-editor.png")
        workspace.end_session()
        window.lock()
        settle()
        window.close()
        settle()
    finally:
        i18n.install_translator(app, "en")


def _shoot_drafting_and_export(out: Path, tmp: Path) -> None:
    """The drafting and export pictures, and the signed agreement's pages, from a fresh demo case."""
    # next to this script (sys.path[0]): maintenance code, not part of the shipped package
    from screenshots_drafting import save_drafting_screenshots
    from screenshots_export import save_export_screenshots

    from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
    from iomed_desk.app.opening import unlock

    demo = tmp / "data" / "demo-drafting.iomed"
    write_demo(demo, DEMO_PASSPHRASE)
    session = unlock(demo, DEMO_PASSPHRASE)
    try:
        for path in [*save_drafting_screenshots(session, out), *save_export_screenshots(session, out)]:
            print(f"wrote {path}")
    finally:
        session.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
