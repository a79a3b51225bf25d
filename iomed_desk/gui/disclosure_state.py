"""How far a note has travelled, in words, for the notes list and the note editor.

A disclosure names the revision consented to, so an audience may see an older text than the
mediator's: the words say which ("Disclosed to Borealis: revision 2 of 4").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from iomed_desk.core.disclosure import Disclosure, shown_revision
from iomed_desk.core.model import Case, Note


def _tr(text: str) -> str:
    return QCoreApplication.translate("NotesPage", text)


def disclosed_text(case: Case, note: Note, disclosures: list[Disclosure]) -> str:
    """Who sees the note through its disclosures in force, and which revision where it is not the current
    one; "" if none is in force."""
    targets = list(dict.fromkeys(d.target for d in disclosures if d.in_force))
    by_revision: dict[int, list[str]] = {}
    for target in targets:
        seen = min(shown_revision(disclosures, target) or note.revision, note.revision)
        name = _tr("all parties") if target.kind == "joint" else case.party(target.party_id or "").name
        by_revision.setdefault(seen, []).append(name)
    parts = []
    for revision in sorted(by_revision, reverse=True):
        names = ", ".join(sorted(by_revision[revision]))
        parts.append(_tr("Disclosed to %1").replace("%1", names) if revision == note.revision else
                     _tr("Disclosed to %1: revision %2 of %3").replace("%1", names)
                     .replace("%2", str(revision)).replace("%3", str(note.revision)))
    return "; ".join(parts)


def is_behind(note: Note, disclosures: list[Disclosure]) -> bool:
    """Whether some audience sees an older revision than the note's current one."""
    return any(min(shown_revision(disclosures, d.target) or note.revision, note.revision) < note.revision
               for d in disclosures if d.in_force)


def disclosure_state(case: Case, note: Note, disclosures: list[Disclosure]) -> str:
    """The list's word for a note: on the joint screen, disclosed (and which revision), private, in
    confidence or may be disclosed."""
    if note.channel.kind == "joint":
        return _tr("On the joint screen") if note.on_joint_screen else ""
    disclosed = disclosed_text(case, note, disclosures)
    if disclosed:
        return disclosed
    if note.channel.kind == "mediator":
        return _tr("Private")
    return _tr("In confidence") if note.confidential else _tr("May be disclosed")
