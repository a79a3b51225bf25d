"""The demo case's process record (issue 16): the agreement to mediate, the mediator's declaration with
every party's acknowledgement, the authorities to settle, and who was in the room at each session,
from resources/demo/process_en.json (app/demo.py's `write_closed_demo` plays its closing)."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from typing import Any

from iomed_desk.app import process_record as pr
from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.process_record import AttendeeSpec
from iomed_desk.core.channels import Channel
from iomed_desk.core.process import Role

PROCESS = "process_en.json"
Script = dict[str, Any]


def load_process() -> Script:
    text = resources.files("iomed_desk.resources").joinpath("demo", PROCESS).read_text(encoding="utf-8")
    return json.loads(text)


def record_opening(session: CaseSession, parties: dict[str, str], process: Script) -> None:
    """What the mediator records at opening, before the first session."""
    a = process["agreement_to_mediate"]
    pr.record_agreement_to_mediate(session, a["manner"], institution_rules=a["institution_rules"],
                                   confidentiality=a["confidentiality"], fees=a["fees"])
    for mediator in session.case.mediators:
        pr.record_declaration(session, mediator.id, process["declaration"])
    for d in pr.declarations(session):
        for party in session.case.parties:
            pr.acknowledge_declaration(session, d.id, party.id)
    for auth in process["authorities"]:
        pr.record_authority(session, parties[auth["party"]], auth["representative"], auth["instrument"],
                            date.fromisoformat(auth["dated"]), auth.get("limits", ""))


def attendees(session: CaseSession, channel: Channel, parties: dict[str, str], process: Script) -> list[AttendeeSpec]:
    """The mediators; in a caucus that party's representatives and counsel; in a joint session every
    party's, with the interpreter and the observer."""
    counsel = {parties[k]: name for k, name in process.get("counsel", {}).items()}
    here = [AttendeeSpec(m.name, Role.MEDIATOR) for m in session.case.mediators]
    for party in session.case.parties:
        if channel.kind == "joint" or channel.party_id == party.id:
            here += [AttendeeSpec(r, Role.REPRESENTATIVE, party.id) for r in party.representatives]
            if party.id in counsel:
                here.append(AttendeeSpec(counsel[party.id], Role.COUNSEL, party.id, undertaking=True))
    if channel.kind == "joint":
        here += [AttendeeSpec(p["name"], Role(p["role"]), language=p.get("language", ""),
                              undertaking=p.get("undertaking")) for p in process.get("joint_attendees", [])]
    return here


def start(session: CaseSession, channel: Channel, parties: dict[str, str], process: Script) -> None:
    pr.start_session(session, channel, attendees(session, channel, parties, process))


def leave(session: CaseSession) -> None:
    """Everyone still in the room leaves as the session ends."""
    running = session.running_session()
    if running is None:
        return
    for a in pr.attendance(session, running.id):
        if a.departed_at is None:
            pr.record_departure(session, a.id)

