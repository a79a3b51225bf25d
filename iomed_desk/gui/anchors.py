"""The audit chain anchored outside the file (DESIGN.md section 4; issue 12, "Anchored heads").

Anyone with the passphrase can put an older copy of a case file in its place, or cut the newest
events off its chain and rewrite the rest consistently; nothing inside the file can tell. So the
newest audit head seen of each case (`case id = seq:hash`, no content, no path) is kept in the
settings whenever a case is opened, locked or closed. On the next open, a file whose chain does not
contain that head is flagged to the mediator before the workspace shows anything: a warning with
both heads, whose default is to close the file. Opening it anyway is recorded in the case's own
audit log (`case.unanchored`, both heads), and its head becomes the one remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.audit import AuditHead
from iomed_desk.core.errors import UserError
from iomed_desk.gui import messages
from iomed_desk.gui.settings import AUDIT_HEADS, Settings

MAX_CASES = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("Anchors", text)


def _entries(settings: Settings) -> list[tuple[str, str]]:
    return [(case_id, head) for case_id, sep, head in (e.partition("=") for e in settings.get(AUDIT_HEADS)) if sep]


def remembered(settings: Settings, case_id: str) -> AuditHead | None:
    """The newest head this computer saw of the case, if any (an unreadable entry counts as none)."""
    for entry_id, head in _entries(settings):
        if entry_id == case_id:
            try:
                return AuditHead.parse(head)
            except ValueError:
                return None
    return None


def remember(settings: Settings, session: CaseSession) -> None:
    """Keep the case's current head (most recent case first); nothing if the case can no longer be read."""
    try:
        head = session.head()
    except UserError:
        return
    case_id = session.case.id
    kept = [f"{i}={h}" for i, h in _entries(settings) if i != case_id]
    settings.set(AUDIT_HEADS, [f"{case_id}={head}", *kept][:MAX_CASES])


def confirm(parent: QWidget | None, settings: Settings, session: CaseSession) -> bool:
    """Whether the case may be shown: yes if its chain contains the head remembered here (or none is),
    else only if the mediator, warned with both heads, chooses to open it."""
    held = remembered(settings, session.case.id)
    try:
        if held is not None and not session.contains_head(held.seq, held.hash):
            if not _ask(parent, session, held):
                return False
            session.record_unanchored(held)
    except UserError as exc:
        messages.error(parent, exc.message)
        return False
    remember(settings, session)
    return True


def _ask(parent: QWidget | None, session: CaseSession, held: AuditHead) -> bool:
    found = session.head()
    text = _tr(
        "The audit record of {file} does not contain the last state of this case seen on this computer: "
        "the file may have been rolled back, cut short, or replaced by an older backup.\n\n"
        "Last seen here: event {seen_seq}, {seen_hash}\n"
        "This file ends at: event {file_seq}, {file_hash}\n\n"
        "Open it only if you restored an older copy on purpose; opening it is recorded in the case's audit "
        "log. Otherwise close it and find the newer file.").format(
            file=session.path.name, seen_seq=held.seq, seen_hash=held.hash, file_seq=found.seq,
            file_hash=found.hash)
    answer = messages.warn(parent, text, _tr("This case file is older than the one last seen here"),
                           messages.Button.Open | messages.Button.Close, messages.Button.Close)
    return answer == messages.Button.Open
