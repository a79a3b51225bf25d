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
    """Who may see what, and which revision, kept apart from the app: channels, revisions,
    disclosures in force, and the rule sets as their sources state them."""

    rule_set: RuleSetName
    parties: list[str]
    mediators: list[str]
    channel: dict[str, str] = field(default_factory=dict)  # item id -> channel
    facts: dict[str, tuple[bool, str]] = field(default_factory=dict)  # note id -> (confidential, speaker)
    revisions: dict[str, list[str]] = field(default_factory=dict)  # note id -> the marker of each revision
    disclosed: dict[str, dict[str, tuple[str, int]]] = field(default_factory=dict)  # item -> {id: (target, rev)}
    markers: dict[str, str] = field(default_factory=dict)  # item id -> its unique text (current)
    deleted: set[str] = field(default_factory=set)

    @classmethod
    def from_file(cls, session: CaseSession) -> Oracle:
        """The template's starting state (made by this test's own code), read once without any filter."""
        case = session.case
        o = cls(case.rule_set, [p.id for p in case.parties], [m.id for m in case.mediators])
        with session.db.reading() as conn:
            for item_id, channel in conn.execute("SELECT id, channel FROM items WHERE deleted_at IS NULL"):
                o.channel[item_id] = channel
            for item_id, conf, speaker, rev in conn.execute(
                    "SELECT item_id, confidential, speaker, revision FROM notes"):
                o.facts[item_id] = (bool(conf), speaker)
                o.revisions[item_id] = [""] * rev
            for did, item_id, target, rev in conn.execute(
                    "SELECT id, item_id, target, revision FROM disclosures WHERE revoked_at IS NULL"):
                o.disclosed.setdefault(item_id, {})[did] = (target, rev)
        return o

    def shown_revision(self, item_id: str, audience: str) -> int | None:
        """The revision of a note `audience` sees: the current one by channel, else the latest consented."""
        channel = self.channel[item_id]
        if audience == "mediator" or channel == "joint" or channel == audience:
            return len(self.revisions.get(item_id, [""]))
        found = [rev for target, rev in self.disclosed.get(item_id, {}).values() if target in (audience, "joint")]
        return max(found) if found else None

    def visible(self, item_id: str, audience: str) -> bool:
        return item_id not in self.deleted and self.shown_revision(item_id, audience) is not None

    def needed(self, item_id: str, source: str) -> set[str] | None:
        """Whose consent the rule set asks for; None when nobody's can make it lawful (no source named)."""
        channel = self.channel[item_id]
        confidential, speaker = self.facts.get(item_id, (False, ""))
        if channel == "mediator":  # the party named as the source ("several": every party)
            if not source:
                return None
            sources = {f"party:{p}" for p in self.parties if source in (p, "several")}
        else:
            sources = {channel}
        if self.rule_set is RuleSetName.CONSENT:  # ICSID Mediation Rules (2022), Rule 17(4)
            return sources
        if self.rule_set is RuleSetName.MODEL_LAW:  # UNCITRAL Model Law (2018), disclosure of information
            return sources if confidential else set()
        return ({f"party:{p}" for p in self.parties} | {f"mediator:{m}" for m in self.mediators}
                | ({"speaker"} if speaker.strip() else set()))  # Cap. 620 s.8(2)(a)

    def may_disclose(self, item_id: str, target: str, consents: set[str], exception: bool, source: str) -> bool:
        channel = self.channel[item_id]
        if channel == "joint" or target == "mediator" or target == channel:
            return False
        current = len(self.revisions.get(item_id, [""]))
        if any(t in (target, "joint") and rev >= current for t, rev in self.disclosed.get(item_id, {}).values()):
            return False
        if exception and self.rule_set is not RuleSetName.HONG_KONG:
            return False  # s.8(2)(b)-(g) are grounds under the Hong Kong Ordinance only
        needed = self.needed(item_id, source)
        if needed is None:
            return False
        return exception or needed <= consents

    def may_release(self, item_id: str, consents: set[str]) -> bool:
        """Clearing "given in confidence": the party that gave it, under every rule set."""
        return self.facts[item_id][0] and self.channel[item_id] in consents


@dataclass
class Tally:
    sequences: int = 0
    operations: int = 0
    reads: int = 0
    items_checked: int = 0
    wrong_audience: list[str] = field(default_factory=list)
    bad_disclosures: list[str] = field(default_factory=list)
    refused_though_allowed: list[str] = field(default_factory=list)
    wrong_revision: list[str] = field(default_factory=list)
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
        if confidential is None:  # DESIGN.md: Model Law caucus items start "may disclose", others not
            confidential = channel.startswith("party:") and self.oracle.rule_set is not RuleSetName.MODEL_LAW
        self.oracle.channel[nid] = channel
        self.oracle.facts[nid] = (confidential, speaker)
        self.oracle.revisions[nid] = [text]
        self.oracle.markers[nid] = text

    def live_notes(self) -> list[str]:
        return [i for i in self.oracle.revisions if i not in self.oracle.deleted]

    def op_edit(self, s: CaseSession) -> None:
        notes = self.live_notes()
        if notes:
            nid = self.rng.choice(notes)
            text = self.marker()
            s.edit_note(nid, body=f"Said later: {text}")
            self.oracle.revisions[nid].append(text)
            self.oracle.markers[nid] = text

    def op_delete(self, s: CaseSession) -> None:
        notes = self.live_notes()
        if notes and self.rng.random() < 0.3:
            nid = self.rng.choice(notes)
            s.delete_note(nid)
            self.oracle.deleted.add(nid)

    def op_confidence(self, s: CaseSession) -> None:
        """Mark a note given in confidence (always allowed), or try to release one with random consents."""
        notes = [n for n in self.live_notes() if self.oracle.channel[n].startswith("party:")]
        if not notes:
            return
        nid = self.rng.choice(notes)
        if not self.oracle.facts[nid][0]:
            s.edit_note(nid, confidential=True)
            self.oracle.facts[nid] = (True, self.oracle.facts[nid][1])
            return
        pool = [f"party:{p}" for p in self.oracle.parties] + [f"mediator:{m}" for m in self.oracle.mediators]
        consents = set(self.rng.sample(pool, self.rng.randint(0, 2)))
        allowed = self.oracle.may_release(nid, consents)
        try:
            s.release_confidence(nid, sorted(consents))
        except UserError as exc:
            self.t.refused_writes += 1
            if allowed:
                self.t.refused_though_allowed.append(f"release {self.oracle.channel[nid]} with {sorted(consents)}: "
                                                     f"{exc.message}")
            return
        if not allowed:
            self.t.bad_disclosures.append(f"released {self.oracle.channel[nid]} with {sorted(consents)}")
        self.oracle.facts[nid] = (False, self.oracle.facts[nid][1])

    def op_disclose(self, s: CaseSession) -> None:
        items = [i for i, c in self.oracle.channel.items() if c != "joint" and i in self.oracle.facts
                 and i not in self.oracle.deleted]
        if not items:
            return
        item = self.rng.choice(items)
        target = self.rng.choice(["joint", "mediator", *[f"party:{p}" for p in self.oracle.parties]])
        pool = [f"party:{p}" for p in self.oracle.parties] + [f"mediator:{m}" for m in self.oracle.mediators] + [
            "speaker"]
        consents = set(self.rng.sample(pool, self.rng.randint(0, len(pool))))
        exception = HongKongException.PUBLIC if self.rng.random() < 0.1 else None
        source = self.rng.choice(["", "several", *self.oracle.parties])
        allowed = self.oracle.may_disclose(item, target, consents, exception is not None, source)
        try:
            did = s.disclose(item, Audience.parse(target), sorted(consents), exception=exception,
                             source=source or None).created_id or ""
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
        self.oracle.disclosed.setdefault(item, {})[did] = (target, len(self.oracle.revisions.get(item, [""])))

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

    def judge_notes(self, found: list, audience: str, what: str) -> None:  # type: ignore[type-arg]
        """Visible, and the revision the audience may see: its marker in the body, its number."""
        self.judge([n.id for n in found], audience, what)
        for n in found:
            expected = self.oracle.shown_revision(n.id, audience) if n.id in self.oracle.channel else None
            marks = self.oracle.revisions.get(n.id)
            if expected is None or not marks:
                continue
            if n.revision != expected or (marks[expected - 1] and marks[expected - 1] not in n.body):
                self.t.wrong_revision.append(f"{what} as {audience}: {n.id} revision {n.revision}, "
                                             f"{audience} may see {expected}")

    def judge_search(self, hits: list, word: str, audience: str) -> None:  # type: ignore[type-arg]
        """A note found by a word of one of its revisions: only if that is the revision the audience sees
        (or the word is in the title, which the test never edits)."""
        self.judge([h.item_id for h in hits], audience, "search")
        for h in hits:
            marks = self.oracle.revisions.get(h.item_id)
            if not marks or word not in marks or h.item_id not in self.oracle.channel:
                continue
            expected = self.oracle.shown_revision(h.item_id, audience)
            if expected is not None and word not in (marks[0], marks[expected - 1]):
                self.t.wrong_revision.append(f"search {word} as {audience}: {h.item_id} found by revision "
                                             f"{marks.index(word) + 1}, {audience} may see {expected}")

    def read(self, s: CaseSession) -> None:
        audience = self.audience()
        a = Audience.parse(audience)
        kind = self.rng.choice(["search", "search", "visible", "channel", "tablings", "tabled", "positions",
                                "export"])
        if kind == "search":
            words = [m for marks in self.oracle.revisions.values() for m in marks if m]
            words += [m for m in self.oracle.markers.values() if m not in words]
            word = self.rng.choice(words or ["tariff"])
            self.judge_search(s.search(word, a), word, audience)
        elif kind == "visible" and audience != "mediator":
            self.judge_notes(s.visible_notes(a), audience, "visible_notes")
        elif kind == "channel":
            channel = Channel.parse(self.rng.choice(["joint", "mediator",
                                                     *[f"party:{p}" for p in self.oracle.parties]]))
            self.judge_notes(s.notes_in(channel, a), audience, f"notes_in({channel})")
        elif kind == "tablings":
            self.judge([t.id for t in s.drafting.tablings(a)], audience, "tablings")
        elif kind == "tabled" and audience != "mediator":
            self.judge([t.id for t, _v in s.drafting.tabled_text(a)], audience, "tabled_text")
        elif kind == "positions":
            self.judge([p.id for p in s.drafting.positions(audience=a)], audience, "positions")
        elif kind == "export" and s.drafting.concluded() is not None:
            doc = agreement_document(s)
            text = repr(doc)
            leaked = [i for i, marks in self.oracle.revisions.items() for m in marks
                      if m and m in text and self.oracle.channel[i] != "joint"]
            self.t.reads += 1
            self.t.wrong_audience += [f"export document: {i}" for i in leaked]

    def sequence(self) -> None:
        if self.session is None or self.count % ROTATE == 0:
            self.fresh()
        s = self.session
        assert s is not None
        ops = [self.op_note] * 4 + [self.op_disclose] * 3 + [self.op_edit] * 2 + [
            self.op_revoke, self.op_delete, self.op_confidence, self.op_version, self.op_table, self.op_position,
            self.op_position]
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
    violations = len(tally.wrong_audience) + len(tally.bad_disclosures) + len(tally.wrong_revision)
    figure(f"firewall.{scale}", "firewall at scale: items (or revisions) shown to a wrong audience (and disclosures accepted "
           "without the consents the rule set requires)", violations, "0", violations == 0, scale=scale,
           sequences=tally.sequences, operations=tally.operations, reads=tally.reads,
           items_checked=tally.items_checked, disclosures_accepted=tally.accepted_disclosures,
           writes_refused=tally.refused_writes, refused_though_the_rules_allow=len(tally.refused_though_allowed),
           case_files=len(templates), seconds=round(time.perf_counter() - started, 1),
           first=(tally.wrong_audience + tally.wrong_revision + tally.bad_disclosures)[:5],
           edits_after_disclosure_leaked=len(tally.wrong_revision))
    assert not tally.wrong_audience, tally.wrong_audience[:5]
    assert not tally.wrong_revision, tally.wrong_revision[:5]
    assert not tally.bad_disclosures, tally.bad_disclosures[:5]
    assert not tally.refused_though_allowed, tally.refused_though_allowed[:5]
    assert tally.accepted_disclosures > 0 and tally.items_checked > sequences
