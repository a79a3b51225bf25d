"""The joint screen shows only what its audience may see: every channel is filled with unique markers,
and after each step no marker of a note the audience may not see is anywhere in the screen's widgets."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from iomed_desk.app.case_session import CaseSession
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.errors import FirewallViolation
from iomed_desk.gui import joint_screen, messages
from iomed_desk.gui.joint_screen import JointScreen
from tests.gui.process_helpers import accept_attendance
from tests.gui.workspace_fixtures import mark, texts_of

pytest_plugins = ("tests.gui.workspace_fixtures",)


@dataclass
class Filled:
    """Two marked notes in every channel (one joint note on the screen), by name."""

    ids: dict[str, str] = field(default_factory=dict)
    markers: dict[str, tuple[str, str]] = field(default_factory=dict)

    def add(self, session: CaseSession, name: str, channel: Channel, **kwargs: bool) -> None:
        title, body = mark(f"{name}t"), mark(f"{name}b")
        self.ids[name] = session.take_note(channel, title, f"Some words.\n\n- {body}\n", **kwargs).created_id or ""
        self.markers[name] = (title, body)


def fill(session: CaseSession) -> Filled:
    filled = Filled()
    filled.add(session, "joint_on", Channel.joint(), on_joint_screen=True)
    filled.add(session, "joint_off", Channel.joint())
    for party in session.case.parties:
        filled.add(session, f"{party.id}a", party.channel)
        filled.add(session, f"{party.id}b", party.channel)
    filled.add(session, "mediator", Channel.mediator())
    return filled


def check_screen(screen: JointScreen, filled: Filled, allowed: set[str]) -> None:
    """Allowed notes are on the screen; no marker of any other note is in any of its widgets."""
    text = "\n".join(texts_of(screen))
    for name, markers in filled.markers.items():
        for marker in markers:
            if name in allowed:
                assert marker in text, f"{name} should be on the screen"
            else:
                assert marker not in text, f"{name} leaked to the joint screen ({screen.audience})"
    assert set(screen.shown_ids) == {filled.ids[n] for n in allowed}


def _disclose(ws, filled: Filled, name: str, target: Audience, consents: list[str],  # type: ignore[no-untyped-def]
              source: str | None = None) -> None:
    note_id = filled.ids[name]
    note = ws._session.note(note_id)
    assert ws.navigate(str(note.channel), note_id)
    dialog = ws.disclose_note()
    if source is not None:  # a notebook note: the mediator says whose information it holds
        dialog.choose_source(source)
    dialog.choose_target(target)
    for who in consents:
        dialog.consent_boxes[who].click()
    assert dialog.try_disclose()


def _revoke(ws, filled: Filled, name: str) -> None:  # type: ignore[no-untyped-def]
    note_id = filled.ids[name]
    assert ws.navigate(str(ws._session.note(note_id).channel), note_id)
    dialog = ws.disclose_note()
    dialog.history.setCurrentItem(dialog.history.topLevelItem(0))
    messages.set_next_answer(messages.Button.Yes)
    dialog.revoke_button.click()
    dialog.reject()


def test_the_joint_screen_never_shows_another_channel(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    filled = fill(session)
    ws = workspace_factory(session)
    p1, p2, p3 = session.case.parties
    action = ws.menu_actions()["view.joint_screen"]
    action.trigger()
    screen = ws.joint_screen
    assert screen is not None and screen.isVisible() and screen.isWindow()
    assert screen.audience == Audience.joint()
    assert screen.subheading.text() == "Joint session — all parties"
    check_screen(screen, filled, {"joint_on"})

    _disclose(ws, filled, "p1a", Audience.joint(), ["party:p1"])  # live: the workspace refreshes the screen
    check_screen(screen, filled, {"joint_on", "p1a"})
    assert f"Disclosed from the caucus with {p1.name} with the consent of {p1.name}" in "\n".join(texts_of(screen))

    _disclose(ws, filled, "p2a", Audience.party(p3.id), ["party:p2"])
    _disclose(ws, filled, "mediator", Audience.party(p2.id), ["party:p1"], source=p1.id)  # p1's words, p1 consents
    check_screen(screen, filled, {"joint_on", "p1a"})

    ws.menu_actions()["session.caucus"].menu().actions()[2].trigger()  # caucus with p3: the room is p3
    accept_attendance(qtbot)
    assert screen.audience == Audience.party(p3.id)
    assert screen.subheading.text() == f"Caucus — {p3.name}"
    check_screen(screen, filled, {"joint_on", "p1a", "p2a"})

    ws.menu_actions()["session.caucus"].menu().actions()[1].trigger()  # caucus with p2
    accept_attendance(qtbot)
    assert screen.audience == Audience.party(p2.id)
    check_screen(screen, filled, {"joint_on", "p1a", "mediator"})
    assert "Disclosed from the mediator's notes" in "\n".join(texts_of(screen))

    _revoke(ws, filled, "p1a")
    check_screen(screen, filled, {"joint_on", "mediator"})

    ws.menu_actions()["session.end"].trigger()
    assert screen.audience == Audience.joint()
    check_screen(screen, filled, {"joint_on"})

    assert ws.navigate("joint", filled.ids["joint_off"])
    ws.notes.editor.joint_screen_box.click()  # the mediator puts a joint note on the screen
    check_screen(screen, filled, {"joint_on", "joint_off"})

    ws.prepare_lock()
    assert not screen.isVisible()
    assert not any(m in t for t in texts_of(screen) for ms in filled.markers.values() for m in ms)


def test_the_screen_draws_nothing_the_rules_do_not_allow_and_blanks_on_a_violation(
        qtbot, case_factory, workspace_factory, monkeypatch) -> None:
    session = case_factory()
    filled = fill(session)
    ws = workspace_factory(session)
    ws.menu_actions()["view.joint_screen"].trigger()
    screen = ws.joint_screen
    check_screen(screen, filled, {"joint_on"})
    leaked = session.note(filled.ids["p1a"])
    shown = session.note(filled.ids["joint_on"])
    monkeypatch.setattr(session, "visible_notes", lambda audience: [shown, leaked])  # a broken query
    screen.refresh()
    check_screen(screen, filled, {"joint_on"})  # a caucus note without a disclosure is never drawn

    def violation(audience: Audience) -> list:  # type: ignore[type-arg]
        raise FirewallViolation("an item of channel party:p1 reached audience joint")

    monkeypatch.setattr(session, "visible_notes", violation)
    with pytest.raises(FirewallViolation):
        screen.refresh()
    assert screen.shown_ids == [] and screen.view.toPlainText() == ""
    assert not any(m in t for t in texts_of(screen) for ms in filled.markers.values() for m in ms)


def test_closing_the_screen_unchecks_the_action_and_a_display_makes_it_full_screen(
        qtbot, case_factory, workspace_factory, monkeypatch) -> None:
    session = case_factory()
    fill(session)
    ws = workspace_factory(session)
    action = ws.menu_actions()["view.joint_screen"]
    action.trigger()
    screen = ws.joint_screen
    assert action.isChecked() and not screen.isFullScreen()  # one display: a window beside the main one
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.isVisible() and not action.isChecked() and screen.view.toPlainText() == ""

    display = QGuiApplication.primaryScreen()
    monkeypatch.setattr(joint_screen, "choose_display", lambda screens, wanted, main: display)
    action.trigger()
    assert screen.isVisible() and screen.windowState() & Qt.WindowState.WindowFullScreen
    assert screen.screen() is display
    action.trigger()
    assert not screen.isVisible()


class _Display:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


def test_the_display_chosen_for_the_screen() -> None:
    laptop, projector, wall = _Display("eDP-1"), _Display("HDMI-1"), _Display("DP-2")
    choose = joint_screen.choose_display
    assert choose([laptop], "", laptop) is None
    assert choose([laptop], "eDP-1", laptop) is laptop  # chosen explicitly: full screen even there
    assert choose([laptop, projector], "", laptop) is projector
    assert choose([laptop, projector, wall], "DP-2", laptop) is wall
    assert choose([laptop, projector], "gone", laptop) is projector


def test_tabled_text_reaches_only_the_audience_it_was_tabled_to(qtbot, case_factory, workspace_factory) -> None:
    session = case_factory()
    filled = fill(session)
    p2 = session.case.parties[1]
    desk = session.drafting
    draft_id = desk.new_draft("Settlement agreement").created_id or ""
    clauses = desk.working_clauses(draft_id)
    secret = mark("clause")
    desk.save_working(draft_id, [clauses[0].with_text("en", body=secret), *clauses[1:]])
    desk.save_version(draft_id)
    ws = workspace_factory(session)
    ws.menu_actions()["view.joint_screen"].trigger()
    screen = ws.joint_screen

    ws.apply_change(desk.table(draft_id, 1, Audience.party(p2.id)))  # tabled in caucus with p2 only
    check_screen(screen, filled, {"joint_on"})
    assert secret not in "\n".join(texts_of(screen))
    ws.menu_actions()["session.caucus"].menu().actions()[1].trigger()
    accept_attendance(qtbot)
    text = "\n".join(texts_of(screen))
    assert secret in text and f"Version 1, tabled to {p2.name}" in text
    assert set(screen.shown_ids) == {filled.ids["joint_on"], desk.tablings(Audience.party(p2.id))[0].id}
    ws.menu_actions()["session.end"].trigger()
    assert secret not in "\n".join(texts_of(screen))

    ws.apply_change(desk.table(draft_id, 1, Audience.joint()))
    text = "\n".join(texts_of(screen))
    assert secret in text and "Version 1, tabled to all parties" in text
    assert text.index("Settlement agreement") < text.index(filled.markers["joint_on"][0])  # the text comes first


def test_the_joint_screen_refuses_the_mediators_audience(qtbot, case_factory) -> None:
    session = case_factory()
    with pytest.raises(ValueError):
        JointScreen(session, Audience.mediator())
