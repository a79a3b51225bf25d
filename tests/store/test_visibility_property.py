"""The SQL filter and the core rule agree, for every item, audience and disclosure state, on a real case file."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from iomed_desk.app.opening import create_case
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import disclosed_audiences
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
    st.tuples(st.just("disclose"), st.integers(0, 50), st.sampled_from(["joint", *[f"party:{p}" for p in PARTIES]]),
              st.lists(st.sampled_from(CONSENTS), unique=True)),
    st.tuples(st.just("revoke"), st.integers(0, 50)),
), min_size=1, max_size=25)


def test_sql_filter_agrees_with_the_core_rule(tmp_path: Path) -> None:
    s = create_case(tmp_path / "prop.iomed", PASSPHRASE, new_case_spec(RuleSetName.CONSENT, parties=4))
    counter = [0]

    @settings(max_examples=60, deadline=None)
    @given(ops)
    def run(sequence: list[tuple]) -> None:
        mine: list[str] = []
        for op in sequence:
            if op[0] == "note":
                counter[0] += 1
                mine.append(s.take_note(Channel.parse(op[1]), f"t{counter[0]}", f"body{counter[0]}").created_id)
            elif op[0] == "disclose" and mine:
                with contextlib.suppress(NotAllowed):
                    s.disclose(mine[op[1] % len(mine)], Audience.parse(op[2]), op[3])
            elif op[0] == "revoke" and mine:
                live = [d for d in s.disclosures_of(mine[op[1] % len(mine)]) if d.in_force]
                if live:
                    s.revoke_disclosure(live[0].id)
        for aud in AUDIENCES:
            shown_sql = {n.id for n in s.visible_notes(aud)}
            for nid in mine:
                note = s.note(nid)
                core = is_visible(note.channel, aud, disclosed_audiences(s.disclosures_of(nid)))
                assert (nid in shown_sql) == core, (note.channel, aud)
                assert (nid in {h.item_id for h in s.search(note.body, aud)}) == core

    try:
        run()
    finally:
        s.close()
