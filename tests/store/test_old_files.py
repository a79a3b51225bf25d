"""Case files written by every released schema still open, migrate, and keep their content."""

from __future__ import annotations

import shutil
from pathlib import Path

from iomed_desk.app.opening import unlock
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.store import schema

DATA = Path(__file__).resolve().parents[1] / "data"


def test_schema_1_file_opens_and_migrates(tmp_path: Path) -> None:
    path = tmp_path / "old.iomed"
    shutil.copy(DATA / "case-schema-1.iomed", path)
    s = unlock(path, "schema fixture passphrase")
    try:
        assert s.case.reference == "IOMed/FIX/001"
        assert [n.title for n in s.notes_in(Channel.joint())] == ["Agenda"]
        assert [n.title for n in s.visible_notes(Audience.party("p2"))] == ["Agenda", "Bottom line"]
        assert s.info().schema_version == schema.SCHEMA_VERSION
        assert s.check().ok
    finally:
        s.close()
