"""With zh_HK loaded, no English from the run-time tables reaches the interface: the overview of the demo
case (its authorities, declarations, ending), the authorities dialog, Close the file…'s channel names, the
status bar after a recorded change, the exhibits table's sizes and types. Each widget's text is walked,
and the English words of the tables (the core's authority line, the outcomes' and manners' values, the
channel labels, "bytes") must not be in it; party and person names are Latin and allowed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTreeWidget, QWidget

from iomed_desk.app import process_record as pr
from iomed_desk.app.changes import Change
from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
from iomed_desk.app.opening import unlock
from iomed_desk.core.exhibits import MediaType
from iomed_desk.gui import messages
from iomed_desk.gui.exhibits_import import size_text, type_text
from iomed_desk.gui.i18n import install_translator, register_fonts
from iomed_desk.gui.process_closing import CloseFileDialog
from iomed_desk.gui.process_dialogs import AuthoritiesDialog
from tests.gui.conftest import flush_events

#: the English the core, the app and the tables would leak: written out here, not taken from the code
ENGLISH = re.compile(r"\b(by|dated|board resolution|power of attorney|full powers|caucus|notebook|mediator's|"
                     r"bytes|text|paper|digital|acknowledged|objected|settled|partially|withdrawn|terminated|"
                     r"mediator|representative|counsel|observer|with)\b", re.IGNORECASE)


def _texts(widget: QWidget) -> list[str]:
    out = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QTreeWidget):
            for i in range(w.topLevelItemCount()):
                item = w.topLevelItem(i)
                out += [item.text(c) for c in range(w.columnCount())]
    return [t for t in out if t]


def _english(texts: list[str], names: list[str]) -> list[str]:
    found = []
    for text in texts:
        for name in names:  # the people and parties keep their (Latin) names
            text = text.replace(name, "")
        found += [f"{m.group(0)!r} in {text!r}" for m in ENGLISH.finditer(text)]
    return found


@pytest.fixture
def zh_hk():  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    register_fonts()
    install_translator(app, "zh_HK")
    yield
    install_translator(app, "en")


def test_zh_hk_overview_authorities_and_closing_show_no_english(qtbot, window, tmp_path: Path, zh_hk) -> None:  # type: ignore[no-untyped-def]
    case = tmp_path / "demo.iomed"
    write_demo(case)
    assert window.adopt(unlock(case, DEMO_PASSPHRASE), "Case opened")
    session = window.session
    names = sorted({p.name for p in session.case.parties} | {m.name for m in session.case.mediators}
                   | {a.representative for a in pr.authorities(session)}
                   | {a.detail for a in pr.authorities(session)} | {a.limits for a in pr.authorities(session)}
                   | {"IOMed Desk", "SHA-256", "PDF"}, key=len, reverse=True)
    names = [n for n in names if n]
    assert pr.authorities(session), "the demo records authorities"
    window.workspace.navigate("overview")
    flush_events()
    overview = window.workspace.overview
    authorities = overview.process.labels["authorities"].text()
    assert authorities and not _english([authorities], names), authorities
    assert not _english(_texts(overview.process), names)  # the rest of the overview is case data

    dialog = AuthoritiesDialog(session, window)
    assert dialog.list.topLevelItemCount() and not _english(_texts(dialog), names)
    dialog.reject()

    pr.terminate(session, "partially-settled", "The fee claims were left to arbitration.")
    change = Change("Mediation ended: %1", case=True, sessions=True, args=("partially-settled",))
    window.workspace.apply_change(change)
    flush_events()
    shown = window.statusBar().currentMessage()
    assert shown and not _english([shown], names), shown
    assert not _english([messages.change_text(Change("Agreement to mediate recorded (%1)", args=("paper",))),
                         messages.change_text(Change("%1 %2 the declaration", args=("Lantau", "objected to")))],
                        names)
    assert not _english(_texts(overview.process), names)  # the rest of the overview is case data

    closing = CloseFileDialog(session, window)
    channels = [closing.counts.topLevelItem(i).text(0) for i in range(closing.counts.topLevelItemCount())]
    assert len(channels) == len(session.case.parties) + 1 and not _english(channels, names), channels
    closing.reject()


def test_zh_hk_exhibit_sizes_and_types(qtbot, zh_hk) -> None:  # type: ignore[no-untyped-def]
    QLocale.setDefault(QLocale("zh_HK"))
    try:
        assert not _english([size_text(1735), type_text(MediaType.TEXT)], [])
        assert type_text(MediaType.PDF) == "PDF"
    finally:
        QLocale.setDefault(QLocale("en_GB"))
