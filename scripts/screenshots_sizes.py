"""Screenshots at the sizes a mediator's screen may have (issue 14, item 7), named with their size:
`<screen>-1024x700.png`, `-1280x800.png`, `-1920x1080.png`, and `-150pct.png` (a 1920x1080 screen at 150 %
scaling: a 1280x720 window drawn with QT_SCALE_FACTOR=1.5), for the workspace's notes page, the drafting
desk and the joint screen, in English and (prefixed `zh_HK-`) in Hong Kong Traditional Chinese.

    python scripts/screenshots_sizes.py OUTPUT_FOLDER          all sizes; 150 % in a child process
    python scripts/screenshots_sizes.py OUTPUT_FOLDER --150pct the 150 % pictures only (QT_SCALE_FACTOR set)

Also called by scripts/screenshots.py. Everything runs on throwaway demo cases in a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

SIZES = ((1024, 700), (1280, 800), (1920, 1080))
SCALED = ((1280, 720), "150pct")  # the window's size in device-independent pixels, and the name's suffix
LANGUAGES = ("en", "zh_HK")


def shoot(out: Path, tmp: Path, scaled: bool) -> list[Path]:
    """The pictures of every screen, language and size (or only the 150 % ones when `scaled`)."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QImage

    from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
    from iomed_desk.app.opening import NewCase, NewParty, create_case, unlock
    from iomed_desk.core.channels import Channel
    from iomed_desk.core.model import CaseKind, PartyKind
    from iomed_desk.gui import i18n
    from iomed_desk.gui.main_window import MainWindow
    from iomed_desk.gui.settings import Settings

    app = QCoreApplication.instance()
    written: list[Path] = []

    def settle() -> None:
        for _ in range(6):
            QCoreApplication.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        path = out / name
        if not image.save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path} ({image.width()}x{image.height()})")
        written.append(path)

    sizes = [SCALED] if scaled else [((w, h), f"{w}x{h}") for w, h in SIZES]
    for language in LANGUAGES:
        i18n.install_translator(app, language)
        prefix = "" if language == "en" else f"{language}-"
        demo = tmp / f"sizes-{language}.iomed"
        if not demo.exists():
            write_demo(demo, DEMO_PASSPHRASE)
        window = MainWindow(Settings())
        window.show()
        window.adopt(unlock(demo, DEMO_PASSPHRASE), "")
        workspace = window.workspace
        party = workspace._session.case.parties[0]
        for (width, height), suffix in sizes:
            window.resize(width, height)
            workspace.navigate(str(Channel.party(party.id)))
            notes = workspace._session.notes_in(Channel.party(party.id))
            if notes:
                workspace.notes.select_note(notes[0].id)
            settle()
            save(window, f"{prefix}workspace-notes-{suffix}.png")
            workspace.navigate("drafts")
            settle()
            settle()
            save(window, f"{prefix}draft-editor-{suffix}.png")
        workspace.navigate("joint")
        workspace.room.action.setChecked(True)
        settle()
        screen = workspace.joint_screen
        if screen is not None:
            screen.setWindowState(Qt.WindowState.WindowNoState)
            for (width, height), suffix in sizes:
                screen.resize(width, height)
                screen._scale_fonts(height)
                settle()
                save(screen, f"{prefix}joint-screen-{suffix}.png")
        window.lock()
        settle()
        window.close()
        settle()

        # a two-language draft, whose language columns stack in a narrow window
        bilingual = tmp / f"sizes-bilingual-{language}.iomed"
        if not bilingual.exists():
            spec = NewCase(reference="IOMed/2026/017", title="Port Selene Container Terminal, Phase 2 concession",
                           kind=CaseKind.INVESTMENT, mediators=("Dr Margaret Lau Mei-ling",),
                           parties=(NewParty("Harbour Authority of the Republic of Asteria", PartyKind.STATE_ENTITY,
                                             ("Dr Amara Solis",)),
                                    NewParty("Calder-Ostrand Terminal Consortium", PartyKind.COMPANY,
                                             ("Ms Ines Calder",))),
                           languages=("en", "zh-Hant"))
            session = create_case(bilingual, DEMO_PASSPHRASE, spec)
            session.drafting.new_draft("Settlement Agreement")
            session.close()
        window = MainWindow(Settings())
        window.show()
        window.adopt(unlock(bilingual, DEMO_PASSPHRASE), "")
        for (width, height), suffix in sizes:
            window.resize(width, height)
            window.workspace.navigate("drafts")
            settle()
            settle()
            save(window, f"{prefix}draft-bilingual-{suffix}.png")
        window.lock()
        settle()
        window.close()
        settle()
    i18n.install_translator(app, "en")
    return written


def shoot_scaled_in_child(out: Path) -> None:
    """The 150 % pictures need QT_SCALE_FACTOR before Qt starts: a child process draws them."""
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(Path(__file__).resolve()), str(out), "--150pct"], env=env, check=True)


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2 or (len(argv) == 2 and argv[1] != "--150pct"):
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    scaled = len(argv) == 2
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from screenshots import _private_environment

    with tempfile.TemporaryDirectory(prefix="iomed-screenshots-") as tmp:
        _private_environment(Path(tmp))
        if scaled:
            os.environ["QT_SCALE_FACTOR"] = "1.5"
        from PySide6.QtWidgets import QApplication

        from iomed_desk.gui import i18n
        from iomed_desk.gui.main import configure_application

        app = QApplication([sys.argv[0]])
        configure_application(app)
        i18n.with_cjk_fallback(app, i18n.register_fonts())
        shoot(out, Path(tmp), scaled)
    if not scaled:
        shoot_scaled_in_child(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
