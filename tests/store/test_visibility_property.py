"""The SQL filter and the core rule agree, for every item, audience and disclosure state, on a real case file."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from iomed_desk.app.opening import create_case
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import disclosed_audiences, shown_revision
from iomed_desk.core.errors import NotAllowed
from iomed_desk.core.firewall import is_visible
from iomed_desk.core.model import RuleSetName
from tests.conftest import PASSPHRASE, new_case_spec

PARTIES = ["p1", "p2", "p3", "p4"]
CHANNELS = ["joint", "mediator", *[f"party:{p}" for p in PARTIES]]
AUDIENCES = [Audience.mediator(), Audience.joint(), *[Audience.party(p) for p in PARTIES]]
CONSENTS = [f"party:{p}" for p in PARTIES] + ["mediator:m1"]

ops = st.lists(st.one_of(
    st.tuples(st.just("note"), st.sampled_from(CHANNELS)),
    st.tuples(st.just("edit"), st.integers(0, 50)),
    st.tuples(st.just("disclose"), st.integers(0, 50), st.sampled_from(["joint", *[f"party:{p}" for p in PARTIES]]),
              st.lists(st.sampled_from(CONSENTS), unique=True), st.sampled_from(["several", *PARTIES])),
    st.tuples(st.just("revoke"), st.integers(0, 50)),
), min_size=1, max_size=25)


def test_sql_filter_agrees_with_the_core_rule(tmp_path: Path) -> None:
    """Lists and search, per audience, against the core rule: which notes, and which revision of each."""
    s = create_case(tmp_path / "prop.iomed", PASSPHRASE, new_case_spec(RuleSetName.CONSENT, parties=4))
    counter = [0]

    @settings(max_examples=60, deadline=None)
    @given(ops)
    def run(sequence: list[tuple]) -> None:
        mine: list[str] = []
        texts: dict[str, list[str]] = {}  # note id -> the body of each revision, from 1
        for op in sequence:
            if op[0] == "note":
                counter[0] += 1
                body = f"note{counter[0]:05d}r01"
                nid = s.take_note(Channel.parse(op[1]), f"t{counter[0]}", body).created_id
                mine.append(nid)
                texts[nid] = [body]
            elif op[0] == "edit" and mine:
                nid = mine[op[1] % len(mine)]
                body = f"{texts[nid][0][:9]}r{len(texts[nid]) + 1:02d}"
                s.edit_note(nid, body=body)
                texts[nid].append(body)
            elif op[0] == "disclose" and mine:
                with contextlib.suppress(NotAllowed):
                    s.disclose(mine[op[1] % len(mine)], Audience.parse(op[2]), op[3], source=op[4])
            elif op[0] == "revoke" and mine:
                live = [d for d in s.disclosures_of(mine[op[1] % len(mine)]) if d.in_force]
                if live:
                    s.revoke_disclosure(live[0].id)
        for aud in AUDIENCES:
            shown_sql = {n.id: n for n in s.visible_notes(aud)}
            for nid in mine:
                note = s.note(nid)
                ds = s.disclosures_of(nid)
                core = is_visible(note.channel, aud, disclosed_audiences(ds))
                assert (nid in shown_sql) == core, (note.channel, aud)
                natural = is_visible(note.channel, aud)
                expected = len(texts[nid]) if natural else shown_revision(ds, aud)
                if core:
                    assert (shown_sql[nid].revision, shown_sql[nid].body) == (expected, texts[nid][expected - 1])
                    assert s.note(nid, aud).body == texts[nid][expected - 1]
                for number, body in enumerate(texts[nid], start=1):
                    found = nid in {h.item_id for h in s.search(body, aud)}
                    assert found == (core and number == expected), (note.channel, aud, number, expected)

    try:
        run()
    finally:
        s.close()
