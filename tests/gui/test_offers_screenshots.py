"""The offers page, its chart and a limit handover screen at 1024×700, in English and zh_HK (looked at);
with IOMED_SCREENSHOTS=1 written to docs/screenshots/offers-*.png for the user guide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from iomed_desk.app.offers import offers_desk
from iomed_desk.app.opening import NewCase, NewParty
from iomed_desk.core.model import CaseKind, PartyKind, RuleSetName
from iomed_desk.gui.limit_handover import LimitHandover
from tests.conftest import PASSPHRASE
from tests.gui.conftest import flush_events
from tests.gui.screenshot_window import case_window
from tests.ready_case import create_ready_case

NAMES = {"en": ("Meridian Build Consortium", "Harbour Authority of Porto Novo", "Purchase price"),
         "zh_HK": ("子午線建設財團", "波多諾伏港務局", "收購價")}
#: the dance: (maker, kind, figure, to the other or in the room)
DANCE = [("a", "offer", "18m"), ("b", "demand", "40m"), ("a", "offer", "21m"), ("b", "demand", "36.5m"),
         ("a", "offer", "24m"), ("b", "demand", "33m")]


def dance_case(path: Path, language: str) -> str:
    buyer, seller, issue_name = NAMES[language]
    spec = NewCase(reference="IOMed/2026/017", title="Porto Novo terminal", kind=CaseKind.COMMERCIAL,
                   mediators=("Dr Ada Mensah",), rule_set=RuleSetName.CONSENT,
                   parties=(NewParty(buyer, PartyKind.COMPANY, ("Counsel A",)),
                            NewParty(seller, PartyKind.STATE, ("Agent B",))))
    s = create_ready_case(path, PASSPHRASE, spec)
    try:
        a, b = (p.id for p in s.case.parties)
        ids = {"a": (a, b), "b": (b, a)}
        desk = offers_desk(s)
        issue = desk.add_issue(issue_name, "amount", "USD").created_id or ""
        for maker, kind, figure in DANCE:
            who, other = ids[maker]
            desk.record_offer(issue, who, figure, kind=kind, to_party=other, consents=[f"party:{who}"],
                              terms="cash at closing" if maker == "a" else "")
        desk.record_offer(issue, b, "31m", kind="demand", private=True)
        check = desk.start_check(issue, a, b, "split", 3).created_id or ""
        desk.open_round(check)
        desk.submit_limit(a, bytearray(b"26m"))
        desk.submit_limit(b, bytearray(b"29.5m"), want_band=True)
        desk.reveal()
        return issue
    finally:
        s.close()


@pytest.mark.parametrize("language", ["en", "zh_HK"])
def test_offers_screenshots_at_1024x700(qtbot, settings, tmp_path: Path, language: str) -> None:
    path = tmp_path / "dance.iomed"
    dance_case(path, language)
    with case_window(settings, path, PASSPHRASE, language, tmp_path) as (window, target):
        window.workspace.navigate("offers")
        page = window.workspace.offers.page
        qtbot.waitUntil(lambda: window.width() == 1024)
        flush_events()
        assert window.grab().save(str(target / f"offers-page-{language}.png"))
        assert page.table.rowCount() == len(DANCE) + 1
        assert not page.table.horizontalScrollBar().isVisible()
        page.view_combo.setCurrentIndex(page.view_combo.findData("party:" + window.session.case.parties[0].id))
        flush_events()
        assert page.chart.grab().save(str(target / f"offers-chart-{language}.png"))
        buyer = window.session.case.parties[0].name
        round_text = QCoreApplication.translate("OverlapCheckPanel", "Round %1 of %2.").replace("%1", "2").replace("%2", "3")
        screen = LimitHandover(buyer, f"{NAMES[language][2]} (USD)", True, round_text,
                               lambda b, w: None, lambda p: lambda: False)
        screen.resize(1024, 700)
        screen.secret.setText("x" * 8)
        screen.show()
        flush_events()
        assert screen.grab().save(str(target / f"offers-handover-{language}.png"))
        screen.reject()
