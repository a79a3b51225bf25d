"""Place and time zone…, driven by keys on the demo case: the zone chosen dates the agreement.

The oracle is the calendar: at 16:30 UTC on 6 December 2026 it is already 00:30 on 7 December
in Hong Kong (UTC+8 all year) and still 17:30 on 6 December in Zurich (UTC+1 in winter).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iomed_desk.app.demo import DEMO_PASSPHRASE, write_demo
from iomed_desk.app.export import canonical_agreement
from iomed_desk.app.opening import unlock
from iomed_desk.core.clock import FakeClock
from iomed_desk.gui.case_settings_dialog import PlaceAndZoneDialog, zone_matches

pytest_plugins = ("tests.gui.workspace_fixtures",)

NEAR_MIDNIGHT = datetime(2026, 12, 6, 16, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("zone") / "demo.iomed"
    write_demo(path)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    copy = tmp_path / "demo.iomed"
    copy.write_bytes(demo_file.read_bytes())
    session = unlock(copy, DEMO_PASSPHRASE, clock=FakeClock(NEAR_MIDNIGHT))
    yield session
    if session.is_open:
        session.close()


def open_dialog(qtbot, workspace) -> PlaceAndZoneDialog:  # type: ignore[no-untyped-def]
    workspace.navigate("overview")
    qtbot.mouseClick(workspace.overview.seat_button, Qt.MouseButton.LeftButton)
    dialog = workspace.overview._dialogs[-1]
    assert isinstance(dialog, PlaceAndZoneDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_zone_typed_and_saved_changes_the_agreements_date(qtbot, demo, workspace_factory) -> None:  # type: ignore[no-untyped-def]
    assert canonical_agreement(demo, when=NEAR_MIDNIGHT).date == date(2026, 12, 7)
    workspace = workspace_factory(demo)
    assert "Hong Kong — Asia/Hong_Kong (UTC+08:00)" in workspace.overview.seat.text()
    dialog = open_dialog(qtbot, workspace)
    assert dialog.zone() == "Asia/Hong_Kong", "the place's zone is preselected"
    assert dialog.now_at_seat.text() == "Monday 7 December 2026, 00:30:00 (UTC+08:00)"
    assert QApplication.focusWidget() is dialog.filter

    qtbot.keyClicks(dialog.filter, "zurich")
    assert dialog.zone() == "Europe/Zurich"
    assert dialog.now_at_seat.text() == "Sunday 6 December 2026, 17:30:00 (UTC+01:00)"
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert canonical_agreement(demo, when=NEAR_MIDNIGHT).date == date(2026, 12, 6)
    assert "Europe/Zurich (UTC+0" in workspace.overview.seat.text()
    key, path = demo.db.key, demo.path
    demo.close()
    from iomed_desk.app.opening import open_with_key

    again = open_with_key(path, key, clock=FakeClock(NEAR_MIDNIGHT))
    try:
        assert again.case.time_zone == "Europe/Zurich"
        events = list(again.audit_events("case.time_zone"))
        assert len(events) == 1
    finally:
        again.close()


def test_arrows_in_the_filter_walk_the_matches_and_cancel_records_nothing(qtbot, demo, workspace_factory) -> None:  # type: ignore[no-untyped-def]
    workspace = workspace_factory(demo)
    dialog = open_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.filter, "america/n")
    matches = [dialog.zones.item(i).text() for i in range(dialog.zones.count()) if not dialog.zones.item(i).isHidden()]
    assert matches and all(zone_matches(m, "america/n") for m in matches) and "America/New_York" in matches
    first = dialog.zone()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.zone() == matches[1] != first and dialog.filter.hasFocus()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert demo.case.time_zone == "Asia/Hong_Kong"
    assert list(demo.audit_events("case.time_zone")) == []


def test_hong_kong_matches_its_zone_with_spaces() -> None:
    assert zone_matches("Asia/Hong_Kong", "hong kong")
    assert zone_matches("Asia/Hong_Kong", "HONG_k")
    assert not zone_matches("Asia/Macau", "hong kong")
