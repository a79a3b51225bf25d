"""The offers ledger and the private overlap check on a real SQLCipher case file.

Attacker's tests: after a three-round check, the typed limits (in every way they could be written)
are nowhere in the file's raw bytes (main file, WAL), nowhere in a decrypted dump of every table, not
in the audit, and not reachable from any object the app holds (walked through attributes,
containers and `gc.get_referents`). Firewall oracle: a party's private figure, and an offer made in
another caucus and not communicated to it, never reach that party's view, whatever the chart asks.
"""

from __future__ import annotations

import gc
import shutil
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import sqlcipher3

from iomed_desk.app import process_record
from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.offers import offers_desk
from iomed_desk.app.opening import create_case, unlock
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.errors import InvalidInput, NotAllowed, UserError
from iomed_desk.core.model import RuleSetName
from iomed_desk.store import schema
from tests.conftest import PASSPHRASE, new_case_spec

DATA = Path(__file__).resolve().parents[1] / "data"
#: the limits typed, round by round (ceiling party, floor party): gap, gap, then an overlap
LIMITS = [("21,250,000", "33,125,000"), ("24.375m", "29875000"), ("27500000", "26,812,500.00")]


def written(text: str) -> set[str]:
    """The ways a limit could end up written: as typed, bare digits, grouped, in millions, as stored."""
    from iomed_desk.core.offers import Unit, parse_figure

    v = parse_figure(text, Unit.AMOUNT)
    whole = int(v)
    forms = {text, str(whole), f"{whole:,}", str(v), f"{whole / 1_000_000:g}", f"{whole / 1_000_000:g}m"}
    return {f for f in forms if len(f) >= 4}


def new_session(path: Path, clock: FakeClock, rule_set: RuleSetName = RuleSetName.CONSENT) -> CaseSession:
    s = create_case(path, PASSPHRASE, new_case_spec(rule_set, parties=3), clock=clock)
    process_record.record_agreement_to_mediate(s, "paper")
    return s


def run_check(s: CaseSession, clock: FakeClock, issue: str, a: str, b: str, rule: str = "split") -> list:
    desk = offers_desk(s)
    check_id = desk.start_check(issue, a, b, rule, 3).created_id or ""
    results = []
    for ceiling, floor in LIMITS:
        desk.open_round(check_id)
        desk.submit_limit(a, bytearray(ceiling.encode()))
        desk.submit_limit(b, bytearray(floor.encode()), want_band=True)
        # sealed: while the round waits for the reveal, nothing the app holds has a limit in clear
        assert not [f for f in written(ceiling) | written(floor) if f in reachable_text(offers_desk(s))]
        clock.advance(minutes=5)
        results.append(desk.reveal()[0])
    return results


@pytest.fixture
def ledger(tmp_path: Path):  # type: ignore[no-untyped-def]
    clock = FakeClock(datetime(2026, 5, 4, 1, 0, tzinfo=UTC))
    s = new_session(tmp_path / "case.iomed", clock)
    a, b, c = (p.id for p in s.case.parties)
    desk = offers_desk(s)
    issue = desk.add_issue("Purchase price", "amount", "USD").created_id or ""
    s.start_session(Channel.party(a))
    desk.record_offer(issue, a, "18m", to_party=b, consents=[f"party:{a}"], terms="cash at closing")
    desk.record_offer(issue, a, "19,111,111", private=True, terms="PRIVATEAAA")
    clock.advance(minutes=10)
    s.start_session(Channel.party(b))
    desk.record_offer(issue, b, "40m", kind="demand", to_party=a, consents=[f"party:{b}"])
    desk.record_offer(issue, b, "36,222,222", kind="demand", private=True)
    clock.advance(minutes=10)
    s.start_session(Channel.joint())
    desk.record_offer(issue, a, "20m", kind="offer")
    s.end_session()
    yield s, clock, issue, (a, b, c)
    if s.is_open:
        s.close()


def test_ledger_under_the_firewall(ledger) -> None:  # type: ignore[no-untyped-def]
    s, _clock, issue, (a, b, c) = ledger
    desk = offers_desk(s)
    everything = desk.offers(issue)
    # the oracle: who may see each offer, from how it was made
    private = {o.id for o in everything if o.private}
    made_in_caucus = {o.id: o.party_id for o in everything if o.channel.kind == "party"}
    for who in (a, b, c):
        seen = {o.id for o in desk.offers(issue, Audience.party(who))}
        for o in everything:
            mine = o.party_id == who
            communicated_to_me = not o.private and (o.channel.kind == "joint" or o.to_party in ("", who))
            assert (o.id in seen) == (mine or communicated_to_me), (who, o)
        assert not {oid for oid in private if made_in_caucus[oid] != who} & seen
        chart = desk.moves(issue, Audience.party(who), include_private=True)  # a party's view never has them
        assert not [m for ms in chart.values() for m in ms if m.private]
    joint = {o.id for o in desk.offers(issue, Audience.joint())}
    assert joint == {o.id for o in everything if o.channel.kind == "joint"}
    mediator_chart = desk.moves(issue)
    assert [m.figure for m in mediator_chart[a]] == [Decimal("18000000.00"), Decimal("20000000.00")]
    assert [m.figure for m in mediator_chart[b]] == [Decimal("40000000.00")]
    assert len(desk.moves(issue, include_private=True)[a]) == 3
    assert s.check().ok


def test_a_communicated_offer_needs_the_consents_or_nothing_is_recorded(ledger) -> None:  # type: ignore[no-untyped-def]
    s, _clock, issue, (a, b, _c) = ledger
    desk = offers_desk(s)
    before = (len(desk.offers(issue)), len(s.audit_events()))
    with pytest.raises(NotAllowed, match="Consent missing"):
        desk.record_offer(issue, a, "22m", to_party=b)
    for bad in (dict(figure="lots"), dict(figure="22m", to_party=a), dict(figure="22m", kind="bid")):
        with pytest.raises(InvalidInput):
            desk.record_offer(issue, a, **bad)  # type: ignore[arg-type]
    assert (len(desk.offers(issue)), len(s.audit_events())) == before


def test_three_rounds_leave_no_limit_anywhere(ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    s, clock, issue, (a, b, _c) = ledger
    results = run_check(s, clock, issue, a, b)
    assert [r.outcome for r in results] == ["gap", "gap", "overlap"]
    assert [r.band for r in results] == ["", "", ""]  # only b asked for the band: not shown
    assert results[2].figure == Decimal("27156250.00")  # (27,500,000 + 26,812,500) / 2
    desk = offers_desk(s)
    assert desk.figure_values(issue)["amount"] == "27,156,250"
    forms = set().union(*(written(t) for pair in LIMITS for t in pair))
    # the audit: only that a check ran, its rule, the round and the outcome
    events = sorted((e for e in s.audit_events() if e.action.startswith("offers.check")), key=lambda e: e.seq)
    assert [(e.action, e.detail.get("round"), e.detail.get("outcome")) for e in events] == [
        ("offers.check_start", None, None), ("offers.check_round", 1, "gap"), ("offers.check_round", 2, "gap"),
        ("offers.check_round", 3, "overlap")]
    audit_text = "\n".join(f"{e.action} {e.targets} {e.detail}" for e in s.audit_events())
    assert not [f for f in forms if f in audit_text]
    # objects the app holds
    assert desk.round_in_progress is None
    assert not [f for f in forms if f in reachable_text(offers_desk(s))]
    gc.collect()
    assert not _limit_objects(forms)
    # the file: raw bytes while open (main file and WAL), then a decrypted dump of every table
    assert not raw_hits(tmp_path, forms)
    path = s.path
    s.close()
    assert not raw_hits(tmp_path, forms)
    dump = decrypted_dump(path)
    assert "27156250" in dump  # the dump is real: the revealed figure is there
    assert not [f for f in forms if f in dump]


def reachable_text(root: object) -> str:
    """The reprs of every str, bytes, Decimal and number reachable from `root` through attributes,
    containers and `gc.get_referents` (the app's own objects only: modules and classes are not walked)."""
    import types
    seen: set[int] = set()
    out: list[str] = []
    stack = [root]
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, (types.ModuleType, type, types.FunctionType,
                                               types.BuiltinFunctionType)):
            continue
        seen.add(id(obj))
        if isinstance(obj, (str, bytes, bytearray, Decimal, int, float)):
            out.append(obj.decode("latin-1") if isinstance(obj, (bytes, bytearray)) else str(obj))
            continue
        stack.extend(gc.get_referents(obj))
    return "\n".join(out)


def _limit_objects(forms: set[str]) -> list[object]:
    """Live Decimals equal to a limit, or strs holding one, anywhere in the process (gc-tracked containers
    reach them), except this test's own constants."""
    limits = {Decimal(f.replace(",", "")) for f in forms if f.replace(",", "").replace(".", "").isdigit()}
    found = []
    for container in gc.get_objects():
        if container is LIMITS or isinstance(container, (set, frozenset)):
            continue
        for ref in gc.get_referents(container):
            if isinstance(ref, Decimal) and ref in limits:
                found.append((type(container).__name__, ref))
    return found


def raw_hits(folder: Path, forms: set[str]) -> list[str]:
    hits = []
    for p in folder.rglob("*"):
        if p.is_file() and not p.name.endswith(".pdf"):
            data = p.read_bytes()
            hits += [f"{p.name}: {f}" for f in forms for enc in ("utf-8", "utf-16-le") if f.encode(enc) in data]
    return hits


def decrypted_dump(path: Path) -> str:
    """Every row of every table (FTS shadow tables included), as any SQLCipher 4 client with the
    passphrase would read them."""
    from iomed_desk.store.keys import derive_key

    salt = path.read_bytes()[:16]
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{derive_key(PASSPHRASE, salt).hex()}'\"")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                             " AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        assert "offer_check_rounds" in tables and "offers" in tables
        rows = [repr(row) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"')]
    finally:
        conn.close()
    return "\n".join(rows)


def test_rounds_are_refused_after_the_agreed_number(ledger) -> None:  # type: ignore[no-untyped-def]
    s, clock, issue, (a, b, _c) = ledger
    desk = offers_desk(s)
    check_id = desk.start_check(issue, a, b, "outcome", 2).created_id or ""
    for _ in range(2):
        desk.open_round(check_id)
        desk.submit_limit(a, bytearray(b"10m"), want_band=True)
        desk.submit_limit(b, bytearray(b"12m"), want_band=True)
        result, _change = desk.reveal()
        assert (result.outcome, result.figure, result.band) == ("gap", None, "within 25 %")
    with pytest.raises(NotAllowed, match="2 round"):
        desk.open_round(check_id)
    # the file refuses it too, whoever writes
    with pytest.raises(UserError, match="(?i)no more rounds"), s.db.transaction() as conn:
        conn.execute("INSERT INTO offer_check_rounds VALUES (?, 3, 'overlap', '11000000', '', 'x')", (check_id,))
    assert [r.number for r in desk.check(check_id).rounds] == [1, 2]


def test_a_bad_limit_changes_nothing_and_is_wiped(ledger) -> None:  # type: ignore[no-untyped-def]
    s, _clock, issue, (a, b, c) = ledger
    desk = offers_desk(s)
    check_id = desk.start_check(issue, a, b, "overlap-midpoint", 1).created_id or ""
    desk.open_round(check_id)
    typed = bytearray(b"twenty-seven million 27500000")
    with pytest.raises(InvalidInput) as err:
        desk.submit_limit(a, typed)
    assert typed == bytearray(len(typed)) and "27500000" not in str(err.value)
    assert desk.round_in_progress is not None and desk.round_in_progress.waiting_for() == (a, b)
    with pytest.raises(InvalidInput):
        desk.submit_limit(c, bytearray(b"1m"))
    with pytest.raises(NotAllowed):
        desk.reveal()
    desk.submit_limit(a, bytearray(b"30m"))
    with pytest.raises(NotAllowed):
        desk.submit_limit(a, bytearray(b"31m"))
    desk.cancel_round()
    assert desk.round_in_progress is None and desk.check(check_id).rounds == ()
    for bad in (dict(rule="coin-toss"), dict(rounds=0), dict(floor=a)):
        args = {"rule": "split", "rounds": 1, "floor": b} | bad
        with pytest.raises(InvalidInput):
            desk.start_check(issue, a, args["floor"], args["rule"], args["rounds"])  # type: ignore[arg-type]


def test_overlap_midpoint_is_bounded_by_the_figures_on_the_table(ledger) -> None:  # type: ignore[no-untyped-def]
    """On the table: a offered 20m (its last communicated move), b demands 40m. Limits 30m and 22m: the
    zone is [22m, 30m]; a's 20m lies outside it, so the midpoint is 26m. Then a offers 24m: [24m, 30m]."""
    s, _clock, issue, (a, b, _c) = ledger
    desk = offers_desk(s)

    def once(ceiling: bytes, floor: bytes) -> Decimal | None:
        check_id = desk.start_check(issue, a, b, "overlap-midpoint", 1).created_id or ""
        desk.open_round(check_id)
        desk.submit_limit(a, bytearray(ceiling))
        desk.submit_limit(b, bytearray(floor))
        return desk.reveal()[0].figure

    assert once(b"30m", b"22m") == Decimal("26000000.00")
    s.start_session(Channel.joint())
    desk.record_offer(issue, a, "24m")
    assert once(b"30m", b"22m") == Decimal("27000000.00")


def test_ledger_pdf_is_audited_with_fonts_embedded(ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import hashlib
    import subprocess

    s, clock, issue, (a, b, _c) = ledger
    run_check(s, clock, issue, a, b)
    out = tmp_path / "ledger.pdf"
    offers_desk(s).export_pdf(out)
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True).stdout
    assert "USD 18,000,000" in text and "PRIVATEAAA" in text and "USD 27,156,250" in text
    assert "Round 3: overlap" in text
    forms = set().union(*(written(t) for pair in LIMITS for t in pair))
    assert not [f for f in forms if f in text]
    (event,) = [e for e in s.audit_events() if e.action == "offers.export"]
    assert event.detail["pdf_sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    with pytest.raises(UserError):
        offers_desk(s).export_pdf(tmp_path / "nowhere" / "x.pdf")
    assert len([e for e in s.audit_events() if e.action == "offers.export"]) == 1


def test_schema_6_file_migrates_to_the_ledger(tmp_path: Path) -> None:
    path = tmp_path / "old6.iomed"
    shutil.copy(DATA / "case-schema-6.iomed", path)
    s = unlock(path, "schema fixture passphrase")
    try:
        assert s.info().schema_version == schema.SCHEMA_VERSION >= 7
        p1, p2 = (p.id for p in s.case.parties)
        assert [n.title for n in s.visible_notes(Audience.party(p2))] == ["Bottom line", "Agenda"]
        desk = offers_desk(s)
        issue = desk.add_issue("Charter hire", "amount", "HKD").created_id or ""
        desk.record_offer(issue, p1, "5m", to_party=p2, consents=[f"party:{p1}"])
        assert [o.figure for o in desk.offers(issue, Audience.party(p2))] == [Decimal("5000000.00")]
        assert s.check().ok
    finally:
        s.close()


def test_closing_can_destroy_the_caucus_figures(ledger, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What store/destruction.py needs for offers: caucus figures wiped (private ones included), joint
    ones kept; any other change to an offer is refused by the file."""
    from iomed_desk.store import offers as store

    s, _clock, issue, (a, b, _c) = ledger
    with pytest.raises(UserError, match="never changed"), s.db.transaction() as conn:
        conn.execute("UPDATE offers SET figure = '1' WHERE party_id = ?", (a,))
    with s.db.transaction() as conn:
        counts = store.destroy_in_caucus(conn, s.clock())
    assert counts == {f"party:{a}": 2, f"party:{b}": 2}
    assert [str(o.figure) for o in offers_desk(s).offers(issue)] == ["20000000.00"]  # the joint one
    path = s.path
    s.close()
    dump = decrypted_dump(path)
    assert not [f for f in ("19111111", "36222222", "PRIVATEAAA", "cash at closing") if f in dump]
