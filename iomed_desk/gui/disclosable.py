"""What the disclosure dialog discloses: a note or an exhibit, as one small value.

The dialog (gui/disclosure_dialog.py) needs the item's id, a title, its channel, the revision the
disclosure will name, the words that say which revision that is, and the app's `disclose` for that
kind of item (`CaseSession.disclose` for a note, `ExhibitsDesk.disclose` for an exhibit, which names the
file revision and re-indexes its text for the audiences that now see it). The consents, the history
and the revocation are the same for every channel item, so they stay with `CaseSession`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.changes import Change
from iomed_desk.core.channels import Channel


def _tr(text: str) -> str:
    return QCoreApplication.translate("DisclosureDialog", text)


@dataclass(frozen=True)
class Disclosable:
    id: str
    title: str
    channel: Channel
    revision: int
    disclose: Callable[..., Change]
    kind: str  # "note" or "exhibit": picks the dialog's wording
    #: the text the audience will see, in words ("revision 3", or "file revision 2: survey.pdf, SHA-256 …")
    revision_words: str = ""


def note_item(session: CaseSession, note_id: str) -> Disclosable:
    note = session.note(note_id)
    return Disclosable(note.id, note.title, note.channel, note.revision, session.disclose, "note",
                       _tr("revision %1").replace("%1", str(note.revision)))


def exhibit_item(session: CaseSession, exhibit_id: str) -> Disclosable:
    from iomed_desk.app.exhibits import exhibits_desk

    desk = exhibits_desk(session)
    x = desk.exhibit(exhibit_id)
    words = _tr("file revision %1 (%2, SHA-256 %3…)").replace("%1", str(x.revision)).replace(
        "%2", x.name).replace("%3", x.sha256[:12])
    return Disclosable(x.id, x.label, x.channel, x.revision, desk.disclose, "exhibit", words)
