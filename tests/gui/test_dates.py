"""Times are written by the interface's locale: English day-month-year, Chinese 年月日."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale

from iomed_desk.gui.dates import local_text


def test_english_and_chinese_forms(qtbot) -> None:  # type: ignore[no-untyped-def]
    moment = datetime(2026, 3, 9, 6, 5, 7, tzinfo=UTC)
    local = moment.astimezone()
    saved = QLocale()
    try:
        QLocale.setDefault(QLocale("en_GB"))
        assert local_text(moment) == local.strftime("%d %b %Y %H:%M")
        assert local_text(moment, year=False, seconds=True) == local.strftime("%d %b %H:%M:%S")
        QLocale.setDefault(QLocale("zh_HK"))
        assert local_text(moment) == f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"
    finally:
        QLocale.setDefault(saved)
    assert local_text(None) == ""
