"""The offers page (issue 17, item 1): the ledger as each audience may see it, recording by keyboard,
the chart, the ledger PDF on a worker.

The oracle for "View as" is how each offer was made (who made it, in which channel, to whom, private
or not), not the firewall code: a party sees its own figures, what was communicated to it or to
every party, and what was said in a joint session; never another party's private figure.
"""

from __future__ import annotations

import dataclasses
import subprocess
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomed_desk.app.offers import offers_desk
from iomed_desk.app.opening import unlock
from iomed_desk.core.channels import Channel
from iomed_desk.export.offers_pdf import Labels
from iomed_desk.gui.offers_dialogs import OfferDialog
from iomed_desk.gui.offers_page import pdf_labels
from tests.conftest import PASSPHRASE
from tests.gui.conftest import make_case

#: (maker, figure, how): "to-other" communicated in caucus, "private" the mediator's note, "joint" in the room
MADE = [("a", "18m", "to-other"), ("a", "19,111,111", "private"), ("b", "40m", "to-other"),
        ("b", "36,222,222", "private"), ("a", "20m", "joint")]


def ledger_case(path: Path) -> tuple[str, str, str]:
    make_case(path)
    s = unlock(path, PASSPHRASE)  # make_case recorded the agreement to mediate
    try:
        a, b = (p.id for p in s.case.parties)
        ids = {"a": a, "b": b}
        desk = offers_desk(s)
        issue = desk.add_issue("Purchase price", "amount", "USD").created_id or ""
        for maker, figure, how in MADE:
            who, other = ids[maker], ids["b" if maker == "a" else "a"]
            if how == "joint":
                s.start_session(Channel.joint())
            kind = "demand" if maker == "b" else "offer"
            desk.record_offer(issue, who, figure, kind=kind, to_party=other if how == "to-other" else "",
                              private=how == "private", consents=[f"party:{who}"])
            if how == "joint":
                s.end_session()
        return issue, a, b
    finally:
        s.close()


def table_figures(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.table.item(r, 5).text() for r in range(page.table.rowCount())]


def test_view_as_each_audience_against_how_offers_were_made(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "ledger.iomed"
    _issue, a, b = ledger_case(path)
    assert window.adopt(unlock(path, PASSPHRASE), "Case opened")
    window.workspace.navigate("offers")
    page = window.workspace.offers.page
    shown = {"USD " + f"{int(Decimal(f.replace(',', '').replace('m', '')) * (10**6 if 'm' in f else 1)):,}": (m, how)
             for m, f, how in MADE}
    assert sorted(table_figures(page)) == sorted(shown)  # the mediator: everything
    for key, who in (("party:" + a, "a"), ("party:" + b, "b"), ("joint", None)):
        page.view_combo.setCurrentIndex(page.view_combo.findData(key))
        expected = sorted(f for f, (maker, how) in shown.items()
                          if how == "joint" or (who is not None and (maker == who or how == "to-other")))
        assert sorted(table_figures(page)) == expected, key
        charted = sorted(str(m.figure) for _n, _c, ms in page.chart.lines for m in ms)
        assert all(Decimal(c) not in (Decimal("19111111"), Decimal("36222222")) for c in charted)
        assert len(charted) == len([f for f in expected if shown[f][1] != "private"])


def test_an_offer_recorded_by_keyboard_needs_its_consent(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "ledger.iomed"
    ledger_case(path)
    assert window.adopt(unlock(path, PASSPHRASE), "Case opened")
    window.workspace.navigate("offers")
    page = window.workspace.offers.page
    before = page.table.rowCount()
    page.record_button.setFocus()
    qtbot.keyClick(page.record_button, Qt.Key.Key_Space)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OfferDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.figure)
    qtbot.keyClicks(dialog.figure, "21.5m")
    qtbot.keyClick(dialog.figure, Qt.Key.Key_Return)  # no consent ticked: refused, one line, nothing recorded
    assert dialog.isVisible() and "onsent" in dialog.error.text() and "\n" not in dialog.error.text()
    assert page.table.rowCount() == before
    box = next(iter(dialog.consents.boxes.values()))
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    dialog.figure.setFocus()
    qtbot.keyClick(dialog.figure, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.rowCount() == before + 1)
    assert "USD 21,500,000" in table_figures(page)


def test_the_ledger_pdf_is_written_on_a_worker_in_full(qtbot, window, tmp_path: Path) -> None:
    assert {f.name for f in dataclasses.fields(Labels)} == set(vars(pdf_labels()))  # every word of the page given
    path = tmp_path / "ledger.iomed"
    ledger_case(path)
    assert window.adopt(unlock(path, PASSPHRASE), "Case opened")
    window.workspace.navigate("offers")
    page = window.workspace.offers.page
    out = tmp_path / "out" / "ledger.pdf"
    out.parent.mkdir()
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(out)
        assert page.busy and not page.export_button.isEnabled()  # the GUI thread returned at once
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for figure in ("18,000,000", "19,111,111", "40,000,000", "36,222,222", "20,000,000"):
        assert figure in text
    assert "Offers ledger" in text
