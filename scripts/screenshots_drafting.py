"""Screenshots of the drafting desk for docs/screenshots: the draft editor, a redline, the positions matrix.

Called by scripts/screenshots.py with an open case (normally the demo case).
If the case has no draft yet, a short sample negotiation is drafted into it
first, so the pictures never show an empty page: pass a throwaway case.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QModelIndex, QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.channels import Audience
from iomed_desk.core.tabling import Stance
from iomed_desk.gui.drafting.drafts_page import DraftsPage

SIZE = (1280, 800)


def _settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait(condition: object, timeout_ms: int = 10_000) -> None:
    deadline = QDeadlineTimer(timeout_ms)
    while not condition() and not deadline.hasExpired():  # type: ignore[operator]
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def sample_negotiation(session: CaseSession) -> None:
    """Two versions, tabled to all parties, and a mix of positions with comments."""
    desk = session.drafting
    draft_id = desk.new_draft("Settlement Agreement").created_id or ""
    desk.save_version(draft_id, "First text from the standard clauses")
    clauses = desk.working_clauses(draft_id)
    payment = next(i for i, c in enumerate(clauses) if c.heading_in(c.languages[0]).startswith("Payment"))
    changed = clauses[payment].with_text(clauses[payment].languages[0], body=clauses[payment].body_in(
        clauses[payment].languages[0]).replace("shall pay", "shall pay in two instalments"))
    reordered = [clauses[1], clauses[0], *clauses[2:payment], changed, *clauses[payment + 1:]]
    desk.save_working(draft_id, reordered)
    desk.save_version(draft_id, "Payment in two instalments; recitals first")
    desk.table(draft_id, 2, Audience.joint())
    parties = [p.id for p in session.case.parties]
    version = desk.version(draft_id, 2)
    for i, clause in enumerate(version.clauses):
        for j, party in enumerate(parties):
            stance, comment = Stance.ACCEPT, ""
            if (i + j) % 5 == 3:
                stance, comment = Stance.RESERVE, "Needs the board's approval before it can accept."
            elif (i * 3 + j) % 7 == 5:
                stance, comment = Stance.REJECT, "Cannot agree to this deadline."
            if (i + 2 * j) % 6 != 4:
                desk.record_position(draft_id, 2, party, clause.id, stance, comment)


def _most_contested(page: DraftsPage) -> int | None:
    """The version whose matrix says most: the most positions that are not (yet) acceptances."""
    desk, draft = page.session.drafting, page.draft
    if draft is None:
        return None
    best, score = None, -1
    for v in desk.versions(draft.id):
        cells = desk.position_matrix(draft.id, v.number)
        recorded = sum(1 for p in cells.values() if p is not None)
        contested = sum(1 for p in cells.values() if p is not None and p.stance is not Stance.ACCEPT)
        if recorded and contested * 100 + recorded >= score:
            best, score = v.number, contested * 100 + recorded
    return best


def _most_varied_pair(page: DraftsPage) -> tuple[int, int] | None:
    """The two versions whose redline shows the most kinds of change, then the most changes."""
    desk, draft = page.session.drafting, page.draft
    if draft is None:
        return None
    numbers = [v.number for v in desk.versions(draft.id)][-6:]
    scored = []
    for k, old in enumerate(numbers):
        for new in numbers[k + 1:]:
            summary = desk.redline(draft.id, old, new).summary
            counts = [summary[name] for name in ("changed", "moved", "added", "removed")]
            scored.append((sum(1 for c in counts if c), sum(counts), new, (old, new)))
    return max(scored)[3] if scored else None


def save_drafting_screenshots(session: CaseSession, folder: Path) -> list[Path]:
    """Write draft-editor.png, redline.png and positions-matrix.png into `folder`; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if not session.drafting.drafts():
        sample_negotiation(session)
    frame = QWidget()
    frame.setWindowTitle("IOMed Desk")
    page = DraftsPage(session, frame)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.addWidget(page)
    frame.resize(*SIZE)
    frame.show()
    written = []
    try:
        _settle()
        editor = page.editor
        if editor.model.rowCount() > 3:
            editor.list_view.setCurrentIndex(editor.model.index(3))
        _settle()
        written.append(_grab(frame, folder / "draft-editor.png"))

        page.tabs.setCurrentWidget(page.history)
        _wait(lambda: not page.history.busy)
        pair = _most_varied_pair(page)
        if pair is not None:
            page.history.compare(*pair)
            _wait(lambda: not page.history.busy)
        page.history.changes_only.setChecked(True)
        _settle()
        written.append(_grab(frame, folder / "redline.png"))

        page.tabs.setCurrentWidget(page.positions)
        page.refresh(_most_contested(page))
        model = page.positions.model
        commented = next((model.index(r, c) for r in range(model.rowCount())
                          for c in range(1, model.columnCount()) if model.position(r, c) is not None
                          and model.position(r, c).comment), QModelIndex())  # type: ignore[union-attr]
        if commented.isValid():
            page.positions.matrix.setCurrentIndex(commented)
        _settle()
        written.append(_grab(frame, folder / "positions-matrix.png"))
    finally:
        page.prepare_lock()
        frame.close()
        frame.deleteLater()
    return written


def _grab(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise OSError(f"Could not write {path}")
    return path
