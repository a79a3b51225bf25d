"""Seeded, realistic case data for the benchmarks and the reliability tests.

`ProseGenerator` writes mediation notes of about 600 characters: English,
Chinese or both, about a port-concession dispute between three parties, with
topics drawn on a Zipf curve so that some words are everywhere and others rare,
as in real notes. `build_case` writes a case file of any size through the store
layer's own functions (`store.notes.insert`, which keeps the FTS5 index, and
`store.audit.append`) inside ONE transaction: `take_note` per note would commit
(and fsync) 100,000 times. Sessions and disclosures are added the same way, and
a 200-clause bilingual single text through the `app` drafting desk.
`plain_copy` writes the same schema and rows, unencrypted, for the baseline.
"""

from __future__ import annotations

import contextlib
import itertools
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from iomed_desk.app import process_record  # noqa: E402
from iomed_desk.app.case_session import CaseSession  # noqa: E402
from iomed_desk.app.ids import new_id  # noqa: E402
from iomed_desk.app.opening import NewCase, NewParty, create_case  # noqa: E402
from iomed_desk.core.channels import Audience, Channel  # noqa: E402
from iomed_desk.core.clock import FakeClock  # noqa: E402
from iomed_desk.core.disclosure import Consent, Disclosure  # noqa: E402
from iomed_desk.core.drafting import Clause  # noqa: E402
from iomed_desk.core.model import CaseKind, Note, PartyKind, RuleSetName, Session, Tag  # noqa: E402
from iomed_desk.store import audit, disclosures, notes, sessions  # noqa: E402

PASSPHRASE = "benchmark passphrase 2026"
START = datetime(2026, 1, 5, 1, 0, tzinfo=UTC)

PARTIES = (
    ("Harbour Authority of Port Selene", PartyKind.STATE_ENTITY, ("Dr Amara Solis", "Mr Tiago Brandt")),
    ("Calder-Ostrand Terminal Consortium", PartyKind.COMPANY, ("Henrik Ostrand", "Mei-Lin Calder")),
    ("Eastern Littoral Development Bank", PartyKind.ORGANISATION, ("Funmi Adeyemi", "Rajiv Menon")),
)
SHORT = ("the Authority", "the Consortium", "the Bank")
SHORT_ZH = ("港务局", "联合体", "开发银行")

# (English, Chinese) topic pairs, most frequent first: drawn with weight 1/rank.
TOPICS = (
    ("tariff indexation", "关税指数化"), ("completion date", "竣工日期"), ("quay wall", "码头岸壁"),
    ("liquidated damages", "违约赔偿金"), ("force majeure", "不可抗力"), ("local employment", "本地就业"),
    ("concession term", "特许经营期"), ("variation order", "变更指令"), ("dredging", "疏浚工程"),
    ("step-in rights", "介入权"), ("escrow account", "托管账户"), ("performance bond", "履约保函"),
    ("Parcel C handover", "C地块移交"), ("typhoon season", "台风季节"), ("environmental permit", "环境许可"),
    ("berth productivity", "泊位效率"), ("minimum throughput", "最低吞吐量"), ("revenue sharing", "收益分成"),
    ("termination notice", "终止通知"), ("cure period", "补救期"), ("refinancing", "再融资"),
    ("crane delivery", "岸桥交付"), ("customs integration", "海关对接"), ("training academy", "培训学院"),
    ("fishing cooperative", "渔业合作社"), ("noise limits", "噪音限值"), ("rail link", "铁路连接线"),
    ("expert determination", "专家裁定"), ("without prejudice", "不影响权利"), ("Cabinet approval", "内阁批准"),
)
NEEDS = ("a credible programme", "security for completion", "cash flow before the rainy season",
         "a face-saving formula for the Minister", "certainty on tariffs for lenders",
         "political cover in the province", "a clean release of the bond claims")
NEEDS_ZH = ("可信的进度计划", "竣工担保", "雨季前的现金流", "给部长一个体面的方案", "贷款人所需的关税确定性")
OPTIONS = ("a phased completion with interim berths", "an escrow funded in three instalments",
           "an independent engineer to certify Milestone 3", "a tariff freeze until the quay wall is done",
           "a training levy instead of a local-staff quota", "extending the concession by four years")
OPTIONS_ZH = ("分阶段竣工并先开放临时泊位", "分三期注资的托管账户", "由独立工程师核证第三里程碑", "码头完工前冻结关税")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

EN = (
    "{rep} ({party}) said that {topic} remains the main obstacle; they could live with USD {amount} million "
    "if {topic2} is settled by {date}.",
    "Mediator's observation: {party} shows flexibility on {topic} but none on {topic2}.",
    "Interest behind the position: {party} needs {need}.",
    "Option floated in the room: {option}, reviewed every {n} months by {party}.",
    "{party} rejects any {topic} above {pct}%; its walk-away is the arbitration it already threatened.",
    "Agreed for the agenda: {topic}, then {topic2}; next session on {weekday} at {hour}:00.",
    "Concern: {topic} could delay Milestone {n} beyond {date}, which would trigger {topic2}.",
    "Fact checked against the letter of {date}: {party} paid USD {amount} million towards {topic}.",
    "- {rep} asked for a written summary on {topic} before {weekday}.",
    "- Reality test: what happens to {topic2} if the tribunal finds for {party}?",
    "{rep} repeated that {topic} is \u201cnot on the table\u201d while {topic2} is open.",
)
ZH = (
    "{party}代表{rep}表示，{topic}仍是主要分歧；如果{topic2}能在{date}前解决，可以接受{amount}百万美元。",
    "调解员观察：{party}在{topic}问题上有灵活性，但在{topic2}上没有。",
    "立场背后的利益：{party}需要{need}。",
    "会上提出的方案：{option}，每{n}个月审查一次。",
    "关切：{topic}可能使第{n}里程碑推迟到{date}之后，并触发{topic2}。",
    "{party}拒绝任何超过{pct}%的{topic}安排，其最佳替代方案是仲裁。",
    "议程：先讨论{topic}，再讨论{topic2}；下次会议定于星期{weekday}。",
)
TITLES = ("{topic}", "{topic}: caucus notes", "{topic} and {topic2}", "Follow-up on {topic}",
          "{party} on {topic}", "Options for {topic}", "Numbers: {topic}")
TITLES_ZH = ("关于{topic}的讨论", "{topic}与{topic2}", "{party}：{topic}")
CHANNEL_WEIGHTS = (("joint", 31), ("party:p1", 23), ("party:p2", 23), ("party:p3", 23))


@dataclass(frozen=True)
class NoteText:
    channel: Channel
    title: str
    body: str
    tags: frozenset[Tag]
    speaker: str
    topic: int = -1  # the note's main topic (an index into TOPICS): what the relevance judgements use


class ProseGenerator:
    """Deterministic given the seed: the same seed gives the same notes, in the same order.

    A note is about one main topic and one secondary topic (each drawn on a
    Zipf curve, exponent 0.8, so the central issue appears in about a quarter
    of the notes and the rarest in a few per cent); each sentence names its
    topic and one related topic. Sentences come from pools (`pool` per
    language, party and topic), which keeps 100,000 notes fast to write while
    every note is a different mix of sentences, names, sums and dates.
    """

    def __init__(self, seed: int, length: int = 560, pool: int = 120) -> None:
        self.rng = random.Random(seed)
        self.length = length
        self.pool = pool
        self._pools: dict[tuple[bool, int, int], list[str]] = {}
        self._weights = list(itertools.accumulate((rank + 1) ** -0.8 for rank in range(len(TOPICS))))
        self._channels = [Channel.parse(c) for c, _ in CHANNEL_WEIGHTS]
        self._channel_weights = list(itertools.accumulate(w for _, w in CHANNEL_WEIGHTS))

    def _topic(self) -> int:
        return self.rng.choices(range(len(TOPICS)), cum_weights=self._weights)[0]

    def _slots(self, zh: bool, party: int, topic: int) -> dict[str, str]:
        r = self.rng
        t1, t2 = TOPICS[topic], TOPICS[(topic + r.randint(1, 3)) % len(TOPICS)]
        day, month, year = r.randint(1, 28), r.randrange(12), r.choice((2026, 2027, 2028, 2031))
        return {
            "topic": t1[1] if zh else t1[0], "topic2": t2[1] if zh else t2[0],
            "party": SHORT_ZH[party] if zh else SHORT[party],
            "rep": r.choice(PARTIES[party][2]),
            "need": r.choice(NEEDS_ZH if zh else NEEDS), "option": r.choice(OPTIONS_ZH if zh else OPTIONS),
            "amount": f"{r.randint(2, 480)}.{r.randint(0, 9)}", "pct": str(r.randint(2, 35)),
            "n": str(r.randint(2, 9)), "hour": str(r.randint(9, 17)),
            "weekday": r.choice("一二三四五") if zh else r.choice(("Monday", "Tuesday", "Wednesday", "Thursday")),
            "date": f"{year}年{month + 1}月{day}日" if zh else f"{day} {MONTHS[month]} {year}",
        }

    def sentence(self, zh: bool, party: int, topic: int | None = None) -> str:
        topic = self._topic() if topic is None else topic
        text = self.rng.choice(ZH if zh else EN).format(**self._slots(zh, party, topic))
        return text[:1].upper() + text[1:]

    def _pooled(self, zh: bool, party: int, topic: int) -> str:
        found = self._pools.get((zh, party, topic))
        if found is None:
            found = self._pools[(zh, party, topic)] = [self.sentence(zh, party, topic) for _ in range(self.pool)]
        return self.rng.choice(found)

    def note(self) -> NoteText:
        r = self.rng
        channel = r.choices(self._channels, cum_weights=self._channel_weights)[0]
        party = int(channel.party_id[1:]) - 1 if channel.party_id else r.randrange(3)
        main, second = self._topic(), self._topic()
        mode = r.random()  # 70% English, 15% Chinese, 15% both
        target = int(self.length * r.uniform(0.6, 1.4))
        parts: list[str] = []
        size = 0
        while size < target:
            zh = mode >= 0.7 if mode < 0.85 else len(parts) % 2 == 1
            s = self._pooled(zh, party, main if r.random() < 0.7 else second)
            parts.append(s)
            size += len(s)
        zh_title = mode >= 0.7 and r.random() < 0.6
        title = r.choice(TITLES_ZH if zh_title else TITLES).format(**self._slots(zh_title, party, main))
        tags = frozenset(r.sample(list(Tag), r.randint(0, 2)))
        speaker = r.choice(PARTIES[party][2]) if channel.kind == "party" and r.random() < 0.4 else ""
        return NoteText(channel, title[:1].upper() + title[1:], "\n".join(parts), tags, speaker, main)

    def notes(self, count: int) -> Iterator[NoteText]:
        for _ in range(count):
            yield self.note()


def case_spec() -> NewCase:
    return NewCase(reference="IOMed/2026/BENCH", title="Port Selene container terminal concession",
                   kind=CaseKind.INVESTMENT, mediators=("Dr Lin Wai-man",),
                   parties=tuple(NewParty(name, kind, reps) for name, kind, reps in PARTIES),
                   rule_set=RuleSetName.CONSENT, languages=("en", "zh-Hans"))


@dataclass(frozen=True)
class BuiltCase:
    path: Path
    notes: int
    sessions: int
    disclosures: int
    clauses: int
    seconds: float


def bulk_insert(session: CaseSession, count: int, seed: int, clock: FakeClock, *,
                session_every: int = 25, disclose_every: int = 100) -> tuple[int, int]:
    """`count` notes in one transaction, each with its audit event, as `take_note` would write them.

    Every `session_every` notes a joint session or caucus is started (notes in
    its channel are filed under it); every `disclose_every` caucus notes one is
    disclosed to the joint channel with its party's consent on record.
    """
    gen = ProseGenerator(seed)
    actor = session.actor
    running: Session | None = None
    made_sessions = made_disclosures = caucus_notes = 0
    with session.db.transaction() as conn:
        for i, text in enumerate(gen.notes(count)):
            now = clock.advance(seconds=47)
            if i % session_every == 0:
                if running is not None:
                    sessions.end(conn, running.id, now)
                    audit.append(conn, now, actor, "session.end", [running.id], {"channel": str(running.channel)})
                running = Session(new_id("s-"), text.channel, now)
                sessions.insert(conn, running)
                audit.append(conn, now, actor, "session.start", [running.id], {"channel": str(text.channel)})
                made_sessions += 1
            note = Note(id=new_id("n-"), channel=text.channel, title=text.title, body=text.body, tags=text.tags,
                        confidential=text.channel.kind == "party", speaker=text.speaker, author=actor,
                        created_at=now, updated_at=now,
                        session_id=running.id if running and running.channel == text.channel else None)
            revision = notes.insert(conn, note)
            audit.append(conn, now, actor, "note.create", [note.id], {"channel": str(text.channel),
                         "revision": revision.number, "commitment": revision.commitment})
            if text.channel.kind == "party":
                caucus_notes += 1
                if caucus_notes % disclose_every == 0:
                    who = str(text.channel)
                    d = Disclosure(new_id("d-"), note.id, text.channel, Audience.joint(),
                                   (Consent(who, PARTIES[int(who[-1]) - 1][2][0], now),), now)
                    disclosures.insert(conn, d)
                    audit.append(conn, now, actor, "disclosure.create", [d.id, note.id],
                                 {"from": who, "to": "joint", "consents": [who], "exception": None,
                                  "rule_set": "consent"})
                    made_disclosures += 1
        if running is not None:
            sessions.end(conn, running.id, clock())
            audit.append(conn, clock(), actor, "session.end", [running.id], {"channel": str(running.channel)})
    return made_sessions, made_disclosures


def clauses(seed: int, count: int = 200) -> list[Clause]:
    """A bilingual single text of `count` clauses built from the same prose."""
    gen = ProseGenerator(seed, length=300)
    out = []
    for i in range(count):
        party = i % 3
        en = " ".join(gen.sentence(False, party, i % len(TOPICS)) for _ in range(2))
        zh = "".join(gen.sentence(True, party, i % len(TOPICS)) for _ in range(2))
        topic = TOPICS[i % len(TOPICS)]
        out.append(Clause(f"c{i + 1:03d}", (("en", topic[0].capitalize()), ("zh-Hans", topic[1])),
                          (("en", en), ("zh-Hans", zh))))
    return out


def add_single_text(session: CaseSession, seed: int, count: int = 200) -> int:
    """A draft of `count` clauses, two versions (the second edits 10%), tabled jointly, with some positions."""
    desk = session.drafting
    draft_id = desk.new_draft("Settlement Agreement", from_templates=False).created_id
    assert draft_id is not None
    text = clauses(seed, count)
    desk.save_working(draft_id, text)
    desk.save_version(draft_id, "First single text")
    rng = random.Random(seed)
    for i in rng.sample(range(count), count // 10):
        text[i] = text[i].with_text("en", body=text[i].body_in("en") + " As amended in caucus.")
    desk.save_working(draft_id, text)
    desk.save_version(draft_id, "Second single text")
    desk.table(draft_id, 2, Audience.joint())
    for party in ("p1", "p2", "p3"):
        for c in text[:10]:
            desk.record_position(draft_id, 2, party, c.id, rng.choice(("accept", "reserve")), "")
    return count


def build_case(path: Path, notes_count: int, seed: int = 20260305, *,
               passphrase: str = PASSPHRASE, clause_count: int = 200) -> BuiltCase:
    """Create `path` with `notes_count` notes, sessions, disclosures and a 200-clause single text."""
    import time

    started = time.perf_counter()
    clock = FakeClock(START)
    session = create_case(path, passphrase, case_spec(), clock=clock)
    try:
        # the agreement to mediate, signed on paper, on record before the first session (as in a real case)
        process_record.record_agreement_to_mediate(session, "paper", institution_rules="IOMed Mediation Rules",
                                                   confidentiality="Everything said in the mediation is confidential.",
                                                   fees="Shared equally by the parties.")
        made_sessions, made_disclosures = bulk_insert(session, notes_count, seed, clock)
        clock.advance(hours=1)
        add_single_text(session, seed, clause_count)
    finally:
        session.close()
    return BuiltCase(path, notes_count, made_sessions, made_disclosures, clause_count,
                     time.perf_counter() - started)


def plain_copy(case: Path, key: bytes, dest: Path) -> None:
    """The same schema and rows in an unencrypted SQLite file (benchmark baseline only).

    `sqlcipher_export` into a database attached with an empty key is SQLCipher's
    documented way to decrypt; it copies every table, the FTS5 shadow tables too.
    """
    from iomed_desk.store import schema
    from iomed_desk.store.connection import connect

    for p in (dest, Path(f"{dest}-wal"), Path(f"{dest}-shm")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
    conn = connect(case, key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
        conn.execute("SELECT sqlcipher_export('plain')").fetchall()
        conn.execute(f"PRAGMA plain.user_version = {schema.current_version(conn)}")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="print a few generated notes, or build a case file")
    parser.add_argument("--notes", type=int, default=3)
    parser.add_argument("--build", type=Path, help="write a case file with --notes notes here")
    args = parser.parse_args()
    if args.build:
        built = build_case(args.build, args.notes)
        print(f"{built.path}: {built.notes} notes, {built.sessions} sessions, {built.disclosures} disclosures, "
              f"{built.clauses} clauses in {built.seconds:.1f} s")
    else:
        for n in ProseGenerator(1).notes(args.notes):
            print(f"[{n.channel}] {n.title}\n{n.body}\n({len(n.body)} characters)\n")
