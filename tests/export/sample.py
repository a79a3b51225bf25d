"""A realistic bilingual agreement for export tests and the benchmark.

`sample_agreement` is the canonical agreement (what is signed and embedded);
`sample_document` is what the renderer draws from it.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

from iomed_desk.core.canonical_agreement import AgreedClause, AgreedParty, CanonicalAgreement
from iomed_desk.export.canonical import document_for
from iomed_desk.export.document import AgreementDocument

EXPORT_TIME = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)

_CLAUSES = [
    (
        {"en": "Definitions", "zh-Hans": "定义"},
        {
            "en": "In this Agreement, \"Facility\" means the liquefied natural gas terminal at "
            "Port Meridian described in Annex A, and \"Effective Date\" means the date on which "
            "the last party signs this Agreement.",
            "zh-Hans": "在本协议中，“设施”指附件A所述位于子午港的液化天然气接收站；"
            "“生效日期”指最后一方签署本协议之日。",
        },
    ),
    (
        {"en": "Settlement payment", "zh-Hans": "和解款项"},
        {
            "en": "Within thirty (30) days after the Effective Date, Harbour Energy Holdings Ltd "
            "shall pay to the Republic of Eastland the sum of USD 27.5m in full and final "
            "settlement of all claims arising from the Concession Agreement of 14 May 2011.\n\n"
            "Payment shall be made by wire transfer to the account designated in writing by the "
            "Ministry of Finance of the Republic of Eastland.",
            "zh-Hans": "哈伯能源控股有限公司应于生效日期后三十（30）日内，向东方共和国支付"
            "2750万美元，作为就2011年5月14日《特许协议》所产生的全部索赔的最终和解。\n\n"
            "款项应电汇至东方共和国财政部书面指定的账户。",
        },
    ),
    (
        {"en": "Withdrawal of proceedings", "zh-Hans": "撤回程序"},
        {
            "en": "Within ten (10) days after receipt of the settlement payment, the parties "
            "shall jointly request the discontinuance of ICSID Case No. ARB/24/7 & all related "
            "proceedings <with prejudice>.",
            "zh-Hans": "收到和解款项后十（10）日内，各方应共同请求终止解决投资争端国际中心"
            "第ARB/24/7号案件及所有相关程序，且不得再行提起。",
        },
    ),
    (
        {"en": "Confidentiality", "zh-Hans": "保密"},
        {
            "en": "The terms of this Agreement are confidential, save as required by law or for "
            "its enforcement under the Singapore Convention on Mediation.",
            "zh-Hans": "本协议条款应予保密，但法律要求或依据《新加坡调解公约》执行本协议所需者除外。",
        },
    ),
]


def sample_agreement(
    clauses: int = 4,
    languages: tuple[str, ...] = ("en", "zh-Hans"),
    modes: tuple[str, ...] = ("digital", "digital", "digital"),
    replace_text: tuple[str, str] | None = None,
) -> CanonicalAgreement:
    """Three parties, one mediator; `clauses` cycles through the four texts above.

    `replace_text` = (old, new) changes every body that contains `old`: how a
    forger's agreement is made.
    """
    made = []
    for i in range(clauses):
        headings, bodies = _CLAUSES[i % len(_CLAUSES)]
        if replace_text is not None:
            bodies = {k: v.replace(*replace_text) for k, v in bodies.items()}
        made.append(AgreedClause(tuple((k, headings[k]) for k in languages),
                                 tuple((k, bodies[k]) for k in languages)))
    recitals = [
        {"en": "The Republic of Eastland and Harbour Energy Holdings Ltd are parties to a "
               "concession for the Facility; Meridian Port Authority operates the port.",
         "zh-Hans": "东方共和国与哈伯能源控股有限公司为该设施特许协议的当事方；子午港务局负责运营该港口。"},
        {"en": "The parties referred their dispute to mediation under the IOMed Mediation Rules.",
         "zh-Hans": "各方已依据国际调解院调解规则将争议提交调解。"},
    ]
    people = (("Republic of Eastland", ("H.E. Amara Okafor", "Li Wei 李伟"), "state"),
              ("Harbour Energy Holdings Ltd", ("Jonathan Reyes",), "company"),
              ("Meridian Port Authority", ("陈静 Chen Jing",), "state-entity"))
    return CanonicalAgreement(
        case_reference="IOMed-2026-0142",
        title="Settlement Agreement concerning the Port Meridian LNG Terminal",
        place="Hong Kong",
        date=date(2026, 3, 2),
        languages=languages,
        mediators=("Dr. Sofia Lindqvist",),
        parties=tuple(AgreedParty(name, kind, reps, mode)  # type: ignore[arg-type]
                      for (name, reps, kind), mode in zip(people, modes, strict=True)),
        recitals=tuple(tuple((k, r[k]) for k in languages) for r in recitals),
        clauses=tuple(made),
        audit_head=hashlib.sha256(b"audit head").hexdigest(),
    )


def sample_document(
    clauses: int = 4,
    languages: tuple[str, ...] = ("en", "zh-Hans"),
    modes: tuple[str, ...] = ("digital", "digital", "digital"),
) -> AgreementDocument:
    """The document the renderer draws for `sample_agreement`."""
    return document_for(sample_agreement(clauses, languages, modes))
