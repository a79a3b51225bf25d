"""The demo case: a realistic investment mediation to explore the application with.

The story (the parties, the two-day timeline, every note, every disclosure) is
data in `resources/demo/notes_en.json`; this module plays it into a new case
file through the same `app` operations the GUI calls, so the demo has the audit
chain a real case would have. Time comes from a `FakeClock` moved to each
scripted moment, so the file's content and times depend only on the clock it
starts from (ids are random, as always).

Before the story starts, the parties' signatories (capacity and authority) are
recorded; the case's place has its time zone, so its agreement is dated there.

The script is a list of phases (a joint session, a caucus, or time in the
mediator's notebook), each a list of timed steps. A step is one kind of act,
handled by one function in `STEP_HANDLERS`. Day 3 drafts the single text from
the script's `single_text` (clauses and four versions), tables it in caucus and
jointly, records every party's positions and concludes the agreement.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from iomed_desk.app import demo_process
from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.case_settings import set_signatories
from iomed_desk.app.changes import Change
from iomed_desk.app.opening import NewCase, NewParty, create_case
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.drafting import Clause
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import CaseKind, PartyKind, RuleSetName, Signatory, parse_tags

DEMO_PASSPHRASE = "demo-mediation-2026"
"""The demo case's passphrase. It is published, so it protects nothing: for the demo only, never a real case."""

DEMO_START = datetime(2026, 3, 9, 0, 0, tzinfo=UTC)
"""Monday 9 March 2026, 08:00 in Hong Kong: the script's `origin` on day 1."""

SCRIPT = "notes_en.json"

Script = dict[str, Any]


def load_script(name: str = SCRIPT) -> Script:
    """The demo's story, as shipped in the package's resources."""
    text = resources.files("iomed_desk.resources").joinpath("demo", name).read_text(encoding="utf-8")
    return json.loads(text)


def write_demo(path: Path, passphrase: str = DEMO_PASSPHRASE, *, clock: FakeClock | None = None) -> None:
    """Create the demo case at `path` (which must not exist) and play the whole script into it.

    On any failure after the file was created, the half-written file is removed.
    """
    path = Path(path)
    clock = clock or FakeClock(DEMO_START)
    script = load_script()
    session = create_case(path, passphrase, case_spec(script["case"]), clock=clock)
    try:
        record_signatories(session, script["case"])
        player = Player(session, clock, origin=clock(), origin_time=_minutes(script["origin"]),
                        parties={p["key"]: session.case.parties[i].id
                                 for i, p in enumerate(script["case"]["parties"])}, script=script)
        player.process = demo_process.load_process()
        demo_process.record_opening(session, player.parties, player.process)
        for phase in script["phases"]:
            play_phase(player, phase)
    except BaseException:
        session.close()
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        raise
    session.close()


def case_spec(case: Script) -> NewCase:
    """The scripted case as the `NewCase` the "new case" dialog would produce; parties in script order."""
    return NewCase(
        reference=case["reference"], title=case["title"], kind=CaseKind(case["kind"]),
        mediators=tuple(case["mediators"]),
        parties=tuple(NewParty(p["name"], PartyKind(p["kind"]), tuple(p["representatives"]))
                      for p in case["parties"]),
        rule_set=RuleSetName(case.get("rule_set", RuleSetName.CONSENT.value)),
        languages=tuple(case.get("languages", ("en",))), place=case.get("place", "Hong Kong"),
        time_zone=case.get("time_zone", ""))


def record_signatories(session: CaseSession, case: Script) -> None:
    """Who signs for each party, with capacity and authority, as the mediator records them before the
    agreement is exported (each an audit event), so the demo's agreement has complete signature blocks."""
    for party, spec in zip(session.case.parties, case["parties"], strict=True):
        if spec.get("signatories"):
            set_signatories(session, party.id, [Signatory(s["name"], s.get("capacity", ""), s.get("authority", ""))
                                                for s in spec["signatories"]])


@dataclass
class Player:
    """Plays a script into an open case: keeps the clock on the timeline and the script's keys to ids."""

    session: CaseSession
    clock: FakeClock
    origin: datetime
    origin_time: int
    parties: dict[str, str]
    script: Script = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    disclosures: dict[str, str] = field(default_factory=dict)
    draft_id: str | None = None
    process: Script = field(default_factory=dict)

    def _draft(self) -> str:
        if self.draft_id is None:
            raise ValueError("demo script tables or records a position before the first version")
        return self.draft_id

    def move_to(self, day: int, hhmm: str) -> None:
        """Advance the clock to `hhmm` local time on `day`; a script that goes back in time is a bug."""
        target = self.origin + timedelta(days=day - 1, minutes=_minutes(hhmm) - self.origin_time)
        now = self.clock()
        if target < now:
            raise ValueError(f"demo script goes back in time: day {day} {hhmm} is before {now.isoformat()}")
        self.clock.advance(seconds=(target - now).total_seconds())

    def channel(self, key: str) -> Channel:
        if key in ("joint", "mediator"):
            return Channel.parse(key)
        return Channel.party(self._party(key))

    def audience(self, key: str) -> Audience:
        if key == "joint":
            return Audience.joint()
        return Audience.party(self._party(key))

    def consent_key(self, party_key: str) -> str:
        return f"party:{self._party(party_key)}"

    def _party(self, key: str) -> str:
        if key not in self.parties:
            raise ValueError(f"demo script names an unknown party {key!r}")
        return self.parties[key]

    def remember(self, table: dict[str, str], key: str | None, item_id: str | None) -> None:
        if key is None:
            return
        if key in table or item_id is None:
            raise ValueError(f"demo script key {key!r} is used twice")
        table[key] = item_id


def play_phase(player: Player, phase: Script) -> None:
    """One phase: a joint session or caucus (started and ended on time), or notebook time between them."""
    day = phase["day"]
    here = player.channel(phase.get("session", "mediator"))
    player.move_to(day, phase["start"])
    if "session" in phase:
        demo_process.start(player.session, here, player.parties, player.process)
    for step in phase["steps"]:
        player.move_to(day, step["at"])
        kinds = [k for k in step if k in STEP_HANDLERS]
        if len(kinds) != 1:
            raise ValueError(f"demo step at day {day} {step['at']} must have exactly one of {sorted(STEP_HANDLERS)}")
        STEP_HANDLERS[kinds[0]](player, step[kinds[0]], here, step.get("key"))
    if "session" in phase:
        player.move_to(day, phase["end"])
        demo_process.leave(player.session)
        player.session.end_session()


def take_note(player: Player, spec: Script, here: Channel, key: str | None) -> None:
    """A note in the phase's channel, or in the one it names (the mediator's notebook during a caucus)."""
    channel = player.channel(spec["channel"]) if "channel" in spec else here
    change = player.session.take_note(
        channel, spec["title"], "\n".join(spec.get("body", [])), parse_tags(spec.get("tags", [])),
        confidential=spec.get("confidential"), on_joint_screen=spec.get("on_joint_screen", False),
        speaker=spec.get("speaker", ""))
    player.remember(player.notes, key, change.created_id)


def disclose(player: Player, spec: Script, here: Channel, key: str | None) -> None:
    """A disclosure with the consents the script records: party key → the representative who gave it."""
    given_by = {player.consent_key(k): who for k, who in spec["consents"].items()}
    change = player.session.disclose(player.notes[spec["item"]], player.audience(spec["to"]), list(given_by),
                                     given_by=given_by, note=spec.get("note", ""))
    player.remember(player.disclosures, key, change.created_id)


def revoke(player: Player, spec: Script, here: Channel, key: str | None) -> None:
    player.session.revoke_disclosure(player.disclosures[spec["disclosure"]], spec.get("reason", ""))


# -- the single negotiating text (Day 3) ---------------------------------------------------
def _clause(cid: str, heading: str, body: str) -> Clause:
    return Clause(cid, (("en", heading),), (("en", body),))


def save_version(player: Player, spec: Script, here: Channel, key: str | None) -> None:
    """Apply the scripted version's edits to the working copy and save it as the next version."""
    text = player.script["single_text"]
    desk = player.session.drafting
    if player.draft_id is None:
        player.draft_id = desk.new_draft(text["name"], from_templates=False).created_id
    step = text["versions"][spec["number"] - 1]
    current = {c.id: c for c in desk.working_clauses(player.draft_id)}
    for cid, (heading, body) in {**text["clauses"], **step.get("add", {})}.items():
        current.setdefault(cid, _clause(cid, heading, body))
    for cid, body in step.get("edit", {}).items():
        current[cid] = current[cid].with_text("en", body=body)
    desk.save_working(player.draft_id, [current[cid] for cid in step["order"]])
    number = desk.save_version(player.draft_id, step["note"]).created_id
    if number != str(spec["number"]):
        raise ValueError(f"demo script expected version {spec['number']}, got {number}")


def table(player: Player, spec: Script, here: Channel, key: str | None) -> None:
    player.session.drafting.table(player._draft(), spec["version"], player.audience(spec["to"]))


def position(player: Player, spec: Script, here: Channel, key: str | None) -> None:
    player.session.drafting.record_position(player._draft(), spec["version"], player._party(spec["party"]),
                                            spec["clause"], spec["stance"], spec.get("comment", ""))


def accept_all(player: Player, spec: Script, here: Channel, key: str | None) -> None:
    desk = player.session.drafting
    for clause in desk.version(player._draft(), spec["version"]).clauses:
        desk.record_position(player._draft(), spec["version"], player._party(spec["party"]), clause.id,
                             "accept", spec.get("comment", ""))


def conclude(player: Player, spec: Script, here: Channel, key: str | None) -> None:
    player.session.drafting.conclude(player._draft(), spec["version"])


StepHandler = Callable[[Player, Script, Channel, str | None], None]

STEP_HANDLERS: dict[str, StepHandler] = {
    "note": take_note,
    "disclose": disclose,
    "revoke": revoke,
    "version": save_version,
    "table": table,
    "position": position,
    "accept_all": accept_all,
    "conclude": conclude,
}


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


# -- the second demo case: ended and closed ----------------------------------------------------------
def write_closed_demo(path: Path, passphrase: str, *, clock: FakeClock | None = None) -> ClosedDemo:
    """The demo case played to its end, then terminated and closed: its caucus material destroyed and
    the destruction certificate signed by a demo mediator identity written beside it (OUT-mediator.p12,
    its published passphrase in process_en.json, and the PEM to trust). Nothing is written over."""
    from iomed_desk.app import closing
    from iomed_desk.app import process_record as pr
    from iomed_desk.app.opening import unlock
    from iomed_desk.app.signing import create_mediator_identity, mediator_signer

    path = Path(path)
    closing_script = demo_process.load_process()["closing"]
    identity_path = path.with_name(f"{path.stem}-mediator.p12")
    certificate = path.with_name(f"{path.stem}-destruction-certificate.pdf")
    for p in (identity_path, identity_path.with_suffix(".pem"), certificate):
        if p.exists():
            raise InvalidInput(f"{p} already exists; choose another name for the closed demo case.")
    clock = clock or FakeClock(DEMO_START)
    write_demo(path, passphrase, clock=clock)
    session = unlock(path, passphrase, clock=clock)
    try:
        pr.set_retention_days(session, int(closing_script["retention_days"]))
        pr.terminate(session, closing_script["outcome"], closing_script["grounds"])
        identity, pem = create_mediator_identity(identity_path, session.case.mediators[0].name,
                                                 closing_script["mediator_identity_passphrase"])
        closed = closing.close_case(session, mediator_signer(identity), certificate)
    finally:
        if session.is_open:
            session.close()
    closed.session.close()
    return ClosedDemo(path, certificate, identity_path, pem, closing_script["mediator_identity_passphrase"],
                      closed.change)


@dataclass(frozen=True)
class ClosedDemo:
    case: Path
    certificate: Path
    identity: Path
    pem: Path
    identity_passphrase: str
    change: Change
