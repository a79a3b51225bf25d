"""Issue 6, reliability 9: the confidentiality firewall at scale.

Thousands of random operation sequences on real case files (one per rule set,
plus the demo case with its concluded agreement): notes in every channel,
disclosures with random consents and their revocation, new versions, tablings
in caucus and jointly, positions, and reads as random audiences (search,
every note visible, a channel's notes, tablings, tabled text, positions, the
export document). An independent oracle judges every item each read returns,
and every disclosure the app accepts or refuses, against the rule set's required
consents. The oracle keeps its own record of each item's channel from the
operations the test issued and DESIGN.md's rule 1 (a note where it was taken, a
version in `mediator`, a tabling in its audience's channel, a position in its
party's), never from the app's tables after the start: a wrong channel written
by the app is a violation, not the truth. Items shown to a wrong audience: 0;
disclosures refused though the rules allow them: 0.

The case files live on /dev/shm when there is one (fsync there is free: this
test is about who sees what, not about the disk); each is replaced by a fresh
copy of its template every few hundred sequences, so reads stay small. Keys
are derived once per template (the salt is in the file, so a copy keeps it).
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.demo import write_demo
from iomed_desk.app.export import agreement_document
from iomed_desk.app.opening import create_case, derive_key_for, open_with_key
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import HongKongException
from iomed_desk.core.drafting import Clause
from iomed_desk.core.errors import UserError
from iomed_desk.core.model import RuleSetName
from tests.conftest import PASSPHRASE, new_case_spec
from tests.reliability.helpers import figure

ROTATE = 200


@dataclass
class Oracle:
    """Who may see what, kept apart from the app: channels, disclosures in force, consent rules."""

    rule_set: RuleSetName
    parties: list[str]
    mediators: list[str]
    channel: dict[str, str] = field(default_factory=dict)  # item id -> channel
    facts: dict[str, tuple[bool, str]] = field(default_factory=dict)  # item id -> (confidential, speaker)
    disclosed: dict[str, dict[str, str]] = field(default_factory=dict)  # item id -> {disclosure id: target}
    markers: dict[str, str] = field(default_factory=dict)  # item id -> its unique text

    @classmethod
    def from_file(cls, session: CaseSession) -> Oracle:
        case = session.case
        o = cls(case.rule_set, [p.id for p in case.parties], [m.id for m in case.mediators])
        with session.db.reading() as conn:  # the ground truth, read without any audience filter
            for item_id, channel in conn.execute("SELECT id, channel FROM items WHERE deleted_at IS NULL"):
                o.channel[item_id] = channel
            for item_id, conf, speaker in conn.execute("SELECT item_id, confidential, speaker FROM notes"):
                o.facts[item_id] = (bool(conf), speaker)
            for did, item_id, target in conn.execute(
                    "SELECT id, item_id, target FROM disclosures WHERE revoked_at IS NULL"):
                o.disclosed.setdefault(item_id, {})[did] = target
        return o

    def visible(self, item_id: str, audience: str) -> bool:
        channel = self.channel[item_id]
        if audience == "mediator" or channel == "joint" or channel == audience:
            return True
        return any(t in (audience, "joint") for t in self.disclosed.get(item_id, {}).values())

    def may_disclose(self, item_id: str, target: str, consents: set[str], exception: bool) -> bool:
        channel = self.channel[item_id]
        natural = channel if channel.startswith("party:") else channel
        if channel == "joint" or target == "mediator" or target == natural:
            return False
        if any(t in (target, "joint") for t in self.disclosed.get(item_id, {}).values()):
            return False
        if exception and self.rule_set is not RuleSetName.HONG_KONG:
            return False  # s.8(2)(b)-(g) are grounds under the Hong Kong Ordinance only
        mediators = {f"mediator:{m}" for m in self.mediators}
        if channel == "mediator":
            return mediators <= consents
        if exception:
            return True
        confidential, speaker = self.facts.get(item_id, (False, ""))
        if self.rule_set is RuleSetName.CONSENT:
            needed = {channel}
        elif self.rule_set is RuleSetName.MODEL_LAW:
            needed = {channel} if confidential else set()
        else:
            needed = {f"party:{p}" for p in self.parties} | mediators | ({"speaker"} if speaker.strip() else set())
        return needed <= consents


@dataclass
class Tally:
    sequences: int = 0
    operations: int = 0
    reads: int = 0
    items_checked: int = 0
    wrong_audience: list[str] = field(default_factory=list)
    bad_disclosures: list[str] = field(default_factory=list)
    refused_though_allowed: list[str] = field(default_factory=list)
    accepted_disclosures: int = 0
    refused_writes: int = 0


class Runner:
    def __init__(self, template: Path, key: bytes, folder: Path, rng: random.Random, tally: Tally) -> None:
        self.template, self.key, self.folder, self.rng, self.t = template, key, folder, rng, tally
        self.session: CaseSession | None = None
        self.count = 0

    def fresh(self) -> CaseSession:
        if self.session is not None:
            self.session.close()
        path = self.folder / f"live-{self.template.name}"
        for p in self.folder.glob(f"live-{self.template.name}*"):
            p.unlink()
        shutil.copyfile(self.template, path)
        self.session = open_with_key(path, self.key)
        self.oracle = Oracle.from_file(self.session)
        desk = self.session.drafting
        self.draft = desk.drafts()[-1].id
        return self.session

    def close(self) -> None:
        if self.session is not None:
            self.session.close()

    # -- operations -----------------------------------------------------------------------------
    def audience(self) -> str:
        return self.rng.choice(["joint", "mediator", *[f"party:{p}" for p in self.oracle.parties]])

    def marker(self) -> str:
        return f"fw{self.count}x{self.rng.randrange(10**9)}"

    def op_note(self, s: CaseSession) -> None:
        channel = self.rng.choice(["joint", "mediator", *[f"party:{p}" for p in self.oracle.parties]])
        text = self.marker()
        speaker = self.rng.choice(["", "", "Dr Solis"])
        confidential = self.rng.choice([None, True, False])
        nid = s.take_note(Channel.parse(channel), f"Note {text}", f"Said in the room: {text}",
                          confidential=confidential, speaker=speaker).created_id or ""
        self.oracle.channel[nid] = channel
        self.oracle.facts[nid] = (s.note(nid).confidential, speaker)
        self.oracle.markers[nid] = text

    def op_disclose(self, s: CaseSession) -> None:
        items = [i for i, c in self.oracle.channel.items() if c != "joint" and i in self.oracle.facts]
        if not items:
            return
        item = self.rng.choice(items)
        target = self.rng.choice(["joint", "mediator", *[f"party:{p}" for p in self.oracle.parties]])
        pool = [f"party:{p}" for p in self.oracle.parties] + [f"mediator:{m}" for m in self.oracle.mediators] + [
            "speaker"]
        consents = set(self.rng.sample(pool, self.rng.randint(0, len(pool))))
        exception = HongKongException.PUBLIC if self.rng.random() < 0.1 else None
        allowed = self.oracle.may_disclose(item, target, consents, exception is not None)
        try:
            did = s.disclose(item, Audience.parse(target), sorted(consents), exception=exception).created_id or ""
        except UserError as exc:
            self.t.refused_writes += 1
            if allowed:
                self.t.refused_though_allowed.append(
                    f"{self.oracle.rule_set.value}: {self.oracle.channel[item]} -> {target} with "
                    f"{sorted(consents)}: {exc.message}")
            return
        self.t.accepted_disclosures += 1
        if not allowed:
            self.t.bad_disclosures.append(f"{self.oracle.rule_set.value}: {self.oracle.channel[item]} -> {target} "
                                          f"with {sorted(consents)}")
        self.oracle.disclosed.setdefault(item, {})[did] = target

    def op_revoke(self, s: CaseSession) -> None:
        live = [(item, did) for item, ds in self.oracle.disclosed.items() for did in ds]
        if live:
            item, did = self.rng.choice(live)
            s.revoke_disclosure(did, "test")
            del self.oracle.disclosed[item][did]

    def op_version(self, s: CaseSession) -> None:
        desk = s.drafting
        text = self.marker()
        clauses = desk.working_clauses(self.draft)
        langs = s.case.languages
        first = clauses[0]
        for lang in langs:
            first = first.with_text(lang, body=f"Revised text {text}")
        desk.save_working(self.draft, [first, *clauses[1:]])
        desk.save_version(self.draft, f"Revision {text}")
        # The new version's item id, found by its unique text; its channel is the rule's: `mediator`.
        new = [h.item_id for h in s.search(text, Audience.mediator())
               if h.kind == "version" and h.item_id not in self.oracle.channel]
        assert len(new) == 1, f"the new version is not found by its text: {new}"
        self.oracle.channel[new[0]] = "mediator"
        self.oracle.markers[new[0]] = text

    def op_table(self, s: CaseSession) -> None:
        desk = s.drafting
        versions = desk.versions(self.draft)
        if versions:
            target = self.rng.choice(["joint", *[f"party:{p}" for p in self.oracle.parties]])
            tabling = desk.table(self.draft, self.rng.choice(versions).number, Audience.parse(target)).created_id
            self.oracle.channel[tabling or ""] = target  # a tabling lives in its audience's channel

    def op_position(self, s: CaseSession) -> None:
        desk = s.drafting
        tablings = desk.tablings(draft_id=self.draft)
        if not tablings:
            return
        t = self.rng.choice(tablings)
        party = t.audience.party_id if t.audience.kind == "party" else self.rng.choice(self.oracle.parties)
        version = desk.version(self.draft, t.version_number)
        clause = self.rng.choice(version.clauses).id
        text = self.marker()
        position = desk.record_position(self.draft, t.version_number, party or "", clause,
                                        self.rng.choice(["accept", "reject", "reserve"]), f"Position {text}")
        self.oracle.channel[position.created_id or ""] = f"party:{party}"  # a position is its party's
        self.oracle.markers[position.created_id or ""] = text

    # -- reads ------------------------------------------------------------------------------------
    def judge(self, ids: list[str], audience: str, what: str) -> None:
        self.t.reads += 1
        for item_id in ids:
            self.t.items_checked += 1
            if item_id not in self.oracle.channel or not self.oracle.visible(item_id, audience):
                self.t.wrong_audience.append(f"{what} as {audience}: {item_id} "
                                             f"({self.oracle.channel.get(item_id, 'unknown item')})")

    def read(self, s: CaseSession) -> None:
        audience = self.audience()
        a = Audience.parse(audience)
        kind = self.rng.choice(["search", "search", "visible", "channel", "tablings", "tabled", "positions",
                                "export"])
        if kind == "search":
            word = self.rng.choice(list(self.oracle.markers.values()) or ["tariff"])
            self.judge([h.item_id for h in s.search(word, a)], audience, "search")
        elif kind == "visible" and audience != "mediator":
            self.judge([n.id for n in s.visible_notes(a)], audience, "visible_notes")
        elif kind == "channel":
            channel = Channel.parse(self.rng.choice(["joint", "mediator",
                                                     *[f"party:{p}" for p in self.oracle.parties]]))
            self.judge([n.id for n in s.notes_in(channel, a)], audience, f"notes_in({channel})")
        elif kind == "tablings":
            self.judge([t.id for t in s.drafting.tablings(a)], audience, "tablings")
        elif kind == "tabled" and audience != "mediator":
            self.judge([t.id for t, _v in s.drafting.tabled_text(a)], audience, "tabled_text")
        elif kind == "positions":
            self.judge([p.id for p in s.drafting.positions(audience=a)], audience, "positions")
        elif kind == "export" and s.drafting.concluded() is not None:
            doc = agreement_document(s)
            text = repr(doc)
            leaked = [i for i, m in self.oracle.markers.items() if m in text and self.oracle.channel[i] != "joint"]
            self.t.reads += 1
            self.t.wrong_audience += [f"export document: {i}" for i in leaked]

    def sequence(self) -> None:
        if self.session is None or self.count % ROTATE == 0:
            self.fresh()
        s = self.session
        assert s is not None
        ops = [self.op_note] * 4 + [self.op_disclose] * 3 + [self.op_revoke, self.op_version, self.op_table,
                                                             self.op_position, self.op_position]
        for _ in range(self.rng.randint(2, 6)):
            op = self.rng.choice(ops + [self.read] * 6)
            if op == self.read:
                op(s)  # a read that fails is a failure, never a "refusal"
            else:
                try:
                    op(s)
                except UserError:
                    self.t.refused_writes += 1
            self.t.operations += 1
        self.read(s)
        self.count += 1
        self.t.sequences += 1


def make_template(folder: Path, rule_set: RuleSetName) -> tuple[Path, bytes]:
    path = folder / f"{rule_set.value}.iomed"
    s = create_case(path, PASSPHRASE, new_case_spec(rule_set, languages=("en",)))
    key = s.db.key
    desk = s.drafting
    draft = desk.new_draft("Settlement", from_templates=False).created_id or ""
    desk.save_working(draft, [Clause("c1", (("en", "Payment"),), (("en", "USD 4m within 30 days."),)),
                              Clause("c2", (("en", "Release"),), (("en", "Mutual release of claims."),))])
    desk.save_version(draft, "First")
    s.close()
    return path, key


@pytest.fixture(scope="module")
def templates() -> list[tuple[Path, bytes]]:
    base = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    folder = Path(tempfile.mkdtemp(prefix="iomed-firewall-", dir=base))
    made = [make_template(folder, rs) for rs in (RuleSetName.CONSENT, RuleSetName.MODEL_LAW, RuleSetName.HONG_KONG)]
    demo = folder / "demo.iomed"
    write_demo(demo, PASSPHRASE)
    made.append((demo, derive_key_for(demo, PASSPHRASE)))
    yield made
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("sequences", [pytest.param(240, id="fast"), pytest.param(10_000, id="full",
                                                                                     marks=pytest.mark.slow)])
def test_no_item_reaches_a_wrong_audience(templates: list[tuple[Path, bytes]], sequences: int) -> None:
    rng = random.Random(9 + sequences)
    tally = Tally()
    runners = [Runner(path, key, path.parent, rng, tally) for path, key in templates]
    started = time.perf_counter()
    try:
        for i in range(sequences):
            runners[i % len(runners)].sequence()
    finally:
        for r in runners:
            r.close()
    scale = "full" if sequences >= 10_000 else "fast"
    violations = len(tally.wrong_audience) + len(tally.bad_disclosures)
    figure(f"firewall.{scale}", "firewall at scale: items shown to a wrong audience (and disclosures accepted "
           "without the consents the rule set requires)", violations, "0", violations == 0, scale=scale,
           sequences=tally.sequences, operations=tally.operations, reads=tally.reads,
           items_checked=tally.items_checked, disclosures_accepted=tally.accepted_disclosures,
           writes_refused=tally.refused_writes, refused_though_the_rules_allow=len(tally.refused_though_allowed),
           case_files=len(templates), seconds=round(time.perf_counter() - started, 1),
           first=(tally.wrong_audience + tally.bad_disclosures)[:5])
    assert not tally.wrong_audience, tally.wrong_audience[:5]
    assert not tally.bad_disclosures, tally.bad_disclosures[:5]
    assert not tally.refused_though_allowed, tally.refused_though_allowed[:5]
    assert tally.accepted_disclosures > 0 and tally.items_checked > sequences
