"""The agreement state machine: when a version may be concluded, and what happens after.

A version may be concluded by the mediator only when it is the latest version
of its draft, it was tabled to all parties (`joint`) with exactly that text,
its text is complete (no template placeholder left in any clause or language,
no two alternative clauses kept: core/text_rules.py), and every party's latest
position on every clause of that version is accept. Positions belong to one
version, so a new version starts with no acceptance.

    (nothing) --conclude--> concluded --mark_exported--> exported (final)
                                 |
                                 +--reopen(reason)--> reopened (a new conclusion may follow)

Everything here is a pure function over values the store loads; the store
persists the `Agreement` each step returns.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from iomed_desk.core.drafting import DraftVersion, new_id
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.tabling import Position, Stance, Tabling
from iomed_desk.core.text_rules import conflicting_alternatives, unfilled

#: (party id, clause id, draft id, version number)
PositionKey = tuple[str, str, str, int]


class AgreementStatus(StrEnum):
    CONCLUDED = "concluded"
    EXPORTED = "exported"
    REOPENED = "reopened"


@dataclass(frozen=True)
class Agreement:
    """A concluded version, frozen by its fingerprint; exported once, or reopened before that."""

    id: str
    draft_id: str
    version_number: int
    fingerprint: str
    concluded_at: datetime
    concluded_by: str
    exported_at: datetime | None = None
    reopened_at: datetime | None = None
    reopened_by: str = ""
    reopen_reason: str = ""

    @property
    def status(self) -> AgreementStatus:
        if self.reopened_at is not None:
            return AgreementStatus.REOPENED
        if self.exported_at is not None:
            return AgreementStatus.EXPORTED
        return AgreementStatus.CONCLUDED

    @property
    def in_force(self) -> bool:
        return self.reopened_at is None


@dataclass(frozen=True)
class Shortfall:
    """One clause one party has not (yet) accepted; `stance` is None when it took no position."""

    party_id: str
    clause_id: str
    stance: Stance | None


@dataclass(frozen=True)
class ConclusionCheck:
    """Whether the mediator may conclude, and, if not, why, in sentences fit to show."""

    allowed: bool
    reasons: tuple[str, ...] = ()
    shortfalls: tuple[Shortfall, ...] = ()

    @property
    def message(self) -> str:
        """The first reason, with a count of the others: one line for an error message."""
        if not self.reasons:
            return ""
        more = len(self.reasons) - 1
        if not more:
            return self.reasons[0]
        return self.reasons[0].rstrip(".") + f" (and {more} more reason{'s' if more > 1 else ''})."


_SHORT = {None: "no position", Stance.REJECT: "rejected", Stance.RESERVE: "reserved"}


def latest_positions(positions: Iterable[Position]) -> dict[PositionKey, Position]:
    """The position in force per (party, clause, version): the latest recorded; a tie goes to
    the one later in `positions`, which the store gives in the order they were recorded."""
    latest: dict[PositionKey, Position] = {}
    for p in positions:
        key = (p.party_id, p.clause_id, p.draft_id, p.version_number)
        current = latest.get(key)
        if current is None or p.recorded_at >= current.recorded_at:
            latest[key] = p
    return latest


def acceptance(version: DraftVersion, party_ids: Sequence[str],
               positions: Iterable[Position]) -> dict[tuple[str, str], Stance | None]:
    """Each party's stance in force on each clause of `version`: the grid the GUI shows."""
    latest = latest_positions(positions)
    result: dict[tuple[str, str], Stance | None] = {}
    for party in party_ids:
        for clause in version.clauses:
            p = latest.get((party, clause.id, version.draft_id, version.number))
            result[(party, clause.id)] = p.stance if p else None
    return result


def _latest_number(version: DraftVersion, versions: Iterable[DraftVersion]) -> int:
    known = [v for v in versions if v.draft_id == version.draft_id]
    if not any(v.number == version.number and v.fingerprint == version.fingerprint for v in known):
        raise InvalidInput(f"Version {version.number} is not a saved version of this draft.")
    return max(v.number for v in known)


def can_conclude(version: DraftVersion, *, party_ids: Sequence[str],
                 versions: Iterable[DraftVersion], tablings: Iterable[Tabling],
                 positions: Iterable[Position], agreements: Iterable[Agreement] = (),
                 party_names: Mapping[str, str] | None = None) -> ConclusionCheck:
    """Check every rule of conclusion against what is on record and say which are unmet.

    `versions` are all saved versions of the draft; a `version` not among them is a
    caller's mistake and raises InvalidInput rather than being reported as a reason.
    """
    names = party_names or {}
    reasons: list[str] = []
    if not party_ids:
        reasons.append("The case has no parties.")
    latest = _latest_number(version, versions)
    if latest != version.number:
        reasons.append(f"Version {version.number} has been superseded by version {latest}.")
    for a in agreements:
        if a.draft_id == version.draft_id and a.in_force:
            reasons.append(
                f"Version {a.version_number} has already been concluded and exported."
                if a.status is AgreementStatus.EXPORTED else
                f"Version {a.version_number} is already concluded; reopen it first.")
    if not any(t.reaches_all_parties and t.is_of(version) for t in tablings):
        reasons.append(f"Version {version.number} has not been tabled to all parties.")
    reasons += [u.reason for u in unfilled(version.clauses, version.languages)]
    reasons += conflicting_alternatives(version.clauses, version.languages)
    stances = acceptance(version, party_ids, positions)
    shortfalls: list[Shortfall] = []
    for party in party_ids:
        missing = []
        for clause in version.clauses:
            stance = stances[(party, clause.id)]
            if stance is not Stance.ACCEPT:
                shortfalls.append(Shortfall(party, clause.id, stance))
                missing.append(f"{version.label(clause.id)} ({_SHORT[stance]})")
        if missing:
            reasons.append(f"{names.get(party, party)} has not accepted " + ", ".join(missing) + ".")
    return ConclusionCheck(not reasons, tuple(reasons), tuple(shortfalls))


def conclude(version: DraftVersion, *, party_ids: Sequence[str],
             versions: Iterable[DraftVersion], tablings: Iterable[Tabling],
             positions: Iterable[Position], by: str, now: datetime,
             agreements: Iterable[Agreement] = (), party_names: Mapping[str, str] | None = None,
             agreement_id: str | None = None) -> Agreement:
    """Freeze `version` as the agreement, or raise NotAllowed with the first unmet rule."""
    if not by.strip():
        raise InvalidInput("Say which mediator concludes the agreement.")
    check = can_conclude(version, party_ids=party_ids, versions=versions, tablings=tablings,
                         positions=positions, agreements=agreements, party_names=party_names)
    if not check.allowed:
        raise NotAllowed(check.message)
    return Agreement(agreement_id or new_id(), version.draft_id, version.number,
                     version.fingerprint, now, by.strip())


def reopen(agreement: Agreement, *, reason: str, by: str, now: datetime) -> Agreement:
    """Undo a conclusion that has not been exported; the reason goes on record."""
    if agreement.status is AgreementStatus.EXPORTED:
        raise NotAllowed("An exported agreement cannot be reopened; "
                         "negotiate an amendment as a new draft instead.")
    if agreement.status is AgreementStatus.REOPENED:
        raise NotAllowed("This agreement has already been reopened.")
    if not reason.strip():
        raise InvalidInput("Give a reason for reopening the agreement.")
    if len(reason) > 2000:
        raise InvalidInput("The reason is too long (at most 2000 characters).")
    return replace(agreement, reopened_at=now, reopened_by=by.strip(), reopen_reason=reason.strip())


def mark_exported(agreement: Agreement, *, now: datetime) -> Agreement:
    """Record the export; from then on the agreement is final."""
    if agreement.status is AgreementStatus.REOPENED:
        raise NotAllowed("A reopened agreement cannot be exported; conclude it again first.")
    if agreement.status is AgreementStatus.EXPORTED:
        return agreement
    return replace(agreement, exported_at=now)


def agreement_matches(agreement: Agreement, version: DraftVersion) -> bool:
    """True when the version's text is still the text that was concluded (checked before export)."""
    return (agreement.draft_id, agreement.version_number, agreement.fingerprint) == (
        version.draft_id, version.number, version.fingerprint)


def parties_without_acceptance(check: ConclusionCheck) -> Collection[str]:
    return tuple(dict.fromkeys(s.party_id for s in check.shortfalls))
