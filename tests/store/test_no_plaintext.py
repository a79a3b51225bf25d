"""The case file holds none of the case's text in plaintext: not the file, not its -wal or -shm."""

from __future__ import annotations

from pathlib import Path

from iomed_desk.app import process_record
from iomed_desk.app.opening import NewCase, NewParty, create_case, unlock
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.model import CaseKind, PartyKind, RuleSetName, Signatory, Tag
from tests.conftest import PASSPHRASE

MARK = "QZXMARK"


def marker(field: str) -> str:
    return f"{MARK}{field}QZX"


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def scan(folder: Path) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for enc in encodings(MARK):
                if enc in data:
                    hits.append(path.name)
    return hits


def test_no_field_reaches_the_disk_in_plaintext(tmp_path: Path) -> None:
    path = tmp_path / "marked.iomed"
    spec = NewCase(reference=marker("ref"), title=marker("title"), kind=CaseKind.COMMERCIAL,
                   mediators=(marker("mediator"),), rule_set=RuleSetName.HONG_KONG, place=marker("place"),
                   time_zone="Asia/Hong_Kong",
                   parties=(NewParty(marker("partyA"), PartyKind.STATE, (marker("repA"),), signatories=(
                                Signatory(marker("repA"), marker("capacity"), marker("authority")),)),
                            NewParty(marker("partyB"), PartyKind.COMPANY, (marker("repB"),))))
    s = create_case(path, PASSPHRASE, spec)
    # the agreement to mediate as recorded at opening (before any session), its terms marked too
    process_record.record_agreement_to_mediate(s, "paper", institution_rules=marker("rules"),
                                               confidentiality=marker("confidentiality"), fees=marker("fees"))
    s.start_session(Channel.party("p1"))
    nid = s.take_note(Channel.party("p1"), marker("noteTitle"), marker("noteBody") + " 机密" * 50,
                      {Tag.INTEREST}, speaker=marker("speaker")).created_id
    s.take_note(Channel.joint(), marker("jointTitle"), marker("jointBody"), on_joint_screen=True)
    s.take_note(Channel.mediator(), marker("mediatorTitle"), marker("mediatorBody"))
    s.edit_note(nid, body=marker("editedBody"))
    did = s.disclose(nid, Audience.joint(), ["party:p1", "party:p2", "mediator:m1", "speaker"],
                     given_by={"party:p1": marker("givenBy")}, note=marker("disclosureNote")).created_id
    s.revoke_disclosure(did, marker("revokeReason"))
    s.set_workspace_value("last_note", nid)
    assert s.search(MARK)  # the index holds them too
    # while open: the main file, the WAL and the shared-memory file
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm"))], "expected WAL files"
    assert scan(tmp_path) == []
    s.backup(tmp_path / "backup.iomed")
    s.change_passphrase(PASSPHRASE, "another long passphrase")
    assert scan(tmp_path) == []
    s.close()
    assert scan(tmp_path) == []
    again = unlock(path, "another long passphrase")
    try:
        assert again.note(nid).body == marker("editedBody")
    finally:
        again.close()
