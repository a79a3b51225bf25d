"""A party's channel with its exhibits and a PDF's first page previewed, at 1024×700, in English and
zh_HK (looked at); with IOMED_SCREENSHOTS=1 written to docs/screenshots/exhibits-*.png for the user guide."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from iomed_desk.app import process_record
from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.app.opening import NewCase, NewParty, create_case
from iomed_desk.core.channels import Channel
from iomed_desk.core.model import CaseKind, PartyKind, RuleSetName
from tests.conftest import PASSPHRASE
from tests.gui.conftest import flush_events
from tests.gui.screenshot_window import case_window

NAMES = {"en": ("Meridian Build Consortium", "Harbour Authority of Porto Novo"),
         "zh_HK": ("子午線建設財團", "波多諾伏港務局")}


def _survey(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 770, "Berth 4 quay wall — condition survey")
    c.setFont("Helvetica", 11)
    for n, line in enumerate(("Prepared for Meridian Build Consortium", "Sections surveyed: 14 of 16",
                              "Finding: settlement of 38 mm at section 9; no scour at the toe.")):
        c.drawString(72, 740 - 18 * n, line)
    c.rect(72, 420, 451, 260)
    c.drawString(84, 660, "Figure 1: longitudinal settlement profile")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("language", ["en", "zh_HK"])
def test_exhibits_screenshots_at_1024x700(qtbot, settings, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    party_a, party_b = NAMES[language]
    path = tmp_path / "exhibits.iomed"
    s = create_case(path, PASSPHRASE, NewCase(
        reference="IOMed/2026/017", title="Porto Novo terminal", kind=CaseKind.COMMERCIAL,
        mediators=("Dr Ada Mensah",), rule_set=RuleSetName.CONSENT,
        parties=(NewParty(party_a, PartyKind.COMPANY, ("Counsel A",)),
                 NewParty(party_b, PartyKind.STATE, ("Agent B",)))))
    try:
        process_record.record_agreement_to_mediate(s, "paper")
        desk = exhibits_desk(s)
        channel = Channel.party(s.case.parties[0].id)
        desk.import_file(_survey(tmp_path / "quay-survey.pdf"), channel, label="C-12", produced_by=party_a)
        memo = tmp_path / "settlement-position.txt"
        memo.write_text("Position paper: liquidated damages capped at 10% of the contract price.\n")
        desk.import_file(memo, channel, label="C-13", produced_by=party_a)
    finally:
        s.close()
    with case_window(settings, path, PASSPHRASE, language, tmp_path) as (window, target):
        workspace = window.workspace
        workspace.navigate(str(channel))
        workspace.notes.tabs.setCurrentWidget(workspace.exhibits)
        panel = workspace.exhibits
        row = next(r for r in range(panel.model.rowCount()) if panel.model.rows[r][0].label == "C-12")
        panel.table.selectRow(row)
        qtbot.waitUntil(lambda: panel.preview.kind == "pdf", timeout=10_000)
        qtbot.waitUntil(lambda: window.width() == 1024)
        flush_events()
        assert window.grab().save(str(target / f"exhibits-channel-{language}.png"))
        assert panel.table.isVisible() and panel.preview.pdf_view.isVisible()
