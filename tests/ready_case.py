"""A fresh case ready for sessions: what a real case has before its first session.

Since issue 16 no session starts before the agreement to mediate (or the reason to proceed without it)
is on record (core/process.check_may_start_sessions). A mediator records it at opening, as signed on
paper by the parties, dated by the recording; the tests, scripts' children and reliability workers that
need sessions create their cases through here rather than each recording it its own way. The tests
about the refusal itself use a case straight from `create_case` (the `fresh_session` fixture).

No Qt and no side effects on import, so subprocess children (tests/reliability) can use it too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from iomed_desk.app import process_record
from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.opening import NewCase, create_case

INSTITUTION_RULES = "IOMed Mediation Rules"
CONFIDENTIALITY = "Everything said or written in the mediation is confidential and without prejudice."
FEES = "Shared equally by the parties."


def ready_for_sessions(session: CaseSession) -> CaseSession:
    """Record the agreement to mediate as the parties signed it on paper (dated now, by the case's clock)."""
    process_record.record_agreement_to_mediate(session, "paper", institution_rules=INSTITUTION_RULES,
                                               confidentiality=CONFIDENTIALITY, fees=FEES)
    return session


def create_ready_case(path: Path, passphrase: str, spec: NewCase, **kwargs: Any) -> CaseSession:
    """`create_case`, then the agreement to mediate as recorded at opening."""
    return ready_for_sessions(create_case(path, passphrase, spec, **kwargs))
