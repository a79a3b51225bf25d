"""The fixed wording of an exported agreement, in the agreement's own languages.

Deliberately independent of the UI language: a document drawn up in English and
Chinese carries its headings, signature labels, party descriptions and attestation
in both, whatever language the mediator's screen uses. This is the fixed frame
around the agreed clauses; nothing here is agreement text (no languages clause:
which text prevails is a clause the parties accept, core/templates.py).
"""

from __future__ import annotations

from datetime import date

_EN = {
    "case_reference": "Case reference",
    "place": "Place",
    "date": "Date",
    "parties": "Parties",
    "represented_by": "Represented by",
    "mediators": "Mediator(s)",
    "recitals": "Recitals",
    "operative": "Now, therefore, the parties agree as follows:",
    "signatures": "Signatures",
    "in_witness": "In witness whereof, the parties have signed this Agreement at {place} on {date}.",
    "in_witness_no_place": "In witness whereof, the parties have signed this Agreement on {date}.",
    "for_party": "For and on behalf of {party}",
    "digital_box": "Digital signature",
    "digital_note": "Signed with a digital signature embedded in this PDF.",
    "paper_box": "Signature",
    "paper_note": "To be signed by hand on the printed original.",
    "name": "Name",
    "capacity": "Capacity",
    "authority": "Authority",
    "attestation": "Mediator's attestation",
    "attestation_text": (
        "I, {mediator}, attest that this settlement agreement resulted from the mediation "
        "in case {reference}, which I conducted{co}. I sign it as evidence under Article "
        "4(1)(b)(i) of the United Nations Convention on International Settlement Agreements "
        "Resulting from Mediation (Singapore Convention on Mediation)."
    ),
    "co_mediators": ", together with {others}",
    "page_of": "Page {page} of {pages}",
    "fingerprint": "Agreement fingerprint (SHA-256)",
    "audit_head": "Audit chain head",
    "declarations": "Declarations of independence and impartiality made on {dates}, {answered}.",
    "declarations_all": "acknowledged by all parties",
    "declarations_not_all": "not acknowledged by every party",
    "date_separator": ", ",
    "annexes": "Annexes",
    "annex_note": ("The following files are annexed to this Agreement. Each is embedded in this PDF as an "
                   "attached file and identified by its SHA-256 digest."),
    "annex_line": "{label}: {file} ({media}, {size} bytes)",
    "kind:state": "State",
    "kind:state-entity": "State entity",
    "kind:company": "Company",
    "kind:individual": "Individual",
    "kind:organisation": "Organisation",
}

_ZH_HANS = {
    "case_reference": "案件编号",
    "place": "地点",
    "date": "日期",
    "parties": "当事方",
    "represented_by": "代表",
    "mediators": "调解员",
    "recitals": "鉴于",
    "operative": "为此，各方同意如下：",
    "signatures": "签署",
    "in_witness": "各方于{date}在{place}签署本协议，以昭信守。",
    "in_witness_no_place": "各方于{date}签署本协议，以昭信守。",
    "for_party": "代表{party}",
    "digital_box": "数字签名",
    "digital_note": "以嵌入本 PDF 的数字签名签署。",
    "paper_box": "签名",
    "paper_note": "在打印的正本上亲笔签署。",
    "name": "姓名",
    "capacity": "职务",
    "authority": "授权依据",
    "attestation": "调解员证明",
    "attestation_text": (
        "本人{mediator}证明，本和解协议系经本人在案件{reference}中进行的调解{co}而产生。"
        "本人签署本协议，作为《联合国关于调解所产生的国际和解协议公约》"
        "（《新加坡调解公约》）第四条第一款(b)项(i)目所述的证据。"
    ),
    "co_mediators": "（与{others}共同进行）",
    "page_of": "第 {page} 页，共 {pages} 页",
    "fingerprint": "协议指纹（SHA-256）",
    "audit_head": "审计链头",
    "declarations": "调解员已于{dates}作出独立性及公正性声明，{answered}。",
    "declarations_all": "各方均已确认",
    "declarations_not_all": "并非各方均已确认",
    "date_separator": "、",
    "annexes": "附件",
    "annex_note": "下列文件为本协议的附件。每份文件均作为附加文件嵌入本PDF，并以其SHA-256摘要标识。",
    "annex_line": "{label}：{file}（{media}，{size}字节）",
    "kind:state": "国家",
    "kind:state-entity": "国家实体",
    "kind:company": "公司",
    "kind:individual": "个人",
    "kind:organisation": "组织",
}

_ZH_HANT = {
    "case_reference": "案件編號",
    "place": "地點",
    "date": "日期",
    "parties": "當事方",
    "represented_by": "代表",
    "mediators": "調解員",
    "recitals": "鑑於",
    "operative": "為此，各方同意如下：",
    "signatures": "簽署",
    "in_witness": "各方於{date}在{place}簽署本協議，以昭信守。",
    "in_witness_no_place": "各方於{date}簽署本協議，以昭信守。",
    "for_party": "代表{party}",
    "digital_box": "數碼簽署",
    "digital_note": "以嵌入本 PDF 的數碼簽署簽署。",
    "paper_box": "簽名",
    "paper_note": "在列印的正本上親筆簽署。",
    "name": "姓名",
    "capacity": "職務",
    "authority": "授權依據",
    "attestation": "調解員證明",
    "attestation_text": (
        "本人{mediator}證明，本和解協議係經本人在案件{reference}中進行的調解{co}而產生。"
        "本人簽署本協議，作為《聯合國關於調解所產生的國際和解協議公約》"
        "（《新加坡調解公約》）第四條第一款(b)項(i)目所述的證據。"
    ),
    "co_mediators": "（與{others}共同進行）",
    "page_of": "第 {page} 頁，共 {pages} 頁",
    "fingerprint": "協議指紋（SHA-256）",
    "audit_head": "審計鏈頭",
    "declarations": "調解員已於{dates}作出獨立性及公正性聲明，{answered}。",
    "declarations_all": "各方均已確認",
    "declarations_not_all": "並非各方均已確認",
    "date_separator": "、",
    "annexes": "附件",
    "annex_note": "下列檔案為本協議的附件。每份檔案均作為附加檔案嵌入本PDF，並以其SHA-256摘要識別。",
    "annex_line": "{label}：{file}（{media}，{size}位元組）",
    "kind:state": "國家",
    "kind:state-entity": "國家實體",
    "kind:company": "公司",
    "kind:individual": "個人",
    "kind:organisation": "組織",
}

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # not strftime: the process locale must not change the document

LABELS: dict[str, dict[str, str]] = {"en": _EN, "zh-Hans": _ZH_HANS, "zh-Hant": _ZH_HANT}

#: Well-known seats as each language writes them (en, zh-Hans, zh-Hant). A place is stored once, as
#: the mediator typed it; the Chinese text of an agreement made "at Hong Kong" says 香港, not "Hong Kong".
_SEATS = (
    ("Hong Kong", "香港", "香港"), ("Macao", "澳门", "澳門"), ("Beijing", "北京", "北京"),
    ("Shanghai", "上海", "上海"), ("Shenzhen", "深圳", "深圳"), ("Guangzhou", "广州", "廣州"),
    ("Taipei", "台北", "臺北"), ("Singapore", "新加坡", "新加坡"), ("Tokyo", "东京", "東京"),
    ("Seoul", "首尔", "首爾"), ("Kuala Lumpur", "吉隆坡", "吉隆坡"), ("Bangkok", "曼谷", "曼谷"),
    ("London", "伦敦", "倫敦"), ("Paris", "巴黎", "巴黎"), ("Geneva", "日内瓦", "日內瓦"),
    ("Zurich", "苏黎世", "蘇黎世"), ("The Hague", "海牙", "海牙"), ("Vienna", "维也纳", "維也納"),
    ("Stockholm", "斯德哥尔摩", "斯德哥爾摩"), ("Dubai", "迪拜", "杜拜"), ("New York", "纽约", "紐約"),
    ("Washington, D.C.", "华盛顿", "華盛頓"), ("Sydney", "悉尼", "悉尼"),
)
_SEAT_NAMES = {name.casefold(): dict(zip(("en", "zh-Hans", "zh-Hant"), names, strict=True))
               for names in _SEATS for name in names}
_SEAT_NAMES.update({"hong kong sar": _SEAT_NAMES["hong kong"], "macau": _SEAT_NAMES["macao"],
                    "washington": _SEAT_NAMES["washington, d.c."]})


def label(key: str, language: str, **values: str) -> str:
    """One fixed text in one language, with `{placeholders}` filled in."""
    text = LABELS[language][key]
    return text.format(**values) if values else text


def labels(key: str, languages: tuple[str, ...], separator: str = " / ", **values: str) -> str:
    """The same fixed text in each of the document's languages, joined for one line."""
    return separator.join(label(key, lang, **values) for lang in languages)


def place_name(place: str, language: str) -> str:
    """`place` as `language` writes it when it is a well-known seat ("Hong Kong" -> "香港"), else as written."""
    names = _SEAT_NAMES.get(" ".join(place.split()).casefold())
    return names[language] if names else place.strip()


def place_names(place: str, languages: tuple[str, ...]) -> str:
    """The place in each of the document's languages, each name once: "Hong Kong / 香港", "香港"."""
    return " / ".join(dict.fromkeys(place_name(place, lang) for lang in languages))


def format_date(day: date, language: str) -> str:
    """A date as a lawyer in that language writes it: "2 March 2026", "2026年3月2日"."""
    if language == "en":
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_only(languages: tuple[str, ...]) -> bool:
    return all(lang.startswith("zh") for lang in languages)


def colon(languages: tuple[str, ...]) -> str:
    """What follows a label: the full-width colon in a Chinese document, ": " otherwise."""
    return "：" if chinese_only(languages) else ": "


def in_brackets(text: str, languages: tuple[str, ...]) -> str:
    """`text` in round brackets, full-width in a Chinese document: "（国家）", "(State / 国家)"."""
    return f"（{text}）" if chinese_only(languages) else f"({text})"
