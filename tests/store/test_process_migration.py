"""A schema-5 case file (tests/data/case-schema-5.iomed, sessions held) migrates to schema 6: its
content stays, it gains a recorded reason for its sessions without an agreement to mediate, `check`
passes, and its process record can be written on."""

from __future__ import annotations

import shutil
from pathlib import Path

from iomed_desk.app import process_record as pr
from iomed_desk.app.opening import unlock
from iomed_desk.core.channels import Channel
from iomed_desk.core.process import AgreementManner, Outcome
from iomed_desk.store import schema

DATA = Path(__file__).resolve().parents[1] / "data"


def test_schema_5_file_migrates_to_the_process_record(tmp_path: Path) -> None:
    path = tmp_path / "old5.iomed"
    shutil.copy(DATA / "case-schema-5.iomed", path)
    s = unlock(path, "schema fixture passphrase")
    try:
        assert s.info().schema_version == schema.SCHEMA_VERSION >= 6
        assert s.case.reference == "IOMed/2026/017" and len(s.session_history()) == 14
        a = pr.agreement_to_mediate(s)
        assert a is not None and a.manner is AgreementManner.WITHOUT and "schema 5 or older" in a.reason
        migrated = [e.detail for e in s.audit_events("case.migrate") if e.detail.get("schema") == 6]
        assert migrated == [{"schema": 6, "sessions_before": 14}]
        assert pr.termination(s) is None and pr.retention_days(s) == 0
        assert pr.summary(s).sessions_without_attendance == 14
        assert s.check().ok
        s.start_session(Channel.joint())  # the recorded reason lets sessions go on
        pr.terminate(s, Outcome.NOT_SETTLED, "No agreement on the tariff schedule.")
        assert s.check().ok
    finally:
        s.close()
