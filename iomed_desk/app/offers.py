"""The offers ledger and the private overlap check (issue 17): the one API the handover screens, the
chart and the command line call.

Ledger: `add_issue`, `record_offer` (an item in its maker's channel, or joint when made in a joint
session; an offer made in caucus and communicated is disclosed to its addressee in the same
transaction, through the disclosure machinery and the case's consent rules), `offers` and `moves`
(the negotiation dance per issue) for an audience, filtered by the firewall in SQL and checked again
here. Check: `start_check` records the terms agreed before the first round (who gives a ceiling, who a
floor, the rule, the number of rounds) as a joint item; `open_round`, then each party's `submit_limit`
on its handover screen (the limit sealed at once, app/offers_check.py), then `reveal`, which records
and audits only what the room is told (the outcome, a figure by the rule, the gap's band) and
destroys the limits. A round is held in memory only, never written: if the case closes or locks
mid-round, `cancel_round` (or closing) drops it and nothing of it remains; a cancelled round is not
counted. The agreed number of rounds is enforced by the file itself (schema 7's trigger).
"""

from __future__ import annotations

import weakref
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iomed_desk.app.changes import Change
from iomed_desk.app.ids import new_id
from iomed_desk.app.offers_check import Outcome, SealedRound, outcome_of
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import (
    Consent,
    ConsentManner,
    Disclosure,
    ItemFacts,
    check_disclosure,
)
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.firewall import assert_visible
from iomed_desk.core.offers import (
    CheckRecord,
    CheckTerms,
    Kind,
    Move,
    NegotiationIssue,
    Offer,
    RoundResult,
    Rule,
    Unit,
    check_issue,
    check_may_run_round,
    check_terms,
    evaluate,
    figure_values,
    offer_channel,
    parse_figure,
)
from iomed_desk.store import audit, disclosures, sessions
from iomed_desk.store import offers as store

if TYPE_CHECKING:
    from iomed_desk.app.case_session import CaseSession

MEDIATOR = Audience.mediator()
_DESKS: weakref.WeakKeyDictionary[Any, OffersDesk] = weakref.WeakKeyDictionary()


def offers_desk(session: CaseSession) -> OffersDesk:
    """The one desk of an open case (it holds the round in progress, so there must be only one)."""
    desk = _DESKS.get(session)
    if desk is None:
        desk = _DESKS[session] = OffersDesk(session)
    return desk


class OffersDesk:
    def __init__(self, session: CaseSession) -> None:
        self.session = session
        self._round: SealedRound | None = None

    # -- issues -----------------------------------------------------------------------------
    def add_issue(self, name: str, unit: Unit | str, currency: str = "") -> Change:
        name, unit, currency = check_issue(name, unit, currency)
        issue = NegotiationIssue(new_id("i-"), name, unit, currency, self.session.clock())
        with self.session.db.transaction() as conn:
            if name.casefold() in {i.name.casefold() for i in store.issues(conn)}:
                raise InvalidInput("There is already an issue of that name.")
            store.insert_issue(conn, issue)
            audit.append(conn, self.session.clock(), self.session.actor, "offers.issue", [issue.id],
                         {"name": name, "unit": unit.value, "currency": currency})
        return Change("Issue %1 added", created_id=issue.id, args=(issue.label(),))

    def issues(self) -> list[NegotiationIssue]:
        with self.session.db.reading() as conn:
            return store.issues(conn)

    def issue(self, issue_id: str) -> NegotiationIssue:
        with self.session.db.reading() as conn:
            found = store.issue(conn, issue_id)
        if found is None:
            raise InvalidInput("No such issue in this case.")
        return found

    # -- offers -----------------------------------------------------------------------------
    def record_offer(self, issue_id: str, party_id: str, figure: str, *, kind: Kind | str = Kind.OFFER,
                     to_party: str = "", terms: str = "", private: bool = False,
                     consents: list[str] | tuple[str, ...] = (), given_by: dict[str, str] | None = None,
                     manner: ConsentManner = ConsentManner.SAID_IN_CAUCUS, witness: str = "") -> Change:
        """Record an offer or demand of `party_id` on the issue, filed under the running session.

        Made in a joint session it is joint. Made in caucus (or between sessions) it lives in the maker's
        channel; unless `private`, it is communicated: disclosed to `to_party` (or to every party when
        "") with `consents`, refused naming what is missing when the rule set asks for more, and then
        nothing is recorded. A `private` figure is the mediator's note and is never communicated here.
        """
        case = self.session.case
        party = case.party(party_id).id
        if to_party and (to_party == party or to_party not in {p.id for p in case.parties}):
            raise InvalidInput("An offer goes to another party of the case (or to every other party).")
        try:
            kind = Kind(kind)
        except ValueError:
            raise InvalidInput("An item of the ledger is an offer or a demand.") from None
        now = self.session.clock()
        given_by = given_by or {}
        with self.session.db.transaction() as conn:
            found = store.issue(conn, issue_id)
            if found is None:
                raise InvalidInput("No such issue in this case.")
            value = parse_figure(figure, found.unit)
            running = sessions.running(conn)
            channel = offer_channel(party, private, running.channel if running else None)
            session_id = running.id if running and running.channel in (channel, Channel.joint()) else None
            o = Offer(new_id("o-"), issue_id, channel, kind, party, to_party, value, terms.strip(), private, now,
                      session_id, self.session.actor)
            c = store.insert_offer(conn, o)
            audit.append(conn, now, self.session.actor, "offer.create", [o.id],
                         {"channel": str(channel), "issue": issue_id, "commitment": c})
            if channel.kind == "party" and not private:
                target = Audience.party(to_party) if to_party else Audience.joint()
                self._disclose(conn, o, target, tuple(Consent(who, given_by.get(who, ""), now, manner, witness.strip())
                                                      for who in dict.fromkeys(consents)))
        if private:
            message = "Private figure of %1 noted in its caucus"
        else:
            message = "Demand of %1 recorded" if kind is Kind.DEMAND else "Offer of %1 recorded"
        return Change(message, notes=frozenset({o.id}), channels=frozenset({channel}),
                      disclosures=channel.kind == "party" and not private, created_id=o.id,
                      args=(case.party(party).name,))

    def _disclose(self, conn: Any, o: Offer, target: Audience, recorded: tuple[Consent, ...]) -> None:
        """The disclosure machinery's own checks and records (as `CaseSession.disclose`), in this transaction."""
        from iomed_desk.app.case_session import _consent_record

        facts = ItemFacts(o.channel)
        check_disclosure(self.session.case, facts, target, recorded, None, (), revision=1)
        d = Disclosure(new_id("d-"), o.id, o.channel, target, recorded, o.made_at, None, "", revision=1)
        disclosures.insert(conn, d)
        audit.append(conn, o.made_at, self.session.actor, "disclosure.create", [d.id, o.id],
                     {"from": str(o.channel), "to": str(target), "consents": _consent_record(recorded),
                      "exception": None, "rule_set": self.session.case.rule_set.value, "revision": 1, "source": ""})

    def offers(self, issue_id: str | None = None, audience: Audience = MEDIATOR) -> list[Offer]:
        """What `audience` may see of the ledger, oldest first; checked in SQL and again here."""
        with self.session.db.reading() as conn:
            found = store.offers(conn, audience, issue_id)
            shown = disclosures.targets_in_force(conn)
        for o in found:
            assert_visible(o.channel, audience, shown.get(o.id, ()))
        return found

    def moves(self, issue_id: str, audience: Audience = MEDIATOR, *,
              include_private: bool = False) -> dict[str, list[Move]]:
        """Each party's moves on the issue over time (the chart's data), as `audience` may see them.
        Private figures only on request, and only for the mediator's own view."""
        out: dict[str, list[Move]] = {p.id: [] for p in self.session.case.parties}
        for o in self.offers(issue_id, audience):
            if o.private and not (include_private and audience.is_mediator):
                continue
            out.setdefault(o.party_id, []).append(Move(o.id, o.party_id, o.made_at, o.figure, o.kind, o.private))
        return out

    def on_the_table(self, issue_id: str, party_id: str) -> Decimal | None:
        """The party's last communicated figure on the issue (what the overlap-midpoint rule bounds by)."""
        moves = self.moves(issue_id).get(party_id, [])
        return moves[-1].figure if moves else None

    # -- the overlap check -------------------------------------------------------------------
    def start_check(self, issue_id: str, ceiling_party: str, floor_party: str, rule: Rule | str,
                    rounds: int) -> Change:
        """Record the terms the parties agreed before the first round (a joint item, audited)."""
        self.issue(issue_id)
        try:
            rule = Rule(rule)
        except ValueError:
            raise InvalidInput("The rule is: outcome only, split the difference, or the midpoint of the overlap."
                               ) from None
        terms = CheckTerms(issue_id, ceiling_party, floor_party, rule, int(rounds))
        check_terms(terms, {p.id for p in self.session.case.parties})
        check_id = new_id("c-")
        now = self.session.clock()
        with self.session.db.transaction() as conn:
            store.insert_check(conn, check_id, terms, self.session.actor, now)
            audit.append(conn, now, self.session.actor, "offers.check_start", [check_id],
                         {"issue": issue_id, "rule": rule.value, "rounds": terms.rounds,
                          "ceiling": ceiling_party, "floor": floor_party})
        return Change("Overlap check agreed: %1 round(s)", created_id=check_id, args=(str(terms.rounds),))

    def check(self, check_id: str) -> CheckRecord:
        with self.session.db.reading() as conn:
            terms = store.check(conn, check_id)
            if terms is None:
                raise InvalidInput("No such overlap check in this case.")
            done = tuple(r for r, _at in store.rounds(conn, check_id))
        return CheckRecord(check_id, terms, done)

    def checks(self, issue_id: str | None = None) -> list[CheckRecord]:
        with self.session.db.reading() as conn:
            found = store.checks(conn, issue_id)
        return [self.check(check_id) for check_id, _t, _at in found]

    @property
    def round_in_progress(self) -> SealedRound | None:
        return self._round

    def open_round(self, check_id: str) -> Change:
        """A new sealed round in memory; refused when the agreed rounds are used up or an overlap was found."""
        if self._round is not None:
            raise NotAllowed("A round is already in progress; show its result or cancel it first.")
        record = self.check(check_id)
        number = check_may_run_round(record.terms, list(record.rounds))
        unit = self.issue(record.terms.issue_id).unit
        self._round = SealedRound(check_id, number, record.terms.ceiling_party, record.terms.floor_party, unit)
        return Change("Round %1 of %2: each party types its limit on the handover screen",
                      args=(str(number), str(record.terms.rounds)))

    def submit_limit(self, party_id: str, typed: bytearray, *, want_band: bool = False) -> Change:
        """Seal a party's limit from the handover screen's buffer (zeroed here). The answer names no figure."""
        sealed = self._round  # read once: the GUI thread may cancel the round while this runs on a worker
        if sealed is None:
            if isinstance(typed, bytearray):
                typed[:] = bytes(len(typed))
            raise NotAllowed("No round is in progress.")
        if not isinstance(typed, bytearray):
            raise InvalidInput("A limit is handed over as a bytearray, so it can be wiped.")
        if not sealed.seal(party_id, typed, want_band=want_band):
            return Change("The round was cancelled; nothing was sealed")
        return Change("Limit of %1 sealed", args=(self.session.case.party(party_id).name,))

    def reveal(self) -> tuple[RoundResult, Change]:
        """Open both limits, decide by the agreed rule, destroy them; record and audit only the result."""
        sealed = self._round
        if sealed is None:
            raise NotAllowed("No round is in progress.")
        if sealed.waiting_for():
            raise NotAllowed("Both limits must be sealed before the result can be shown.")
        record = self.check(sealed.check_id)
        terms = record.terms
        table = (self.on_the_table(terms.issue_id, terms.ceiling_party),
                 self.on_the_table(terms.issue_id, terms.floor_party))
        unit = sealed.unit
        self._round = None
        result = _decide(sealed, unit, terms.rule, table)
        now = self.session.clock()
        with self.session.db.transaction() as conn:
            store.insert_round(conn, sealed.check_id, result, now)
            detail: dict[str, object] = {"round": result.number, "rule": terms.rule.value, "outcome": result.outcome}
            if result.figure is not None:
                detail["figure"] = str(result.figure)
            if result.band:
                detail["band"] = result.band
            audit.append(conn, now, self.session.actor, "offers.check_round", [sealed.check_id], detail)
        message, args = self.outcome(result, terms.issue_id).change_message
        return result, Change(message, args=args)

    def cancel_round(self) -> Change:
        """Drop the round in progress (the case locks, a party withdraws): its limits are destroyed
        unread and it does not count. Audited as abandoned, with no figure."""
        sealed, self._round = self._round, None
        if sealed is None:
            return Change("No round is in progress")
        sealed.destroy()
        if self.session.is_open:
            with self.session.db.transaction() as conn:
                audit.append(conn, self.session.clock(), self.session.actor, "offers.check_round_abandoned",
                             [sealed.check_id], {"round": sealed.number})
        return Change("Round %1 cancelled; nothing of it was kept", args=(str(sealed.number),))

    def outcome(self, result: RoundResult, issue_id: str) -> Outcome:
        """What the room is told of a round, as values (kind, figure, band value and unit) to word."""
        return outcome_of(result, self.issue(issue_id))

    def describe(self, result: RoundResult, issue_id: str) -> str:
        """What the room is told, in English, for the command line (the GUI words `outcome` itself)."""
        o = self.outcome(result, issue_id)
        if o.kind == "overlap":
            return f"overlap; figure by the agreed rule: {o.figure_text}" if o.figure is not None else "overlap"
        if o.band is None:
            return "gap"
        return f"gap ({'more than' if o.band.beyond else 'within'} {o.band.value} {o.band.unit})"

    # -- the agreed figure into the single text ---------------------------------------------
    def agreed_figure(self, issue_id: str) -> Decimal | None:
        """The figure the latest check on the issue revealed by the agreed rule, if any."""
        figures = [r.figure for c in self.checks(issue_id) for r in c.rounds if r.figure is not None]
        return figures[-1] if figures else None

    def figure_values(self, issue_id: str) -> dict[str, str]:
        """Template values for the agreed figure ({amount}, {currency}, {figure}); empty when none."""
        figure = self.agreed_figure(issue_id)
        return {} if figure is None else figure_values(self.issue(issue_id), figure)

    # -- export -----------------------------------------------------------------------------
    def export_pdf(self, out: Path, issue_id: str | None = None, labels: Any = None) -> Change:
        """The ledger (one table per issue) for the mediator, written atomically and audited (file name and
        SHA-256). Slow (the CJK font): the GUI calls this on a worker."""
        import hashlib

        from iomed_desk.export.atomic import write_atomically
        from iomed_desk.export.offers_pdf import LedgerIssue, render

        issues = [self.issue(issue_id)] if issue_id else self.issues()
        names = {p.id: p.name for p in self.session.case.parties}
        with self.session.db.reading() as conn:
            running = {s.id: s for s in sessions.history(conn)}
        tables = [LedgerIssue(i, tuple(self.offers(i.id)), tuple(self.checks(i.id))) for i in issues]
        data = render(self.session.case, tables, names, running, labels=labels)
        write_atomically(Path(out), data)
        digest = hashlib.sha256(data).hexdigest()
        with self.session.db.transaction() as conn:
            audit.append(conn, self.session.clock(), self.session.actor, "offers.export", [i.id for i in issues],
                         {"file": Path(out).name, "pdf_sha256": digest})
        return Change("Offers ledger written to %1", args=(Path(out).name,))


def _decide(sealed: SealedRound, unit: Unit, rule: Rule, table: tuple[Decimal | None, Decimal | None]) -> RoundResult:
    """Open, evaluate, and let the limits go out of scope here (so no frame the app keeps holds one)."""
    ceiling, floor, band = sealed.open_and_destroy()
    return evaluate(sealed.number, ceiling, floor, unit, rule, table=table, band=band)
