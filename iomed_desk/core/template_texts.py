"""The model clauses of a mediated settlement agreement, word for word, in English, Simplified and
Traditional Chinese: the data `core.templates` fills and offers (what the markers mean is said there)."""

from __future__ import annotations

from dataclasses import dataclass

from iomed_desk.core.drafting import Texts
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import LANGUAGES


@dataclass(frozen=True)
class ClauseTemplate:
    """One model clause in every supported language, with a drafting note for the mediator."""

    key: str
    heading: Texts
    body: Texts
    note: str = ""
    group: str = ""
    #: what tells this alternative from the others of its group, per language (for menus)
    variant: Texts = ()

    def text(self, lang: str) -> tuple[str, str]:
        heading, body = dict(self.heading), dict(self.body)
        if lang not in heading:
            raise InvalidInput(f"No template text in {LANGUAGES.get(lang, lang)}.")
        return heading[lang], body[lang]

    def menu_label(self, lang: str) -> str:
        """The heading in `lang`, and for an alternative what makes it one: "Languages — English prevails"."""
        heading = dict(self.heading).get(lang, self.key)
        variant = dict(self.variant).get(lang, "")
        return f"{heading} — {variant}" if variant else heading


_LANGS = ("en", "zh-Hans", "zh-Hant")


def _t(key: str, note: str, *texts: tuple[str, ...], group: str = "",
       variant: tuple[str, str, str] | None = None) -> ClauseTemplate:
    return ClauseTemplate(key, tuple((lg, t[0]) for lg, t in zip(_LANGS, texts, strict=True)),
                          tuple((lg, "\n".join(t[1:])) for lg, t in zip(_LANGS, texts, strict=True)),
                          note, group, tuple(zip(_LANGS, variant, strict=True)) if variant else ())


TEMPLATES: tuple[ClauseTemplate, ...] = (
    _t("parties", "Every party is listed; each signatory's capacity and authority go in the signature "
       "blocks.", (
        "Parties and authority to sign",
        'This Settlement Agreement (the "Agreement") is made between:',
        "{parties}",
        '(each a "Party" and together the "Parties").',
        "Each Party represents and warrants that each person signing this Agreement on its behalf "
        "is duly authorised to do so, and that it has obtained every approval and consent required "
        "to enter into and perform this Agreement.",
        'This Agreement takes effect on the date on which the last Party signs it '
        '(the "Effective Date").',
    ), (
        "当事人及签署授权",
        "本和解协议（“本协议”）由下列各方订立：",
        "{parties}",
        "（各称“一方”，合称“各方”）。",
        "各方声明并保证，代表其签署本协议的每一人均已获得正式授权，且该方已取得订立和履行本协议所需的全部批准和同意。",
        "本协议自最后一方签署之日起生效（“生效日”）。",
    ), (
        "當事人及簽署授權",
        "本和解協議（「本協議」）由下列各方訂立：",
        "{parties}",
        "（各稱「一方」，合稱「各方」）。",
        "各方聲明並保證，代表其簽署本協議的每一人均已獲得正式授權，且該方已取得訂立和履行本協議所需的全部批准和同意。",
        "本協議自最後一方簽署之日起生效（「生效日」）。",
    )),
    _t("recitals", "Keep the recitals neutral: they must not read as an admission.", (
        "Recitals",
        "(A) Disputes have arisen between the Parties concerning the matters described in the "
        'request for mediation (the "Dispute").',
        "(B) The Parties have taken part in a mediation with a view to settling the Dispute.",
        "(C) The Parties wish to settle the Dispute on the terms of this Agreement. No Party "
        "admits any liability, fault or wrongdoing by entering into or performing this Agreement, "
        "and nothing in it may be construed as such an admission.",
    ), (
        "鉴于条款",
        "（A）各方就调解申请所述事项发生争议（“争议”）。",
        "（B）各方为解决争议参加了调解。",
        "（C）各方希望按照本协议的条款解决争议。任何一方订立或履行本协议，均不构成对任何责任、过错或不当行为的承认，"
        "本协议的任何内容亦不得解释为此种承认。",
    ), (
        "鑑於條款",
        "（A）各方就調解申請所述事項發生爭議（「爭議」）。",
        "（B）各方為解決爭議參加了調解。",
        "（C）各方希望按照本協議的條款解決爭議。任何一方訂立或履行本協議，均不構成對任何責任、過錯或不當行為的承認，"
        "本協議的任何內容亦不得解釋為此種承認。",
    )),
    _t("obligations", "One line per obligation, each naming the Party bound and a date or a number of "
       "days.", (
        "Obligations and deadlines",
        "[Party] shall [describe the obligation] no later than [date].",
        "Each deadline in this clause is of the essence. A Party that foresees that it cannot meet "
        "a deadline shall promptly notify every other Party in writing, giving its reasons and "
        "proposing a new date; a new date binds the Parties only if all of them agree to it in "
        "writing.",
    ), (
        "履行义务及期限",
        "[一方]应不迟于[日期][说明义务]。",
        "本条所规定的各项期限均为本协议的实质性条款。一方预见其不能按期履行的，应及时书面通知其他各方，说明理由并提出新的日期；"
        "新的日期经各方书面同意后方对各方具有约束力。",
    ), (
        "履行義務及期限",
        "[一方]應不遲於[日期][說明義務]。",
        "本條所規定的各項期限均為本協議的實質性條款。一方預見其不能按期履行的，應及時書面通知其他各方，說明理由並提出新的日期；"
        "新的日期經各方書面同意後方對各方具有約束力。",
    )),
    _t("payment", "Name who pays and who is paid; the currency code (e.g. USD) and the amount in "
       "figures.", (
        "Payment",
        '[paying Party] (the "Payer") shall pay [receiving Party] (the "Payee") the sum of '
        '{currency} {amount} (the "Settlement Sum") in full and final settlement of the Dispute, '
        "within {payment_days} days after the Effective Date, by wire transfer to the bank account "
        "that the Payee notifies to the Payer in writing.",
        "The Settlement Sum shall be paid in full, without set-off, counterclaim or deduction, "
        "except for any deduction required by law. Payment is made when the Settlement Sum is "
        "received in cleared funds. Each Party bears its own bank charges.",
    ), (
        "付款",
        "[付款一方]（“付款方”）应于生效日后{payment_days}日内向[收款一方]（“收款方”）支付{currency}{amount}（“和解款”），"
        "作为对争议的全部和最终解决；和解款以电汇方式汇入收款方书面通知付款方的银行账户。",
        "和解款应全额支付，不得抵销、扣减或以任何反请求为由拒付，但法律要求的扣减除外。和解款以收款账户收到可用资金之时视为支付。"
        "各方自行承担各自的银行费用。",
    ), (
        "付款",
        "[付款一方]（「付款方」）應於生效日後{payment_days}日內向[收款一方]（「收款方」）支付{currency}{amount}（「和解款」），"
        "作為對爭議的全部和最終解決；和解款以電匯方式匯入收款方書面通知付款方的銀行帳戶。",
        "和解款應全額支付，不得抵銷、扣減或以任何反請求為由拒付，但法律要求的扣減除外。和解款以收款帳戶收到可用資金之時視為支付。"
        "各方自行承擔各自的銀行費用。",
    )),
    _t("release", "Check the release against any claims the Parties mean to keep.", (
        "Release",
        "With effect from receipt of the Settlement Sum in full, each Party releases every other "
        "Party and its affiliates, directors, officers, employees and agents from all claims, "
        "whether known or unknown, arising out of or in connection with the Dispute.",
        "This release does not affect any right or obligation under this Agreement, nor any claim "
        "for fraud.",
    ), (
        "放弃索赔",
        "自和解款全额收讫之时起，各方免除其他各方及其关联方、董事、高级管理人员、雇员和代理人因争议引起或与争议有关的一切请求，"
        "无论已知或未知。",
        "本条不影响本协议项下的任何权利或义务，亦不影响任何基于欺诈的请求。",
    ), (
        "放棄索賠",
        "自和解款全額收訖之時起，各方免除其他各方及其關聯方、董事、高級管理人員、僱員和代理人因爭議引起或與爭議有關的一切請求，"
        "無論已知或未知。",
        "本條不影響本協議項下的任何權利或義務，亦不影響任何基於欺詐的請求。",
    )),
    _t("confidentiality", "Adjust the exceptions to the Parties' reporting duties.", (
        "Confidentiality",
        "The Parties shall keep confidential the terms of this Agreement and all information "
        "exchanged in the course of the mediation, except to the extent that disclosure is:",
        "(a) required by law, by a court, or by the rules of a stock exchange or regulatory "
        "authority;",
        "(b) made to a Party's professional advisers, auditors or insurers who are bound by a duty "
        "of confidentiality; or",
        "(c) necessary to implement or enforce this Agreement.",
        "The fact that the Dispute has been settled may be disclosed.",
    ), (
        "保密",
        "各方应对本协议的条款以及调解过程中交换的全部信息予以保密，但在下列情形所需的范围内披露的除外：",
        "（a）法律、法院或证券交易所、监管机构的规则要求披露；",
        "（b）向负有保密义务的该方专业顾问、审计师或保险人披露；或",
        "（c）为履行或执行本协议所必需。",
        "争议已获解决这一事实可以披露。",
    ), (
        "保密",
        "各方應對本協議的條款以及調解過程中交換的全部資料予以保密，但在下列情形所需的範圍內披露的除外：",
        "（a）法律、法院或證券交易所、監管機構的規則要求披露；",
        "（b）向負有保密義務的該方專業顧問、審計師或保險人披露；或",
        "（c）為履行或執行本協議所必需。",
        "爭議已獲解決這一事實可以披露。",
    )),
    _t("dispute-resolution", "Name the arbitral institution and rules if the Parties agree them.", (
        "Dispute resolution",
        "Any dispute arising out of or in connection with this Agreement, including any question "
        "regarding its existence, validity, interpretation, performance or termination, shall "
        "first be referred to mediation.",
        "If the dispute is not settled within 60 days after a Party's written request for "
        "mediation, any Party to the dispute may refer it to arbitration seated in {seat}. The "
        "award shall be final and binding on the Parties to the arbitration.",
    ), (
        "争议解决",
        "因本协议引起的或与本协议有关的任何争议，包括关于本协议的存在、效力、解释、履行或终止的任何问题，应首先提交调解。",
        "自一方书面提出调解请求之日起60日内争议未能解决的，该争议的任何一方均可将争议提交仲裁，仲裁地为{seat}。仲裁裁决是终局的，"
        "对仲裁各方均有约束力。",
    ), (
        "爭議解決",
        "因本協議引起的或與本協議有關的任何爭議，包括關於本協議的存在、效力、解釋、履行或終止的任何問題，應首先提交調解。",
        "自一方書面提出調解請求之日起60日內爭議未能解決的，該爭議的任何一方均可將爭議提交仲裁，仲裁地為{seat}。仲裁裁決是終局的，"
        "對仲裁各方均有約束力。",
    )),
    _t("governing-law", "A legal system, e.g. Hong Kong, England and Wales, Singapore.", (
        "Governing law",
        "This Agreement, and any non-contractual obligation arising out of or in connection with "
        "it, is governed by the law of {governing_law}.",
    ), (
        "适用法律",
        "本协议以及因本协议引起的或与本协议有关的任何非合同义务，均受{governing_law}法律管辖。",
    ), (
        "適用法律",
        "本協議以及因本協議引起的或與本協議有關的任何非合同義務，均受{governing_law}法律管轄。",
    )),
    _t("mediation-statement", "Supports the mediator's attestation (Singapore Convention "
       "art. 4(1)(b)).", (
        "Settlement resulting from mediation",
        "The Parties confirm that this Agreement resulted from the mediation conducted by "
        "{mediator}, and that each of them has entered into it freely after having had the "
        "opportunity to take independent legal advice.",
        "The mediator is not a party to this Agreement, assumes no obligation under it, and signs "
        "it only to attest that it resulted from mediation.",
    ), (
        "经调解达成",
        "各方确认，本协议系经{mediator}主持的调解而达成，且各方均在有机会获得独立法律意见后自愿订立本协议。",
        "调解员不是本协议的当事人，不承担本协议项下的任何义务，其签署本协议仅为证明本协议系经调解达成。",
    ), (
        "經調解達成",
        "各方確認，本協議係經{mediator}主持的調解而達成，且各方均在有機會獲得獨立法律意見後自願訂立本協議。",
        "調解員不是本協議的當事人，不承擔本協議項下的任何義務，其簽署本協議僅為證明本協議係經調解達成。",
    )),
    _t("singapore-convention",
       "Opt-in. Needed where relief may be sought in a State that reserved under art. 8(1)(b) "
       "(the Convention then applies only if the parties agreed to it). The Convention covers "
       "international settlement agreements resolving commercial disputes (art. 1); check the "
       "exclusions of art. 1(2)-(3) and any art. 8(1)(a) reservation where a State or government "
       "agency is a party.", (
        "Application of the Singapore Convention on Mediation",
        "The Parties expressly agree that the United Nations Convention on International "
        "Settlement Agreements Resulting from Mediation (New York, 2018) (the \"Singapore "
        "Convention on Mediation\") applies to this Agreement.",
        "This clause is the Parties' agreement to the application of that Convention referred to "
        "in its article 8, paragraph 1 (b), so that relief may be sought under the Convention also "
        "in a State that has made the reservation provided for in that provision.",
    ), (
        "《新加坡调解公约》的适用",
        "各方明确同意，《联合国关于调解所产生的国际和解协议公约》（2018年，纽约）（“《新加坡调解公约》”）适用于本协议。",
        "本条即为该公约第8条第1款（b）项所指的当事人对适用该公约的同意，以便在已根据该项作出保留的国家亦可依据该公约寻求救济。",
    ), (
        "《新加坡調解公約》的適用",
        "各方明確同意，《聯合國關於調解所產生的國際和解協議公約》（2018年，紐約）（「《新加坡調解公約》」）適用於本協議。",
        "本條即為該公約第8條第1款（b）項所指的當事人對適用該公約的同意，以便在已根據該項作出保留的國家亦可依據該公約尋求救濟。",
    )),
    _t("counterparts", "Lets some Parties sign on paper and others digitally without leaving the "
       "agreement incomplete.", (
        "Counterparts",
        "This Agreement may be signed in any number of counterparts, on paper or electronically, "
        "and by the Parties on separate counterparts. Each counterpart is an original, and all the "
        "counterparts together constitute one and the same agreement.",
    ), (
        "副本",
        "本协议可签署任意数量的副本，可以纸质或电子方式签署，各方亦可分别在不同副本上签署。每一副本均为正本，"
        "全部副本共同构成同一份协议。",
    ), (
        "副本",
        "本協議可簽署任意數量的副本，可以紙本或電子方式簽署，各方亦可分別在不同副本上簽署。每一副本均為正本，"
        "全部副本共同構成同一份協議。",
    )),
    _t("electronic-signatures", "Consent to electronic signatures, which some laws (e.g. Hong Kong's "
       "Electronic Transactions Ordinance, Cap. 553) make a condition of their effect.", (
        "Electronic signatures",
        "Each Party consents to this Agreement being signed by any Party, and attested by the "
        "mediator, by means of an electronic signature, including a digital signature embedded in "
        "the electronic document, and agrees that a Party that signs in this way is bound as if it "
        "had signed by hand.",
        "This consent is given also for the purposes of the Electronic Transactions Ordinance "
        "(Cap. 553) of Hong Kong and of any other law under which an electronic signature is "
        "effective only with the consent of the person to whom it is given.",
    ), (
        "电子签名",
        "各方同意任何一方以电子签名（包括嵌入电子文件的数字签名）签署本协议，并同意调解员以同样方式作出证明；"
        "以此方式签署的一方受本协议约束，与亲笔签署无异。",
        "该同意亦为香港《电子交易条例》（第553章）以及规定电子签名须经接收该签名的人同意方为有效的任何其他法律之目的而作出。",
    ), (
        "電子簽署",
        "各方同意任何一方以電子簽署（包括嵌入電子文件的數碼簽署）簽署本協議，並同意調解員以同樣方式作出證明；"
        "以此方式簽署的一方受本協議約束，與親筆簽署無異。",
        "該同意亦為香港《電子交易條例》（第553章）以及規定電子簽署須經接收該簽署的人同意方為有效的任何其他法律之目的而作出。",
    )),
    _t("languages", "Bilingual agreements: both texts equal. The alternatives make one text prevail; "
       "keep exactly one of the three.", (
        "Languages",
        "This Agreement is made in English and Chinese, and both texts are equally authentic.",
    ), (
        "语言文本",
        "本协议以英文和中文订立，两种文本具有同等效力。",
    ), (
        "語言文本",
        "本協議以英文和中文訂立，兩種文本具有同等效力。",
    ), group="languages", variant=("both texts equal", "两种文本同等效力", "兩種文本同等效力")),
    _t("languages-english-prevails", "Bilingual agreements, if the Parties agree that the English "
       "text prevails; an alternative to the other languages clauses.", (
        "Languages",
        "This Agreement is made in English and Chinese. Both texts are authentic, but if they differ, "
        "the English text prevails.",
    ), (
        "语言文本",
        "本协议以英文和中文订立。两种文本均为作准文本，但如两者有任何不一致，以英文文本为准。",
    ), (
        "語言文本",
        "本協議以英文和中文訂立。兩種文本均為作準文本，但如兩者有任何不一致，以英文文本為準。",
    ), group="languages", variant=("English prevails", "以英文为准", "以英文為準")),
    _t("languages-chinese-prevails", "Bilingual agreements, if the Parties agree that the Chinese "
       "text prevails; an alternative to the other languages clauses.", (
        "Languages",
        "This Agreement is made in English and Chinese. Both texts are authentic, but if they differ, "
        "the Chinese text prevails.",
    ), (
        "语言文本",
        "本协议以英文和中文订立。两种文本均为作准文本，但如两者有任何不一致，以中文文本为准。",
    ), (
        "語言文本",
        "本協議以英文和中文訂立。兩種文本均為作準文本，但如兩者有任何不一致，以中文文本為準。",
    ), group="languages", variant=("Chinese prevails", "以中文为准", "以中文為準")),
)
