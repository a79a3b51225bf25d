"""The firewall fuzz for exhibits (issue 18): lists, reads, search and bytes per audience against the
core rule (`core.firewall.is_visible`, `core.disclosure.shown_revision`), on a real case file. Exhibits
are created, revised, disclosed, revoked and deleted in random order; 0 shown to a wrong audience."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from iomed_desk.app.exhibits import exhibits_desk
from iomed_desk.app.opening import create_case
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import disclosed_audiences, shown_revision
from iomed_desk.core.errors import InvalidInput, NotAllowed
from iomed_desk.core.firewall import is_visible
from iomed_desk.core.model import RuleSetName
from tests.conftest import PASSPHRASE, new_case_spec

PARTIES = ["p1", "p2", "p3"]
CHANNELS = ["joint", "mediator", *[f"party:{p}" for p in PARTIES]]
AUDIENCES = [Audience.mediator(), Audience.joint(), *[Audience.party(p) for p in PARTIES]]
CONSENTS = [f"party:{p}" for p in PARTIES] + ["mediator:m1"]

ops = st.lists(st.one_of(
    st.tuples(st.just("add"), st.sampled_from(CHANNELS)),
    st.tuples(st.just("revise"), st.integers(0, 30)),
    st.tuples(st.just("disclose"), st.integers(0, 30), st.sampled_from(["joint", *[f"party:{p}" for p in PARTIES]]),
              st.lists(st.sampled_from(CONSENTS), unique=True), st.sampled_from(["several", *PARTIES])),
    st.tuples(st.just("revoke"), st.integers(0, 30)),
    st.tuples(st.just("delete"), st.integers(0, 30)),
), min_size=1, max_size=18)


def test_exhibits_reach_only_their_audiences(tmp_path: Path) -> None:
    s = create_case(tmp_path / "prop.iomed", PASSPHRASE, new_case_spec(RuleSetName.CONSENT, parties=3))
    desk = exhibits_desk(s)
    counter = [0]
    src = tmp_path / "src"
    src.mkdir()

    def write(word: str) -> Path:
        p = src / f"{word}.txt"
        p.write_text(f"exhibit text {word}\n")
        return p

    @settings(max_examples=100, deadline=None)
    @given(ops)
    def run(sequence: list[tuple]) -> None:
        mine: list[str] = []
        texts: dict[str, list[str]] = {}
        gone: set[str] = set()
        for op in sequence:
            if op[0] == "add":
                counter[0] += 1
                word = f"exh{counter[0]:05d}r01"
                xid = desk.import_file(write(word), Channel.parse(op[1]), label=f"C-{counter[0]}").created_id or ""
                mine.append(xid)
                texts[xid] = [word]
            elif op[0] == "revise" and mine:
                xid = mine[op[1] % len(mine)]
                if xid in gone:
                    continue
                word = f"{texts[xid][0][:8]}r{len(texts[xid]) + 1:02d}"
                desk.revise(xid, write(word))
                texts[xid].append(word)
            elif op[0] == "disclose" and mine:
                with contextlib.suppress(NotAllowed, InvalidInput):
                    desk.disclose(mine[op[1] % len(mine)], Audience.parse(op[2]), op[3], source=op[4])
            elif op[0] == "revoke" and mine:
                live = [d for d in s.disclosures_of(mine[op[1] % len(mine)]) if d.in_force]
                if live:
                    s.revoke_disclosure(live[0].id)
            elif op[0] == "delete" and mine:
                xid = mine[op[1] % len(mine)]
                if xid not in gone:
                    desk.delete(xid)
                    gone.add(xid)
        for aud in AUDIENCES:
            listed = {x.id: x for x in desk.visible(aud)}
            for xid in mine:
                if xid in gone:
                    assert xid not in listed
                    assert not any(h.item_id == xid for w in texts[xid] for h in s.search(w, aud))
                    continue
                x = desk.exhibit(xid)
                ds = s.disclosures_of(xid)
                core = is_visible(x.channel, aud, disclosed_audiences(ds))
                assert (xid in listed) == core, (x.channel, aud)
                expected = len(texts[xid]) if is_visible(x.channel, aud) else shown_revision(ds, aud)
                if core:
                    assert listed[xid].revision == expected
                    assert desk.read_bytes(xid, aud)[1] == f"exhibit text {texts[xid][expected - 1]}\n".encode()
                else:
                    with contextlib.suppress(InvalidInput):
                        desk.read_bytes(xid, aud)
                        raise AssertionError(f"{xid} of {x.channel} read by {aud}")
                for number, word in enumerate(texts[xid], start=1):
                    found = xid in {h.item_id for h in s.search(word, aud)}
                    assert found == (core and number == expected), (x.channel, aud, number, expected)

    try:
        run()
    finally:
        s.close()
