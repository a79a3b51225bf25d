"""The impartiality record (issue 16, item 5): the figures are right, and it holds no content.

The figures are checked against `Expected`, counted by the script that drove a real case file
through the app layer; the content promise by an attacker's scan for the canary strings typed
into every note, clause, comment, disclosure and consent. The PDF is read with poppler
(pdfinfo, pdffonts, pdftotext, pdftoppm) and qpdf, never with the code that wrote it.
"""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from iomed_desk.app.impartiality import export_pdf, impartiality_record
from iomed_desk.core.errors import UserError
from iomed_desk.export.impartiality_pdf import render
from tests.unit.test_impartiality_scenario import Scenario, build, expected_party, same_moment


@pytest.fixture
def scenario(tmp_path: Path):  # type: ignore[no-untyped-def]
    sc = build(tmp_path / "case.iomed")
    yield sc
    sc.session.close()


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def _fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def _uncompressed(path: Path, tmp: Path) -> bytes:
    out = tmp / "qdf.pdf"
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(path), str(out)], check=True)
    return out.read_bytes()


def test_figures_match_what_the_script_did(scenario: Scenario) -> None:
    record = impartiality_record(scenario.session).to_dict()
    e = scenario.expected
    assert [p["id"] for p in record["parties"]] == scenario.parties
    for party in record["parties"]:
        want = expected_party(scenario, party["id"])
        seen = [(t["draft"], t["version"], datetime.fromisoformat(t["at"]), t["in_caucus"])
                for t in party["tablings_seen"]]
        assert seen == want.pop("tablings_seen")
        for key in ("last_caucus_at", "last_position_at"):
            assert same_moment(party[key], want.pop(key)), key  # type: ignore[arg-type]
        assert {k: party[k] for k in want} == want, party["name"]
    assert record["joint_sessions"] == len(e.joint_minutes)
    assert record["joint_minutes"] == sum(e.joint_minutes)
    assert record["disclosures_to_all"] == e.to_all
    assert record["tablings_to_all"] == e.tablings_to_all
    assert record["revoked"] == e.revoked
    # the brief's example, spelled out: A 2 caucuses / 35 min, B 1 / 5 min, C's 7 running
    a, b, c = record["parties"]
    assert (a["caucuses"], a["caucus_minutes"], b["caucuses"], b["caucus_minutes"]) == (2, 35, 1, 5)
    assert (c["caucuses"], c["caucus_minutes"], c["caucus_running"]) == (1, 7, True)
    assert (a["disclosures_from_to_all"], a["disclosures_from"], b["disclosures_to"]) == (1, 2, 1)


def test_the_record_holds_no_content(scenario: Scenario) -> None:
    record = impartiality_record(scenario.session)
    dumped = json.dumps(record.to_dict(), ensure_ascii=False) + repr(record)
    leaked = [c for c in scenario.canaries if c in dumped]
    assert scenario.canaries and not leaked


def test_stances_are_not_in_the_record(tmp_path: Path) -> None:
    """What a party said about a clause is its confidence: two cases differing only in the stances
    taken give the same record."""
    one = build(tmp_path / "one.iomed", stances=(("accept", "accept", "accept"), ("accept",)))
    two = build(tmp_path / "two.iomed", stances=(("reject", "reserve", "reject"), ("reserve",)))
    try:
        first, second = impartiality_record(one.session).to_dict(), impartiality_record(two.session).to_dict()
    finally:
        one.session.close()
        two.session.close()
    assert first == second
    assert not {"accept", "reject", "reserve"} & set(json.dumps(first).split('"'))


def test_reading_the_record_changes_nothing(scenario: Scenario) -> None:
    head = scenario.session.audit_head()
    impartiality_record(scenario.session)
    assert scenario.session.audit_head() == head


def test_pdf_one_page_fonts_embedded_no_content(scenario: Scenario, tmp_path: Path) -> None:
    out = tmp_path / "impartiality.pdf"
    export_pdf(scenario.session, out)
    assert _pages(out) == 1
    fonts = _fonts(out)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # the "emb" column
    text = _pdf_text(out)
    for party in scenario.session.case.parties:
        assert party.name in text
    raw = out.read_bytes() + _uncompressed(out, tmp_path)
    leaked = [c for c in scenario.canaries if c in text or c.encode() in raw]
    assert not leaked
    assert "Counts and times only" in text
    assert "2026-03-02" in text  # times at the seat (Hong Kong), as YYYY-MM-DD HH:MM


def test_pdf_export_is_audited_and_check_passes(scenario: Scenario, tmp_path: Path) -> None:
    import hashlib

    out = tmp_path / "impartiality.pdf"
    export_pdf(scenario.session, out)
    event = scenario.session.audit_events("impartiality.")[-1]
    assert event.action == "impartiality.export"
    assert event.detail["pdf_sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert event.detail["file"] == out.name
    assert scenario.session.check().ok


def test_pdf_to_a_missing_folder_is_a_clear_error_and_changes_nothing(scenario: Scenario, tmp_path: Path) -> None:
    head = scenario.session.audit_head()
    with pytest.raises(UserError):
        export_pdf(scenario.session, tmp_path / "no such folder" / "impartiality.pdf")
    assert scenario.session.audit_head() == head
    assert not (tmp_path / "no such folder").exists()


def _runs(png: Path, colour: str) -> list[int]:
    """Lengths of the bars of `colour` on the page, top to bottom: the longest run of the colour in
    each band of consecutive rows holding it."""
    image = Image.open(png).convert("RGB")
    want = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    width, height = image.size
    px = image.load()
    bars: list[int] = []
    in_band = False
    for y in range(height):
        best = run = 0
        for x in range(width):
            run = run + 1 if sum(abs(a - b) for a, b in zip(px[x, y], want, strict=True)) < 12 else 0
            best = max(best, run)
        if best >= 3 and not in_band:
            bars.append(best)
        elif best >= 3:
            bars[-1] = max(bars[-1], best)
        in_band = best >= 3
    return bars


def test_pdf_bars_share_one_scale(scenario: Scenario, tmp_path: Path) -> None:
    """Drawn, every party's bar is as long per minute (and per count) as every other's: the PNG's
    bars measured against the record's figures."""
    record = impartiality_record(scenario.session)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render(record))
    subprocess.run(["pdftoppm", "-png", "-r", "100", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    per_minute, per_count = [], []
    for party in record.parties:
        bars = _runs(tmp_path / "page.png", party.colour)
        counts = [v for v in (party.caucuses, party.disclosures_from, party.disclosures_to,
                              len(party.tablings_seen), party.positions) if v]
        # the legend's swatch, the caucus-time bar, one bar per non-zero count, the table column's rule
        assert len(bars) == 3 + len(counts), (party.name, bars)
        per_minute.append(bars[1] / party.caucus_minutes)
        per_count += [bar / v for bar, v in zip(bars[2:-1], counts, strict=True)]
    assert max(per_minute) - min(per_minute) < 0.5, per_minute
    assert max(per_count) - min(per_count) < 3, per_count


def test_many_long_and_chinese_names_still_fit_one_page(tmp_path: Path) -> None:
    names = tuple(f"{n} 香港特別行政區政府律政司 Department of Justice of a very long party name number {i}"
                  for i, n in enumerate(("甲", "乙", "丙")))
    sc = build(tmp_path / "c.iomed", languages=("en", "zh-Hant"), names=names)
    try:
        for _ in range(20):
            desk = sc.session.drafting
            draft = desk.drafts()[0].id
            desk.table(draft, 1, __import__("iomed_desk.core.channels", fromlist=["Audience"]).Audience.joint())
            sc.clock.advance(minutes=1)
        out = tmp_path / "zh.pdf"
        export_pdf(sc.session, out)
    finally:
        sc.session.close()
    assert _pages(out) == 1
    assert all(row[-5] == "yes" for row in _fonts(out))
    text = _pdf_text(out)
    assert "香港特別行政區" in text and "+15 earlier" in text
