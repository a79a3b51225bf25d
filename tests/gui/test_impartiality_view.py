"""The impartiality record's window (issue 16.5): right figures, no content in any text or tooltip,
keyboard-usable, the record read and the PDF written on workers; screenshots at 1024×700, en and zh_HK."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableWidget, QWidget

from iomed_desk.app.impartiality import export_pdf, impartiality_record
from iomed_desk.gui.i18n import install_translator, register_fonts
from iomed_desk.gui.impartiality_view import ImpartialityView
from tests.gui.threads import ThreadSpy
from tests.gui.widget_text import widget_texts
from tests.unit.test_impartiality_scenario import Scenario, build, expected_party

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def scenario(tmp_path: Path):  # type: ignore[no-untyped-def]
    sc = build(tmp_path / "case.iomed")
    yield sc
    if sc.session.is_open:
        sc.session.close()


def _open(qtbot, scenario: Scenario) -> ImpartialityView:  # type: ignore[no-untyped-def]
    view = ImpartialityView(scenario.session)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.show()
    return view


def _header_texts(table: QTableWidget) -> list[str]:
    out = []
    for header, count in ((table.horizontalHeaderItem, table.columnCount()),
                          (table.verticalHeaderItem, table.rowCount())):
        for i in range(count):
            item = header(i)
            if item is not None:
                out += [item.text(), item.toolTip()]
    return out


def test_figures_and_no_content_in_any_text_or_tooltip(qtbot, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    with ThreadSpy(impartiality_record) as spy:
        view = _open(qtbot, scenario)
    spy.assert_ran_off_the_gui_thread()
    texts = [t for w in [view, *view.findChildren(QWidget)] if not isinstance(w, QAbstractItemView)
             for t in widget_texts(w) if t] + _header_texts(view.table) + [
        view.table.item(r, c).text() for r in range(view.table.rowCount()) for c in range(view.table.columnCount())] + [
        view.table.item(r, c).toolTip() for r in range(view.table.rowCount()) for c in range(view.table.columnCount())]
    leaked = [c for c in scenario.canaries if any(c in t for t in texts)]
    assert not leaked
    # the table against the script's own count: caucus minutes, caucuses, disclosures from and to, positions
    for column, pid in enumerate(scenario.parties):
        want = expected_party(scenario, pid)
        cells = [view.table.item(row, column).text() for row in range(view.table.rowCount())]
        assert cells[0] == str(want["caucus_minutes"])
        assert cells[1:6] == [str(want["caucuses"]), str(want["disclosures_from"]), str(want["disclosures_to"]),
                              str(len(want["tablings_seen"])), str(want["positions"])]  # type: ignore[arg-type]
    # the chart reads its figures out (accessible description), one scale per chart for every party
    assert "Republic of Asteria: Caucus minutes 35" in view.chart.accessibleDescription()
    groups = view.chart.groups()
    assert groups[0][1] == [35, 5, 7] and len({top for _name, _values, top in groups[1:]}) == 1


def test_keyboard(qtbot, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    view = _open(qtbot, scenario)
    view.chart.setFocus()
    qtbot.waitUntil(view.chart.hasFocus)
    qtbot.keyClick(view.chart, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view.chart)
    # Tab walks on from the chart; the table is reachable and its cells are walked with the arrow keys
    for _ in range(6):
        if QApplication.focusWidget() is view.table:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.table
    view.table.setCurrentCell(0, 0)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Right)
    assert (view.table.currentRow(), view.table.currentColumn()) == (1, 1)
    assert view.export_button.text().startswith("&")  # Alt+E


def test_export_on_a_worker_one_page(qtbot, scenario: Scenario, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _open(qtbot, scenario)
    out = tmp_path / "record.pdf"
    with ThreadSpy(export_pdf) as spy, qtbot.waitSignal(view.exported, timeout=30000):
        view.export_to(out)
    spy.assert_ran_off_the_gui_thread()
    info = subprocess.run(["pdfinfo", str(out)], check=True, capture_output=True, text=True).stdout
    assert "Pages:           1" in info
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:] if line.strip())
    assert not [c for c in scenario.canaries if c.encode() in out.read_bytes()]


def test_export_to_a_missing_folder_says_so(qtbot, scenario: Scenario, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from iomed_desk.gui import messages

    view = _open(qtbot, scenario)
    head = scenario.session.audit_head()
    messages.set_next_answer(messages.Button.Ok)
    view.export_to(tmp_path / "nowhere" / "x.pdf")
    qtbot.waitUntil(lambda: view.export_button.isEnabled(), timeout=30000)
    assert scenario.session.audit_head() == head


@pytest.mark.parametrize("language", ["en", "zh_HK"])
def test_screenshot_at_1024x700(qtbot, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """Drawn at 1024×700 (looked at); with IOMED_SCREENSHOTS=1 written to docs/screenshots."""
    names = (("Republic of Asteria", "Meridian Build Consortium", "Eastern Development Bank") if language == "en"
             else ("阿斯特里亞共和國", "子午線建設財團", "東方發展銀行"))
    sc = build(tmp_path / "case.iomed", names=names, languages=("en",) if language == "en" else ("zh-Hant",))
    app = QApplication.instance()
    register_fonts()
    install_translator(app, language)
    try:
        view = _open(qtbot, sc)
        view.resize(1024, 700)
        qtbot.waitUntil(lambda: view.width() == 1024)
        image = view.grab()
        assert image.width() >= 1024
        target = SHOTS if os.environ.get("IOMED_SCREENSHOTS") else tmp_path
        target.mkdir(parents=True, exist_ok=True)
        assert image.save(str(target / f"impartiality-{language}.png"))
        # everything fits: the table shows its rows without a vertical scroll bar at this size
        assert not view.table.verticalScrollBar().isVisible()
    finally:
        install_translator(app, "en")
        sc.session.close()


def test_the_case_menu_opens_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Case ▸ Impartiality record… is enabled with a case open and opens the window for that case."""
    from PySide6.QtWidgets import QMainWindow

    from iomed_desk.gui.main_menus import MainMenus

    sc = build(tmp_path / "case.iomed")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.session = sc.session  # type: ignore[attr-defined]
    menus = MainMenus(window, {key: (lambda: None) for key in (
        "file.new", "file.open", "file.demo", "file.backup", "file.passphrase", "file.verify", "file.lock",
        "file.close", "file.settings", "file.quit", "help.about")})
    menus.update(is_open=True, locked=False, busy=False)
    assert menus.impartiality.isEnabled() and menus.impartiality in menus.menus["case"].actions()
    menus.impartiality.trigger()
    view = window.findChild(ImpartialityView)
    assert view is not None
    qtbot.waitUntil(lambda: view.record is not None, timeout=20000)
    assert view.record.reference == "IOMed/2026/016"
    view.close()
    menus.update(is_open=False, locked=False, busy=False)
    assert not menus.impartiality.isEnabled()
    sc.session.close()
