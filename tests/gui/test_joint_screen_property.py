"""Property: whatever the mediator does (disclose, revoke, start and end sessions, put joint notes on the screen),
the joint screen shows exactly what its audience may see, and no marker of anything else."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import NotAllowed
from tests.gui.workspace_fixtures import mark, texts_of

pytest_plugins = ("tests.gui.workspace_fixtures",)

NOTES = ("joint_a", "joint_b", "p1", "p2", "p3", "mediator")
TARGETS = ("joint", "party:p1", "party:p2", "party:p3")

operations = st.one_of(
    st.tuples(st.just("disclose"), st.sampled_from(("p1", "p2", "p3", "mediator")), st.sampled_from(TARGETS)),
    st.tuples(st.just("revoke"), st.sampled_from(("p1", "p2", "p3", "mediator"))),
    st.tuples(st.just("caucus"), st.sampled_from(("p1", "p2", "p3"))),
    st.tuples(st.just("joint")),
    st.tuples(st.just("end")),
    st.tuples(st.just("toggle"), st.sampled_from(("joint_a", "joint_b"))),
)


def _expected(session: CaseSession, audience: Audience, ids: dict[str, str]) -> set[str]:
    """The rule, written out again: joint notes marked for the screen, and items disclosed to the audience or all."""
    targets: dict[str, set[Audience]] = {}
    for d in session.all_disclosures():
        if d.in_force:
            targets.setdefault(d.item_id, set()).add(d.target)
    shown = set()
    for name, note_id in ids.items():
        note = session.note(note_id)
        if (note.channel.kind == "joint" and note.on_joint_screen) or (
                targets.get(note_id, set()) & {audience, Audience.joint()}):
            shown.add(name)
    return shown


def _apply(ws, session: CaseSession, ids: dict[str, str], op: tuple) -> None:  # type: ignore[no-untyped-def,type-arg]
    kind = op[0]
    if kind == "disclose":
        note = session.note(ids[op[1]])
        # a notebook item is disclosed as coming from p1, with p1's consent
        source = "p1" if note.channel.kind == "mediator" else None
        who = f"party:{source or note.channel.party_id}"
        with contextlib.suppress(NotAllowed):  # already disclosed there, or to all parties
            ws.apply_change(session.disclose(note.id, Audience.parse(op[2]), [who], source=source))
    elif kind == "revoke":
        live = [d for d in session.disclosures_of(ids[op[1]]) if d.in_force]
        if live:
            ws.apply_change(session.revoke_disclosure(live[0].id))
    elif kind == "caucus":
        ws.start_session(Channel.party(op[1]))
    elif kind == "joint":
        ws.start_session(Channel.joint())
    elif kind == "end":
        if session.running_session() is not None:
            ws.end_session()
    else:
        note = session.note(ids[op[1]])
        ws.apply_change(session.edit_note(note.id, on_joint_screen=not note.on_joint_screen))


def test_the_joint_screen_follows_the_rules_under_any_sequence(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    ids: dict[str, str] = {}
    markers: dict[str, str] = {}
    for name in NOTES:
        channel = Channel.parse("joint" if name.startswith("joint") else
                                "mediator" if name == "mediator" else f"party:{name}")
        markers[name] = mark(name)
        ids[name] = session.take_note(channel, markers[name], mark("body") + " " + markers[name],
                                      on_joint_screen=name == "joint_a").created_id or ""
    ws = workspace_factory(session)
    ws.menu_actions()["view.joint_screen"].trigger()
    screen = ws.joint_screen

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(operations, min_size=1, max_size=10))
    def run(ops: list[tuple]) -> None:  # type: ignore[type-arg]
        for op in ops:
            _apply(ws, session, ids, op)
            running = session.running_session()
            audience = (Audience.party(running.channel.party_id or "") if running and running.channel.kind == "party"
                        else Audience.joint())
            assert screen.audience == audience
            expected = _expected(session, audience, ids)
            assert {n for n, i in ids.items() if i in screen.shown_ids} == expected, op
            text = "\n".join(texts_of(screen))
            for name, marker in markers.items():
                assert (marker in text) == (name in expected), (name, op, str(audience))

    run()
