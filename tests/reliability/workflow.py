"""A whole mediation, with a unique marker in every text field, through the CLI and the app layer.

`python -m tests.reliability.workflow FOLDER` with the markers as JSON on stdin.
Under the network audit hook (tests/reliability/hooked.py) in this process and
in every command it starts. The steps: `new` and `process agreement` (command line); notes, a joint
session and a caucus, search, a disclosure and its revocation, the single
text with two versions tabled in caucus and jointly, every party's positions,
the agreement concluded (app layer); lock (close) and unlock; then `info`,
`check`, `backup`, `passwd`, `identity new`, `identity cert`, `export` with an
in-room party certificate, and `verify` (command line). Writes a summary JSON
(ids and outcomes, no marker text) to FOLDER/summary.json.
"""

from __future__ import annotations

from tests.reliability import hooked

hooked.install()

import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from iomed_desk.app.opening import unlock  # noqa: E402
from iomed_desk.core.channels import Audience, Channel  # noqa: E402
from iomed_desk.core.drafting import Clause  # noqa: E402
from iomed_desk.core.model import Tag  # noqa: E402

FIELDS = (
    "reference", "title", "mediator", "party_a", "party_b", "party_c", "place",
    "joint_title", "joint_body", "joint_speaker", "caucus_title", "caucus_body", "caucus_speaker", "caucus_edit",
    "notebook_title", "notebook_body", "given_by", "disclosure_note", "revoke_reason", "workspace",
    "draft_name", "heading_en", "body_en", "heading_zh", "body_zh", "change_note", "change_note_2",
    "position_comment", "identity_name", "identity_org", "representative", "passphrase", "new_passphrase",
    "identity_passphrase", "pin", "atm_rules", "atm_confidentiality", "atm_fees",
)
#: fields whose text is meant to be in the exported agreement or the identity files
EXPORTED = ("reference", "title", "mediator", "party_a", "party_b", "party_c", "place", "draft_name", "heading_en",
            "body_en", "heading_zh", "body_zh", "identity_name", "identity_org", "representative")


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    out = subprocess.run([sys.executable, "-m", "tests.reliability.hooked", "iomed_desk", *args], input=stdin,
                         capture_output=True, text=True, timeout=300)
    if out.returncode != 0 or "Traceback" in out.stderr:
        raise SystemExit(f"iomed-desk {args[0]} failed ({out.returncode}): {out.stderr[-2000:]}")
    return out


def app_steps(case: Path, m: dict[str, str]) -> dict[str, object]:
    s = unlock(case, m["passphrase"])
    try:
        s.start_session(Channel.joint())
        s.take_note(Channel.joint(), m["joint_title"], m["joint_body"], {Tag.FACT}, speaker=m["joint_speaker"],
                    on_joint_screen=True)
        s.start_session(Channel.party("p1"))
        secret = s.take_note(Channel.party("p1"), m["caucus_title"], m["caucus_body"], {Tag.INTEREST},
                             speaker=m["caucus_speaker"]).created_id or ""
        s.edit_note(secret, body=m["caucus_body"] + " " + m["caucus_edit"])
        s.end_session()
        s.take_note(Channel.mediator(), m["notebook_title"], m["notebook_body"])
        hits = len(s.search(m["caucus_title"])) + len(s.search(m["joint_body"].split()[0]))
        d = s.disclose(secret, Audience.joint(), ["party:p1"], given_by={"party:p1": m["given_by"]},
                       note=m["disclosure_note"]).created_id or ""
        s.revoke_disclosure(d, m["revoke_reason"])
        s.set_workspace_value("workspace.note", m["workspace"])
        desk = s.drafting
        draft = desk.new_draft(m["draft_name"], from_templates=False).created_id or ""
        clauses = [Clause("c1", (("en", m["heading_en"]), ("zh-Hans", m["heading_zh"])),
                          (("en", m["body_en"]), ("zh-Hans", m["body_zh"]))),
                   Clause("c2", (("en", "Confidentiality"), ("zh-Hans", "保密")),
                          (("en", "The terms are confidential."), ("zh-Hans", "条款保密。")))]
        desk.save_working(draft, clauses)
        desk.save_version(draft, m["change_note"])
        desk.table(draft, 1, Audience.party("p1"))
        desk.record_position(draft, 1, "p1", "c1", "reserve", m["position_comment"])
        desk.save_working(draft, [clauses[1], clauses[0]])
        desk.save_version(draft, m["change_note_2"])
        desk.table(draft, 2, Audience.joint())
        for party in ("p1", "p2", "p3"):
            for clause in ("c1", "c2"):
                desk.record_position(draft, 2, party, clause, "accept", m["position_comment"])
        desk.conclude(draft, 2)
    finally:
        s.close()  # lock: the case closes, the key is wiped
    again = unlock(case, m["passphrase"])  # unlock
    try:
        assert again.search(m["caucus_title"])
        return {"hits": hits, "checked": again.check().ok}
    finally:
        again.close()


def main(folder: Path, m: dict[str, str]) -> dict[str, object]:
    case, backup = folder / "case.iomed", folder / "backup.iomed"
    p12, pem, pdf = folder / "mediator.p12", folder / "mediator.pem", folder / "agreement.pdf"
    exported_pem = folder / "mediator-exported.pem"  # `identity new` wrote mediator.pem (to trust) itself
    cli("new", str(case), "--reference", m["reference"], "--title", m["title"], "--kind", "commercial",
        "--mediator", m["mediator"], "--party", m["party_a"], "--party", m["party_b"], "--party", m["party_c"],
        "--place", m["place"], "--time-zone", "Asia/Hong_Kong", "--language", "en", "--language", "zh-Hans",
        "--passphrase-stdin",
        stdin=m["passphrase"] + "\n")
    # the agreement to mediate, signed on paper, recorded before the first session (as the mediator would)
    cli("process", "agreement", str(case), "--manner", "paper", "--institution-rules", m["atm_rules"],
        "--confidentiality", m["atm_confidentiality"], "--fees", m["atm_fees"], "--passphrase-stdin",
        stdin=m["passphrase"] + "\n")
    summary = app_steps(case, m)
    cli("info", str(case), "--passphrase-stdin", stdin=m["passphrase"] + "\n")
    cli("check", str(case), "--passphrase-stdin", stdin=m["passphrase"] + "\n")
    cli("backup", str(case), str(backup), "--passphrase-stdin", stdin=m["passphrase"] + "\n")
    cli("passwd", str(case), "--passphrase-stdin", stdin=f"{m['passphrase']}\n{m['new_passphrase']}\n")
    cli("identity", "new", str(p12), "--name", m["identity_name"], "--organisation", m["identity_org"],
        "--passphrase-stdin", stdin=m["identity_passphrase"] + "\n")
    cli("identity", "cert", str(p12), str(exported_pem), "--passphrase-stdin",
        stdin=m["identity_passphrase"] + "\n")
    cli("export", str(case), str(pdf), "--identity", str(p12), "--issue-party", f"p1={m['representative']}",
        "--passphrase-stdin", stdin=f"{m['new_passphrase']}\n{m['identity_passphrase']}\n{m['pin']}\n")
    # p2 and p3 sign on paper: the export awaits them, then the mediator attests (paper first).
    final = folder / "agreement-final.pdf"
    cli("attest", str(case), str(pdf), "--identity", str(p12), "--paper", f"p2=witnessed by {m['mediator']}",
        "--paper", f"p3=witnessed by {m['mediator']}", "--out", str(final), "--passphrase-stdin",
        stdin=f"{m['new_passphrase']}\n{m['identity_passphrase']}\n")
    verified = cli("verify", str(final), "--trust", str(pem)).returncode == 0
    records = sorted(p.name for p in folder.iterdir() if ".record" in p.name)
    return {**summary, "verified": verified,
            "exported": [pdf.name, final.name, p12.name, "mediator.issuing.p12", pem.name, exported_pem.name,
                         *records]}


if __name__ == "__main__":
    target = Path(sys.argv[1])
    result = main(target, json.loads(sys.stdin.read()))
    (target / "summary.json").write_text(json.dumps(result), encoding="utf-8")
