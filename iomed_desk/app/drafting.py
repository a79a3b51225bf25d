"""The drafting desk: drafts, versions, redlines, tabling, positions and the agreement.

Versions are the mediator's own items; a version's text reaches a party only by
being tabled to it; a position is the confidence of the party that took it.
Every step writes its audit event in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from iomed_desk.app.changes import Change
from iomed_desk.app.ids import new_id
from iomed_desk.core import after_termination
from iomed_desk.core import agreement as rules
from iomed_desk.core.agreement import Agreement, ConclusionCheck
from iomed_desk.core.channels import Audience
from iomed_desk.core.clock import Clock
from iomed_desk.core.drafting import Clause, Draft, DraftVersion, make_version
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.model import Case, CaseStatus
from iomed_desk.core.redline import Redline, redline
from iomed_desk.core.tabling import (
    Position,
    Stance,
    Tabling,
    assert_tabling_visible,
    record_position,
    table_version,
)
from iomed_desk.core.templates import settlement_agreement, template_values
from iomed_desk.store import audit, case_info, disclosures
from iomed_desk.store import drafting as store
from iomed_desk.store import process as process_store
from iomed_desk.store.database import CaseDatabase

MEDIATOR = Audience.mediator()


@dataclass(frozen=True)
class ConcludedAgreement:
    agreement: Agreement
    version: DraftVersion
    draft: Draft
    audit_head: str


class OpenCase(Protocol):
    """What the desk needs of the open case: the `CaseSession` it belongs to (which creates it), named
    here so that this module need not import that one."""

    db: CaseDatabase
    clock: Clock
    actor: str

    @property
    def case(self) -> Case: ...

    def reload_case(self) -> None: ...


class DraftingDesk:
    def __init__(self, session: OpenCase) -> None:
        self.s = session
        #: saved versions per draft: immutable, and this process is the case's only writer
        self._versions: dict[str, list[DraftVersion]] = {}

    @property
    def _party_ids(self) -> list[str]:
        return [p.id for p in self.s.case.parties]

    def _names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.s.case.parties}

    # -- drafts ---------------------------------------------------------------------------
    def drafts(self) -> list[Draft]:
        with self.s.db.reading() as conn:
            return store.drafts(conn)

    def draft(self, draft_id: str) -> Draft:
        for d in self.drafts():
            if d.id == draft_id:
                return d
        raise InvalidInput("That draft no longer exists.")

    def new_draft(self, name: str, *, from_templates: bool = True) -> Change:
        """A new draft in the case's languages, started from the standard clauses when asked."""
        d = Draft(new_id("dr-"), name.strip(), self.s.case.languages)
        clauses = list(settlement_agreement(d.languages, template_values(self.s.case))) if from_templates else []
        with self.s.db.transaction() as conn:
            store.insert_draft(conn, d, self.s.clock())
            if clauses:
                store.set_working(conn, d.id, clauses)
            audit.append(conn, self.s.clock(), self.s.actor, "draft.create", [d.id], {"languages": list(d.languages)})
        return Change("Draft “%1” created", drafts=True, created_id=d.id, args=(d.name,))

    def working_clauses(self, draft_id: str) -> list[Clause]:
        """The clauses being edited: the unsaved working copy, else the latest version, else none."""
        with self.s.db.reading() as conn:
            work = store.working(conn, draft_id)
            if work is not None:
                return work
            versions = store.versions(conn, draft_id)
        return list(versions[-1].clauses) if versions else []

    def has_unsaved_changes(self, draft_id: str) -> bool:
        with self.s.db.reading() as conn:
            work = store.working(conn, draft_id)
            versions = store.versions(conn, draft_id)
        return work is not None and (not versions or tuple(work) != versions[-1].clauses)

    def save_working(self, draft_id: str, clauses: Sequence[Clause]) -> Change:
        """Autosave of the working copy: kept in the case file so nothing typed is lost."""
        self.draft(draft_id)
        self._refuse_if_final(draft_id)
        with self.s.db.transaction() as conn:
            store.set_working(conn, draft_id, list(clauses))
            audit.append(conn, self.s.clock(), self.s.actor, "draft.edit", [draft_id], {"clauses": len(clauses)})
        return Change("Draft saved", drafts=True)

    # -- versions ---------------------------------------------------------------------------
    def versions(self, draft_id: str) -> list[DraftVersion]:
        """Every saved version, oldest first (read and fingerprint-checked once per session)."""
        if draft_id not in self._versions:
            with self.s.db.reading() as conn:
                self._versions[draft_id] = store.versions(conn, draft_id)
        return list(self._versions[draft_id])

    def version(self, draft_id: str, number: int) -> DraftVersion:
        versions = self.versions(draft_id)
        if 1 <= number <= len(versions) and versions[number - 1].number == number:
            return versions[number - 1]
        raise InvalidInput(f"There is no version {number}.")

    def save_version(self, draft_id: str, change_note: str = "") -> Change:
        """Freeze the working copy as the next numbered version."""
        draft = self.draft(draft_id)
        self._refuse_if_final(draft_id)
        author = self.s.case.mediators[0].name
        with self.s.db.transaction() as conn:
            versions = store.versions(conn, draft_id)
            clauses = store.working(conn, draft_id)
            if clauses is None:
                clauses = list(versions[-1].clauses) if versions else []
            v = make_version(draft, clauses, author=author, now=self.s.clock(),
                             previous=versions[-1] if versions else None, change_note=change_note)
            item_id = new_id("v-")
            store.insert_version(conn, v, item_id, draft.name)
            store.set_working(conn, draft_id, None)
            audit.append(conn, self.s.clock(), self.s.actor, "draft.version", [draft_id, item_id],
                         {"number": v.number, "fingerprint": v.fingerprint})
        self._versions.pop(draft_id, None)
        return Change("Version %1 saved", drafts=True, created_id=str(v.number), args=(str(v.number),))

    def redline(self, draft_id: str, old: int, new: int) -> Redline:
        versions = {v.number: v for v in self.versions(draft_id)}
        if old not in versions or new not in versions:
            raise InvalidInput("Choose two saved versions.")
        return redline(versions[old], versions[new])

    # -- tabling and positions -----------------------------------------------------------------
    def table(self, draft_id: str, number: int, audience: Audience) -> Change:
        draft, version = self.draft(draft_id), self.version(draft_id, number)
        t = table_version(version, audience, party_ids=self._party_ids, now=self.s.clock(),
                          tabled_by=self.s.actor, tabling_id=new_id("t-"))
        with self.s.db.transaction() as conn:
            store.insert_tabling(conn, t, version, draft.name)
            audit.append(conn, self.s.clock(), self.s.actor, "draft.table", [t.id, draft_id],
                         {"number": number, "to": str(audience), "fingerprint": version.fingerprint})
        if audience.kind == "joint":
            return Change("Version %1 tabled to all parties", drafts=True, created_id=t.id,
                          channels=frozenset({t.channel}), args=(str(number),))
        return Change("Version %1 tabled to %2", drafts=True, created_id=t.id, channels=frozenset({t.channel}),
                      args=(str(number), self.s.case.party(audience.party_id or "").name))

    def tablings(self, audience: Audience = MEDIATOR, draft_id: str | None = None) -> list[Tabling]:
        with self.s.db.reading() as conn:
            found = store.tablings(conn, audience, draft_id)
            shown = disclosures.targets_in_force(conn)
        for t in found:
            assert_tabling_visible(t, audience, shown)
        return found

    def tabled_text(self, audience: Audience) -> list[tuple[Tabling, DraftVersion]]:
        """What `audience` has been shown, newest tabling first, with the text of each version."""
        out = []
        for t in reversed(self.tablings(audience)):
            out.append((t, self.version(t.draft_id, t.version_number)))
        return out

    def record_position(self, draft_id: str, number: int, party_id: str, clause_id: str,
                        stance: Stance | str, comment: str = "") -> Change:
        """A party's stance on a clause of a version tabled to it; stored in that party's channel."""
        version = self.version(draft_id, number)
        shown = [t for t in self.tablings(MEDIATOR, draft_id) if t.is_of(version) and t.shown_to(party_id)]
        if not shown:
            raise NotAllowed(f"Version {number} has not been tabled to {self._names().get(party_id, party_id)}.")
        p = record_position(version, shown[-1], party_id, clause_id, stance, party_ids=self._party_ids,
                            now=self.s.clock(), comment=comment, recorded_by=self.s.actor, position_id=new_id("po-"))
        with self.s.db.transaction() as conn:
            store.insert_position(conn, p)
            audit.append(conn, self.s.clock(), self.s.actor, "position.record", [p.id, draft_id],
                         {"number": number, "channel": str(p.channel), "clause": clause_id})
        template = {Stance.ACCEPT: "%1 accepts %2", Stance.REJECT: "%1 rejects %2",
                    Stance.RESERVE: "%1 reserves its position on %2"}[p.stance]
        return Change(template, drafts=True, created_id=p.id, channels=frozenset({p.channel}),
                      args=(self._names()[party_id], version.label(clause_id)))

    def accept_remaining(self, draft_id: str, number: int, party_id: str, comment: str = "") -> Change:
        """The party accepts every clause of the version it has not yet taken a position on: one act in the
        room, recorded (and audited) as that many positions; positions already taken stay as they are."""
        version = self.version(draft_id, number)
        shown = [t for t in self.tablings(MEDIATOR, draft_id) if t.is_of(version) and t.shown_to(party_id)]
        if not shown:
            raise NotAllowed(f"Version {number} has not been tabled to {self._names().get(party_id, party_id)}.")
        taken = rules.latest_positions(self.positions(draft_id))
        remaining = [c for c in version.clauses if (party_id, c.id, draft_id, number) not in taken]
        if not remaining:
            raise NotAllowed(f"{self._names()[party_id]} has taken a position on every clause of version {number}.")
        recorded = [record_position(version, shown[-1], party_id, c.id, Stance.ACCEPT, party_ids=self._party_ids,
                                    now=self.s.clock(), comment=comment, recorded_by=self.s.actor,
                                    position_id=new_id("po-")) for c in remaining]
        with self.s.db.transaction() as conn:
            for p in recorded:
                store.insert_position(conn, p)
                audit.append(conn, self.s.clock(), self.s.actor, "position.record", [p.id, draft_id],
                             {"number": number, "channel": str(p.channel), "clause": p.clause_id,
                              "remaining": True})
        return Change("%1 accepts the %2 remaining clauses", drafts=True, channels=frozenset({recorded[0].channel}),
                      args=(self._names()[party_id], str(len(recorded))))

    def positions(self, draft_id: str | None = None, audience: Audience = MEDIATOR) -> list[Position]:
        with self.s.db.reading() as conn:
            return store.positions(conn, audience, draft_id)

    def position_matrix(self, draft_id: str, number: int) -> dict[tuple[str, str], Position | None]:
        """(party, clause) -> the position in force: the mediator's overview, never shown to parties."""
        version = self.version(draft_id, number)
        latest = rules.latest_positions(self.positions(draft_id))
        return {(party, c.id): latest.get((party, c.id, draft_id, number))
                for party in self._party_ids for c in version.clauses}

    # -- the agreement --------------------------------------------------------------------------
    def _agreement_inputs(self, draft_id: str) -> dict:
        return {"party_ids": self._party_ids, "versions": self.versions(draft_id),
                "tablings": self.tablings(MEDIATOR, draft_id), "positions": self.positions(draft_id),
                "agreements": [a for a, _ in self._agreements()], "party_names": self._names()}

    def _agreements(self) -> list[tuple[Agreement, str]]:
        with self.s.db.reading() as conn:
            return store.agreements(conn)

    def conclusion_check(self, draft_id: str, number: int) -> ConclusionCheck:
        return rules.can_conclude(self.version(draft_id, number), **self._agreement_inputs(draft_id))

    def conclude(self, draft_id: str, number: int) -> Change:
        """Freeze the version as the agreement; the case is then settled."""
        version = self.version(draft_id, number)
        a = rules.conclude(version, by=self.s.actor, now=self.s.clock(), agreement_id=new_id("ag-"),
                           **self._agreement_inputs(draft_id))
        with self.s.db.transaction() as conn:
            event = audit.append(conn, self.s.clock(), self.s.actor, "agreement.conclude", [a.id, draft_id],
                                 {"number": number, "fingerprint": a.fingerprint})
            store.insert_agreement(conn, a, event.hash)
            case_info.set_status(conn, CaseStatus.SETTLED)
        self.s.reload_case()
        return Change("Agreement concluded on version %1", drafts=True, case=True, created_id=a.id,
                      args=(str(number),))

    def reopen(self, agreement_id: str, reason: str) -> Change:
        found = [a for a, _ in self._agreements() if a.id == agreement_id]
        if not found:
            raise InvalidInput("No such agreement.")
        with self.s.db.reading() as conn:
            after_termination.check_reopening(process_store.termination(conn))
        a = rules.reopen(found[0], reason=reason, by=self.s.actor, now=self.s.clock())
        with self.s.db.transaction() as conn:
            store.record_reopening(conn, a)
            case_info.set_status(conn, CaseStatus.OPEN)
            audit.append(conn, self.s.clock(), self.s.actor, "agreement.reopen", [a.id], {"reason": a.reopen_reason})
        self.s.reload_case()
        return Change("Agreement reopened", drafts=True, case=True)

    def agreements(self, draft_id: str) -> list[Agreement]:
        """Every agreement concluded on the draft, oldest first, reopened ones included (its record)."""
        return [a for a, _ in self._agreements() if a.draft_id == draft_id]

    def _refuse_if_final(self, draft_id: str) -> None:
        """A draft whose agreement is in force (concluded or exported) takes no edit and no version:
        the agreed text stays the text; changing it takes a reopen, with its reason on record."""
        if any(a.in_force for a in self.agreements(draft_id)):
            raise NotAllowed("This draft's agreement is concluded: reopen it, with a reason, to change the text.")

    def concluded(self) -> ConcludedAgreement | None:
        """The agreement in force, with its frozen text, checked against its fingerprint."""
        live = [(a, head) for a, head in self._agreements() if a.in_force]
        if not live:
            return None
        a, head = live[-1]
        version = self.version(a.draft_id, a.version_number)
        if not rules.agreement_matches(a, version):
            raise NotAllowed("The agreed text no longer matches its fingerprint.")
        return ConcludedAgreement(a, version, self.draft(a.draft_id), head)

    def mark_exported(self, agreement_id: str, file_name: str, *, pdf_sha256: str = "",
                      fingerprint: str = "") -> Change:
        """Record the export: the file's name, the SHA-256 of the signed PDF written, and the
        agreement fingerprint (SHA-256 of the canonical text it embeds), which `info` lists.
        Refused once the termination is on record."""
        found = [a for a, _ in self._agreements() if a.id == agreement_id]
        if not found:
            raise InvalidInput("No such agreement.")
        a = rules.mark_exported(found[0], now=self.s.clock())
        with self.s.db.transaction() as conn:
            after_termination.check_new_export(process_store.termination(conn))
            store.record_export(conn, a)
            audit.append(conn, self.s.clock(), self.s.actor, "agreement.export", [a.id],
                         {"file": file_name, "pdf_sha256": pdf_sha256, "fingerprint": fingerprint})
        return Change("Agreement exported to %1", drafts=True, args=(file_name,))
