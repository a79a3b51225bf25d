"""Layouts that fit (issue 14, item 7): at 1024×700 the main window is usable on every page of a case.

The oracle is the screen itself: the window's minimumSizeHint must fit 1024×700 (else Qt makes the
window wider than the screen), and at that size the texts a mediator reads are not clipped (a
label's sizeHint fits its width; a heading's text fits its field). The sidebar folds away by its
shortcut and stays folded in the next window; two-language drafts stack their columns when narrow.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from iomed_desk.app.opening import NewCase, NewParty, create_case, unlock
from iomed_desk.core.channels import Channel
from iomed_desk.core.model import CaseKind, PartyKind
from tests.conftest import PASSPHRASE
from tests.filled_text import filled
from tests.gui.conftest import flush_events

SMALL = (1024, 700)
PARTIES = ("Harbour Authority of the Republic of Asteria", "Calder-Ostrand Terminal Consortium",
           "Eastern Development Bank for Reconstruction")


def bilingual_case(path: Path) -> Path:
    spec = NewCase(reference="IOMed/2026/017", title="Port Selene Container Terminal, Phase 2 concession",
                   kind=CaseKind.INVESTMENT, mediators=("Dr Margaret Lau Mei-ling",),
                   parties=tuple(NewParty(n, PartyKind.COMPANY, ("Counsel",)) for n in PARTIES),
                   languages=("en", "zh-Hant"))
    session = create_case(path, PASSPHRASE, spec)
    desk = session.drafting
    draft_id = desk.new_draft("Settlement Agreement").created_id
    desk.save_working(draft_id, filled(desk.working_clauses(draft_id)))
    session.close()
    return path


def settle() -> None:
    flush_events()
    for _ in range(3):
        QCoreApplication.processEvents()


def fits(window: QWidget) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], f"minimum {hint.width()}×{hint.height()}"
    assert (window.width(), window.height()) == SMALL, f"pushed to {window.width()}×{window.height()}"


def not_clipped(labels: list[QLabel]) -> None:
    for label in labels:
        if label.isVisible() and label.text() and not label.wordWrap():
            assert label.sizeHint().width() <= label.width(), f"{label.text()!r} clipped"


def heading_fits(edit: QLineEdit) -> None:
    text = edit.text()
    needed = edit.fontMetrics().horizontalAdvance(text)
    assert needed <= edit.contentsRect().width() - 4, f"heading {text!r} clipped in {edit.width()} px"


@pytest.fixture
def small_window(window, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    window.resize(*SMALL)
    window.adopt(unlock(bilingual_case(tmp_path / "bilingual.iomed"), PASSPHRASE), window.tr("Case opened"))
    settle()
    return window


def test_every_page_fits_1024x700_with_the_sidebar_shown(small_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace = small_window.workspace
    party = workspace._session.case.parties[0]
    assert workspace.sidebar.isVisible()
    for page in ("overview", "joint", str(Channel.party(party.id)), "mediator", "drafts", "audit"):
        workspace.navigate(page)
        settle()
        fits(small_window)
        not_clipped(workspace.pages.currentWidget().findChildren(QLabel))
    drafts = workspace.drafts.page
    for tab in range(drafts.tabs.count()):
        drafts.tabs.setCurrentIndex(tab)
        settle()
        fits(small_window)


def test_the_sidebar_folds_away_by_its_shortcut_and_stays_folded(small_window, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    workspace = small_window.workspace
    side = workspace.side
    width_before = workspace.pages.width()
    qtbot.keyClick(small_window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert not side.isVisible()
    assert workspace.pages.width() > width_before + 150
    path = workspace._session.path
    small_window.close_case()
    small_window.adopt(unlock(path, PASSPHRASE), small_window.tr("Case opened"))
    settle()
    assert not small_window.workspace.side.isVisible(), "the folded sidebar is remembered"
    qtbot.keyClick(small_window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert small_window.workspace.side.isVisible()
    assert small_window.workspace.sidebar.isVisible()


def test_two_languages_stack_when_narrow_and_headings_are_whole(small_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    workspace = small_window.workspace
    workspace.navigate("drafts")
    settle()
    drafts = workspace.drafts.page
    form = drafts.editor.form
    en, zh = form.headings["en"], form.headings["zh-Hant"]
    list_view = drafts.editor.list_view
    for row in range(list_view.model().rowCount()):
        list_view.setCurrentIndex(list_view.model().index(row, 0))
        settle()
        assert en.width() >= 380 and zh.width() >= 380, f"columns of {en.width()} and {zh.width()} px"
        assert zh.y() > en.y(), "the languages are stacked when the window is narrow"
        heading_fits(en)
        heading_fits(zh)
        not_clipped([form.title])
    small_window.resize(1920, 1080)
    settle()
    assert zh.y() == en.y(), "side by side when there is room"


def test_at_150_percent_every_page_still_fits(tmp_path: Path) -> None:
    """The same checks in a process started at 150 % scaling (QT_SCALE_FACTOR=1.5 must be set before Qt
    starts): 1024×700 device-independent pixels is then a 1536×1050 picture, and nothing may be clipped."""
    if os.environ.get("QT_SCALE_FACTOR") == "1.5":
        pytest.skip("this is the child run")
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5", "QT_QPA_PLATFORM": "offscreen"}
    here = Path(__file__)
    tests = [f"{here}::{name}" for name in ("test_every_page_fits_1024x700_with_the_sidebar_shown",
                                            "test_two_languages_stack_when_narrow_and_headings_are_whole",
                                            "test_the_child_run_really_draws_at_150_percent")]
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests], env=env,
                          cwd=here.parents[2], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "3 passed" in done.stdout


def test_the_child_run_really_draws_at_150_percent(window) -> None:  # type: ignore[no-untyped-def]
    if os.environ.get("QT_SCALE_FACTOR") != "1.5":
        pytest.skip("only in the 150 % child run")
    assert window.devicePixelRatioF() == 1.5
