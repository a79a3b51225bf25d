"""Annexes: exhibits of the case as the agreement embeds them (listed in its text with their SHA-256,
attached to the signed PDF before the first signature). Only what all parties see can be annexed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from iomed_desk.core.canonical_agreement import AgreedAnnex
from iomed_desk.core.channels import Audience
from iomed_desk.core.errors import InvalidInput, NotAllowed

if TYPE_CHECKING:
    from iomed_desk.app.case_session import CaseSession

__all__ = ["AnnexSource", "annex_id", "annex_sources"]


@dataclass(frozen=True)
class AnnexSource:
    """An annex as the export embeds it: its listing in the agreement and its bytes (`annex_sources`
    reads them from the case's exhibits). `exhibit_id` is empty for bytes a caller gave directly."""

    annex: AgreedAnnex
    data: bytes
    exhibit_id: str = ""

    @classmethod
    def of(cls, label: str, file_name: str, media_type: str, data: bytes, exhibit_id: str = "") -> AnnexSource:
        return cls(AgreedAnnex(label, file_name, media_type, len(data), hashlib.sha256(data).hexdigest()),
                   data, exhibit_id)


def annex_sources(session: CaseSession, exhibit_ids: Sequence[str]) -> tuple[AnnexSource, ...]:
    """The exhibits `exhibit_ids` as annexes, in that order: each as all parties see it (the revision
    disclosed to the joint session, or its current one if it lives there), read whole and checked
    against its SHA-256. An exhibit that is not visible to all parties is refused (`NotAllowed`):
    annexing it would show a caucus document to every party without a recorded disclosure."""
    from iomed_desk.app.exhibits import exhibits_desk

    if len(set(exhibit_ids)) != len(exhibit_ids):
        raise InvalidInput("An exhibit can be annexed only once.")
    desk, joint = exhibits_desk(session), Audience.joint()
    out = []
    for exhibit_id in exhibit_ids:
        exhibit = desk.exhibit(exhibit_id)
        try:
            desk.exhibit(exhibit_id, joint)
        except InvalidInput:
            raise NotAllowed(f"Exhibit {exhibit.label} is not visible to all parties; disclose it to the joint "
                             "session before annexing it to the agreement.") from None
        seen, data = desk.read_bytes(exhibit_id, joint)
        out.append(AnnexSource.of(seen.label, seen.name, str(seen.media_type), data, exhibit_id))
    return tuple(out)


def annex_id(session: CaseSession, typed: str) -> str:
    """An exhibit id from what a user typed: its id, or its label ("C-12", case-insensitively)."""
    from iomed_desk.app.exhibits import exhibits_desk

    wanted = typed.strip()
    exhibits = exhibits_desk(session).visible(Audience.mediator())
    for x in exhibits:
        if x.id == wanted:
            return x.id
    found = [x.id for x in exhibits if x.label.casefold() == wanted.casefold()]
    if len(found) != 1:
        raise InvalidInput(f"No exhibit {typed!r} in this case." if not found else
                           f"Several exhibits are labelled {typed!r}; give the exhibit's id.")
    return found[0]
