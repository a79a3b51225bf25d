"""The impartiality record exported from its window speaks the case's languages, as the command line's
does; the window itself keeps speaking the interface language."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from iomed_desk.gui.i18n import install_translator, register_fonts
from iomed_desk.gui.impartiality_view import ImpartialityView
from tests.unit.test_impartiality_scenario import build

CHINESE_NAMES = ("阿斯特里亞共和國", "子午線建設財團", "東方發展銀行")


def _export(qtbot, tmp_path: Path, interface: str, languages: tuple[str, ...],  # type: ignore[no-untyped-def]
            names: tuple[str, ...] | None) -> tuple[str, str]:
    """Open the window under `interface` and export the case's record: the window's heading, the PDF's text."""
    sc = build(tmp_path / "case.iomed", languages=languages, **({"names": names} if names else {}))
    app = QApplication.instance()
    register_fonts()
    install_translator(app, interface)
    try:
        view = ImpartialityView(sc.session)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.loaded, timeout=20000):
            view.show()
        out = tmp_path / "record.pdf"
        with qtbot.waitSignal(view.exported, timeout=30000):
            view.export_to(out)
        shown = view.heading.text()
        view.close()
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True,
                              text=True).stdout
        return shown, text
    finally:
        install_translator(app, "en")
        sc.session.close()


@pytest.mark.parametrize(("interface", "languages", "names", "title", "absent", "window"), [
    ("en", ("zh-Hant",), CHINESE_NAMES, "公正性記錄", "Impartiality record", "Impartiality record"),
    ("zh_HK", ("en",), None, "Impartiality record", "公正性記錄", "公正性記錄"),
])
def test_the_pdf_speaks_the_cases_languages_whatever_the_interface(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, interface: str, languages: tuple[str, ...], names: tuple[str, ...] | None,
        title: str, absent: str, window: str) -> None:
    shown, text = _export(qtbot, tmp_path, interface, languages, names)
    assert shown == window  # the window keeps the interface language
    assert title in text
    assert absent not in text
    if languages == ("zh-Hant",):
        # no English heading at all: not the title, the promise, the charts' titles nor the table's rows
        for english in ("Counts and times only", "Caucus time", "Counts", "Caucus minutes", "Last caucus",
                        "Joint sessions"):
            assert english not in text
    else:
        assert "Counts and times only" in text and not any("\u4e00" <= ch <= "\u9fff" for ch in text)
