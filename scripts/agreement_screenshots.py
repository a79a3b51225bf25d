"""Draw exported agreements page by page: `python scripts/agreement_screenshots.py docs/screenshots`
(also `make screenshots`).

Two three-party cases are played through the app layer as a mediator's would be: a new case, the
signatories recorded, a draft from the standard templates with every blank written in, the version
tabled to all parties, accepted clause by clause by each, concluded, exported with its signing
ceremony (`export_with_record`) and, where a party signs on paper, attested afterwards
(`attest_export`):

(a) English and Traditional Chinese, seat Hong Kong (Asia/Hong_Kong): the first party signs by two
    signatories (one on a certificate issued in the room, one with her own PKCS#12 file), the second
    on an in-room certificate, the third on paper; then the mediator attests.
(b) Simplified Chinese only, seat 香港: every party signs digitally, two on in-room certificates and
    one with its own PKCS#12 file; the mediator's attestation locks it at once.

Every page of each final PDF is drawn by poppler's `pdftoppm -r 80` as
agreement-bilingual-3party-p<N>.png and agreement-zh-Hans-3party-p<N>.png, and each case's
take-home signing record (the first party's copy) as signing-record-<languages>.png. Keys, case
files and PDFs live in a temporary folder that is removed afterwards; the signing time is this
computer's clock, so the pages carry the day they were drawn.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PASSPHRASE = "screenshot-case-2026"
PIN = "2468"


@dataclass(frozen=True)
class PartySpec:
    name: str
    kind: str
    representatives: tuple[str, ...]
    #: (name, capacity, authority) of each signatory
    signatories: tuple[tuple[str, str, str], ...]
    #: one per signatory: "room" (certificate issued in the room), "pkcs12" (their own file), "paper"
    keys: tuple[str, ...]
    #: one per signatory: (identity document, its number as shown, instrument, detail)
    checks: tuple[tuple[str, str, str, str], ...] = ()


@dataclass(frozen=True)
class CaseSpec:
    slug: str
    reference: str
    title: str
    kind: str
    languages: tuple[str, ...]
    place: str
    time_zone: str
    mediator: str
    parties: tuple[PartySpec, ...]
    #: what the mediator wrote for each template blank, per language
    written: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    witness: str = ""


BILINGUAL = CaseSpec(
    slug="bilingual-3party", reference="IOMed/2026/031", title="Settlement Agreement — Kai Tak Terminal Works",
    kind="commercial", languages=("en", "zh-Hant"), place="Hong Kong", time_zone="Asia/Hong_Kong",
    mediator="Dr Margaret Lau 劉美嘉",
    parties=(
        PartySpec("Harbourfront Logistics Limited 海濱物流有限公司", "company",
                  ("Chan Mei-ling 陳美玲", "Robert Ho 何志明"),
                  (("Chan Mei-ling 陳美玲", "Director 董事", "Board resolution of 2 December 2026"),
                   ("Robert Ho 何志明", "Company Secretary 公司秘書", "Board resolution of 2 December 2026")),
                  ("room", "pkcs12"),
                  (("passport", "K12345678", "board-resolution", "2 December 2026"),
                   ("national-id", "Y7654321", "board-resolution", "2 December 2026"))),
        PartySpec("Kowloon Bay Terminals Limited 九龍灣碼頭有限公司", "company", ("Priya Raman",),
                  (("Priya Raman", "Chief Executive Officer 行政總裁", "Power of attorney of 30 November 2026"),),
                  ("room",), (("passport", "P99887766", "power-of-attorney", "30 November 2026"),)),
        PartySpec("Pearl Delta Engineering Co. 珠三角工程公司", "company", ("Wong Ka-fai 黃家輝",),
                  (("Wong Ka-fai 黃家輝", "Managing Partner 管理合夥人", "Partnership deed, clause 9"),),
                  ("paper",), (("national-id", "A1234563", "other", "partnership deed, clause 9"),)),
    ),
    written={
        "en": {"[Party]": "Harbourfront Logistics Limited",
               "[describe the obligation]": "return to Kowloon Bay Terminals Limited the twelve crane spreaders "
                                            "it holds at Berth 3, in the condition recorded in the joint survey of "
                                            "4 December 2026,",
               "[date]": "31 January 2027",
               "[paying Party]": "Pearl Delta Engineering Co.",
               "[receiving Party]": "Kowloon Bay Terminals Limited",
               "{currency}": "HKD", "{amount}": "27,500,000", "{payment_days}": "30",
               "{seat}": "Hong Kong", "{governing_law}": "the Hong Kong Special Administrative Region"},
        "zh-Hant": {"[一方]": "海濱物流有限公司",
                    "[說明義務]": "按2026年12月4日聯合檢驗所記錄的狀況，向九龍灣碼頭有限公司交還其存放於三號泊位的十二台吊具",
                    "[日期]": "2027年1月31日",
                    "[付款一方]": "珠三角工程公司", "[收款一方]": "九龍灣碼頭有限公司",
                    "{currency}": "港幣", "{amount}": "27,500,000元", "{payment_days}": "30",
                    "{seat}": "香港", "{governing_law}": "香港特別行政區"},
    },
    witness="Ms Ann Lee",
)

ZH_HANS = CaseSpec(
    slug="zh-Hans-3party", reference="IOMed/2026/047", title="和解协议——前海储能项目",
    kind="commercial", languages=("zh-Hans",), place="香港", time_zone="Asia/Hong_Kong",
    mediator="刘思远",
    parties=(
        PartySpec("深圳南山新能源科技有限公司", "company", ("王建国",),
                  (("王建国", "法定代表人、董事长", "公司章程第十八条"),), ("room",),
                  (("national-id", "440305197001011234", "board-resolution", "2026年12月1日董事会决议"),)),
        PartySpec("广东粤海建设集团有限公司", "state-entity", ("陈静",),
                  (("陈静", "总经理", "2026年11月28日授权委托书"),), ("pkcs12",),
                  (("national-id", "440104198203155678", "power-of-attorney", "2026年11月28日"),)),
        PartySpec("李晓东", "individual", ("李晓东",),
                  (("李晓东", "本人", "本人签署"),), ("room",),
                  (("passport", "E12345678", "other", "本人签署"),)),
    ),
    written={
        "zh-Hans": {"[一方]": "广东粤海建设集团有限公司",
                    "[说明义务]": "向深圳南山新能源科技有限公司移交前海储能项目二期工程全部竣工资料",
                    "[日期]": "2027年2月28日",
                    "[付款一方]": "深圳南山新能源科技有限公司", "[收款一方]": "李晓东",
                    "{currency}": "人民币", "{amount}": "3,800,000元", "{payment_days}": "15",
                    "{seat}": "香港", "{governing_law}": "香港特别行政区"},
    },
)

CASES = (BILINGUAL, ZH_HANS)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python scripts/agreement_screenshots.py OUTPUT_FOLDER", file=sys.stderr)
        return 2
    missing = [t for t in ("pdftoppm", "pdfinfo") if shutil.which(t) is None]
    if missing:
        print(f"{', '.join(missing)} not found (Debian: poppler-utils): agreement pages not drawn", file=sys.stderr)
        return 1
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    with tempfile.TemporaryDirectory(prefix="iomed-agreements-") as tmp:
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        for spec in CASES:
            made = make_agreement(spec, Path(tmp) / spec.slug)
            for path in draw(spec, made, out):
                print(f"wrote {path}")
    return 0


@dataclass(frozen=True)
class Made:
    """What one case's ceremony left: the final PDF and the take-home records."""

    pdf: Path
    records: tuple[Path, ...]
    trust_pem: Path


def make_agreement(spec: CaseSpec, folder: Path) -> Made:
    """Play `spec` into a new case file in `folder` and export its agreement, attested."""
    from iomed_desk.app.case_settings import set_signatories
    from iomed_desk.app.export import attest_export, export_with_record
    from iomed_desk.app.opening import NewCase, NewParty, create_case
    from iomed_desk.app.signing import (
        create_mediator_identity,
        issued_party_signer,
        mediator_signer,
        open_mediator_identity,
        party_file_signer,
    )
    from iomed_desk.core.ceremony import AuthorityCheck, Checks, IdentityCheck
    from iomed_desk.core.model import CaseKind, PartyKind, Signatory
    from iomed_desk.export.identity import new_identity

    folder.mkdir(parents=True)
    session = create_case(folder / "case.iomed", PASSPHRASE, NewCase(
        reference=spec.reference, title=spec.title, kind=CaseKind(spec.kind), mediators=(spec.mediator,),
        parties=tuple(NewParty(p.name, PartyKind(p.kind), p.representatives) for p in spec.parties),
        languages=spec.languages, place=spec.place, time_zone=spec.time_zone))
    try:
        for party, p in zip(session.case.parties, spec.parties, strict=True):
            set_signatories(session, party.id, [Signatory(*s) for s in p.signatories])
        conclude_from_templates(session, spec)

        identity_file = folder / "mediator.p12"
        _identity, trust_pem = create_mediator_identity(identity_file, spec.mediator, PASSPHRASE,
                                                        organisation="IOMed")
        mediator = open_mediator_identity(identity_file, PASSPHRASE)
        signers: dict[str, list] = {}
        checks = {}
        for party, p in zip(session.case.parties, spec.parties, strict=True):
            for j, ((name, _capacity, _authority), key) in enumerate(zip(p.signatories, p.keys, strict=True)):
                if p.checks:
                    document, number, instrument, detail = p.checks[j]
                    checks[(party.id, j)] = Checks(IdentityCheck.from_number(document, number),
                                                   AuthorityCheck(instrument, detail))  # type: ignore[arg-type]
                if key == "paper":
                    continue
                if key == "room":
                    signer = issued_party_signer(mediator, name, PIN, organisation=party.name)
                else:
                    own = folder / f"own-{party.id}-{j}.p12"
                    own.write_bytes(new_identity(name, organisation=party.name).to_pkcs12(PASSPHRASE))
                    signer = party_file_signer(own, PASSPHRASE)
                signers.setdefault(party.id, []).append(signer)
        pdf = folder / "agreement.pdf"
        result = export_with_record(session, pdf, mediator_signer(mediator), signers, checks=checks)
        if result.awaiting_paper:
            paper = {party.id: spec.witness for party, p in zip(session.case.parties, spec.parties, strict=True)
                     if "paper" in p.keys}
            final = folder / "agreement-final.pdf"
            result = attest_export(session, pdf, final, mediator_signer(mediator), paper)
            pdf = final
        return Made(pdf, result.records, trust_pem)
    finally:
        session.close()


def conclude_from_templates(session, spec: CaseSpec) -> None:  # type: ignore[no-untyped-def]
    """A draft from the standard clauses, every blank written in (placeholders block conclusion), saved,
    tabled to all parties, accepted by each party clause by clause, and concluded."""
    from iomed_desk.core.channels import Audience
    from iomed_desk.core.drafting import Clause
    from iomed_desk.core.text_rules import placeholders_in

    desk = session.drafting
    draft = desk.new_draft(spec.title).created_id
    clauses = []
    for clause in desk.working_clauses(draft):
        clauses.append(Clause(clause.id, tuple((lg, _written(t, spec.written.get(lg, {}))) for lg, t in clause.heading),
                              tuple((lg, _written(t, spec.written.get(lg, {}))) for lg, t in clause.body)))
    left = [m for c in clauses for _lg, t in (*c.heading, *c.body) for m in placeholders_in(t)]
    if left:
        raise SystemExit(f"{spec.slug}: blanks left unwritten: {sorted(set(left))}")
    desk.save_working(draft, clauses)
    number = int(desk.save_version(draft, "Text as agreed in the joint session").created_id)
    desk.table(draft, number, Audience.joint())
    for party in session.case.parties:
        desk.accept_remaining(draft, number, party.id)
    desk.conclude(draft, number)


def _written(text: str, values: Mapping[str, str]) -> str:
    for marker, value in values.items():
        text = text.replace(marker, value)
    return text


def draw(spec: CaseSpec, made: Made, out: Path) -> list[Path]:
    """Every page of the agreement, then the first party's signing record, as PNGs in `out`."""
    for old in out.glob(f"agreement-{spec.slug}-p*.png"):
        old.unlink()
    written = []
    for number in range(1, page_count(made.pdf) + 1):
        written.append(_page_png(made.pdf, number, out / f"agreement-{spec.slug}-p{number}.png"))
    record = next(p for p in made.records if ".record-" in p.name and not p.name.endswith("-mediator.pdf"))
    written.append(_page_png(record, 1, out / f"signing-record-{'-'.join(spec.languages)}.png"))
    return written


def _page_png(pdf: Path, number: int, target: Path) -> Path:
    stem = pdf.with_name(f"{pdf.stem}-page-{number}")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(number), "-l", str(number), "-singlefile",
                    str(pdf), str(stem)], check=True)
    shutil.move(f"{stem}.png", target)
    return target


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
