"""The fixed wording of the process record's documents, in the agreement's own languages.

The agreement to mediate, the termination record, the destruction certificate and the impartiality
record speak the languages the settlement agreement is drawn in (export/labels.py is the agreement's
table; this is its sibling), whatever language the mediator's screen uses. A document whose record
names no languages is English and reads exactly as before languages existed: every English text here
is the one those documents printed, so their pages draw again the same and keep verifying. Every
record made now names its languages, English too.

Not translated: what people typed (names, grounds, fees, terms, institution rules) and the
confidentiality provisions `core/rule_sets.py` cites, which exist in English only; a Chinese document
quotes them in English and says so ("provisions_in_english"). The rule sets' titles are names of
instruments, given by their official Chinese names.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from iomed_desk.core.clock import from_iso
from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.labels import colon, format_date

_EN = {
    "case_line": "Case {reference}: {title}",
    "case_id": "Case id",
    "record_sha": "SHA-256 of the attached record ({file})",
    "not_recorded": "not recorded",
    "signed_page_note": ("Signed by the mediator; `iomed-desk verify` checks the signature and draws this page "
                         "again from the attached record."),
    # the agreement to mediate
    "atm:title": "Agreement to mediate",
    "atm:case_id": "Case id: {case_id}. Drawn up on {when}.",
    "atm:parties": "The parties",
    "atm:mediator": "The mediator",
    "atm:mediators": "The mediators",
    "atm:rules": "The rules",
    "atm:rules_text": ("The parties agree to mediate their dispute with the mediator(s) named above under the "
                       "disclosure rules of {rule_set}."),
    "atm:rules_text_institution": ("The parties agree to mediate their dispute with the mediator(s) named above "
                                   "under the disclosure rules of {rule_set} and under {institution}."),
    "atm:confidentiality": "Confidentiality",
    "atm:confidentiality_text": ("What a party tells the mediator in caucus reaches another party only as the "
                                 "rules above allow, and only once what they require is on record:"),
    "atm:provisions_in_english": "",  # an English document quotes them without a note
    "atm:further_terms": "Further terms, as the parties agreed them",
    "atm:fees": "Fees",
    "atm:no_fees": "No fees are recorded.",
    "atm:signatures": "Signatures",
    "atm:for_party": "For {party}",
    "atm:lock_note": ("The mediator's signature is the last and locks the document; `iomed-desk verify` checks "
                      "every signature and draws these pages again from the attached record."),
    # the termination record
    "term:title": "Termination of the mediation",
    "term:outcome": "Outcome: {outcome}.",
    "term:ended": "The mediation ended on {date}.",
    "term:grounds": "Grounds",
    "term:no_grounds": "Grounds: none stated.",
    "term:settlement": "The settlement agreement:",
    "term:fingerprint": "Agreement fingerprint (SHA-256 of its text)",
    "term:pdf_sha": "SHA-256 of its exported PDF",
    "term:recorded": ("Recorded on {when} by {mediator}, mediator, who signs this record. From then on the case "
                      "file takes no new content."),
    "term:audit_head": "Audit head of the termination's event (SEQ:HASH)",
    "outcome:settled": "settled",
    "outcome:partially-settled": "partially settled",
    "outcome:not-settled": "not settled",
    "outcome:withdrawn": "withdrawn",
    "outcome:withdrawn-by": "withdrawn by {party}",
    "outcome:terminated-by-mediator": "terminated by mediator",
    # the destruction certificate
    "dest:title": "Destruction certificate",
    "dest:ended": "The mediation ended on {date} ({outcome}); retention period {days} day(s).",
    "dest:destroyed": (
        "On {when}, {by} destroyed the caucus material of this case: every note of each caucus and of the "
        "mediator's notebook, with all its revisions and the text its disclosures made searchable, every "
        "position the parties recorded, with their search index entries, every offer or demand of the ledger "
        "kept in a caucus (its figure and terms; private figures included), and every exhibit filed in a caucus "
        "or the mediator's notebook (every revision of its file, its bytes, name, hash and extracted text). The "
        "case file was then written anew and the old file overwritten and removed."),
    "dest:kept": ("Kept: the parties, the joint notes, the offers made in joint session, the joint exhibits, the "
                  "single text and its tablings, the agreement, the process record and the audit chain, whose "
                  "commitments to destroyed content reveal nothing now that their salts are destroyed."),
    "dest:channel": "Channel", "dest:notes": "Notes", "dest:revisions": "Revisions", "dest:positions": "Positions",
    "dest:offers": "Offers", "dest:exhibits": "Exhibits", "dest:total": "Total",
    "dest:counts_only": ("Counts only: this certificate contains no content of any note, revision, position, offer "
                         "or exhibit."),
    "dest:audit_head": "Audit head after the destruction (SEQ:HASH)",
    "dest:record_sha": "SHA-256 of the attached destruction record ({file})",
    "channel:party": "Caucus with {party}",
    "channel:mediator": "Mediator's notebook",
    # the impartiality record (export/impartiality_pdf.py Labels, field by field)
    "imp:title": "Impartiality record",
    "imp:case": "Case {reference}, as of {when} ({zone})",
    "imp:promise": ("Counts and times only: this record shows how the mediator's time and the process were "
                    "shared between the parties. It contains no content of any session, note or draft."),
    "imp:time_chart": "Caucus time (minutes)",
    "imp:count_chart": "Counts",
    "imp:caucus_minutes": "Caucus minutes",
    "imp:caucuses": "Caucuses",
    "imp:disclosures_from": "Disclosures from",
    "imp:disclosures_to": "Disclosures to",
    "imp:tablings_seen": "Tablings seen",
    "imp:positions": "Positions recorded",
    "imp:party": "Party",
    "imp:last_caucus": "Last caucus",
    "imp:tabling_times": "Tablings seen at",
    "imp:in_caucus": "in caucus",
    "imp:earlier": "+{n} earlier",
    "imp:last_position": "Last position",
    "imp:running": "(running)",
    "imp:joint": ("Joint sessions: {sessions} ({minutes} min). Tabled to all parties: {tablings}. "
                  "Disclosed to all parties: {disclosures}. Revoked disclosures (counted above): {revoked}."),
}

_ZH_HANT = {
    "case_line": "案件 {reference}：{title}",
    "case_id": "案件識別碼",
    "record_sha": "所附記錄（{file}）的 SHA-256",
    "not_recorded": "未記錄",
    "signed_page_note": "由調解員簽署；`iomed-desk verify` 會核對簽署，並根據所附記錄重新繪製本頁，以作比對。",
    "atm:title": "調解協議",
    "atm:case_id": "案件識別碼：{case_id}。擬備於{when}。",
    "atm:parties": "當事方",
    "atm:mediator": "調解員",
    "atm:mediators": "調解員",
    "atm:rules": "適用規則",
    "atm:rules_text": "各當事方同意由上述調解員按照{rule_set}的披露規則調解其爭議。",
    "atm:rules_text_institution": "各當事方同意由上述調解員按照{rule_set}的披露規則，並按照{institution}，調解其爭議。",
    "atm:confidentiality": "保密",
    "atm:confidentiality_text": ("任何一方在單方會談中告知調解員的資料，只可在上述規則容許的範圍內，並須在該等規則"
                                 "所規定的條件已記錄在案後，方可向另一方披露："),
    "atm:provisions_in_english": "下列條文按其英文原文引述：",
    "atm:further_terms": "當事方議定的其他條款",
    "atm:fees": "費用",
    "atm:no_fees": "未有記錄任何費用。",
    "atm:signatures": "簽署",
    "atm:for_party": "代表{party}",
    "atm:lock_note": ("調解員的簽署為最後一個簽署，並將本文件鎖定；`iomed-desk verify` 會核對每一個簽署，並根據所附"
                      "記錄重新繪製本文件各頁，以作比對。"),
    "term:title": "調解終止記錄",
    "term:outcome": "結果：{outcome}。",
    "term:ended": "調解於{date}終止。",
    "term:grounds": "依據",
    "term:no_grounds": "依據：未有說明。",
    "term:settlement": "和解協議：",
    "term:fingerprint": "協議指紋（其文本的 SHA-256）",
    "term:pdf_sha": "其匯出 PDF 的 SHA-256",
    "term:recorded": "本記錄由調解員{mediator}於{when}記錄，並由其簽署。自此，案件檔案不再接受新內容。",
    "term:audit_head": "終止事件的審計鏈頭（SEQ:HASH）",
    "outcome:settled": "達成和解",
    "outcome:partially-settled": "達成部分和解",
    "outcome:not-settled": "未能達成和解",
    "outcome:withdrawn": "一方退出",
    "outcome:withdrawn-by": "{party}退出調解",
    "outcome:terminated-by-mediator": "由調解員終止",
    "dest:title": "銷毀證明書",
    "dest:ended": "調解於{date}終止（{outcome}）；保留期限為{days}日。",
    "dest:destroyed": (
        "{by}已於{when}銷毀本案的單方會談資料，包括：每個單方會談及調解員筆記簿中的每則筆記，連同其所有修訂版及"
        "因披露而可供搜尋的文本；當事方記錄的每項立場，連同其搜尋索引項目；報價記錄簿中在單方會談內記錄的每項"
        "報價或要價（包括其數額及條款，私下數額亦包括在內）；以及在單方會談或調解員筆記簿中存檔的每份證據文件"
        "（包括其檔案的每個修訂版、檔案內容、名稱、雜湊值及擷取的文本）。其後，案件檔案已重新寫入，舊檔案已被"
        "覆寫並刪除。"),
    "dest:kept": ("保留：當事方、聯席會議筆記、在聯席會議中提出的報價、聯席證據文件、單一文本及其提交記錄、和解協議、"
                  "程序記錄及審計鏈；審計鏈對已銷毀內容所作的承諾值，因其鹽值已被銷毀，不會洩露任何內容。"),
    "dest:channel": "頻道", "dest:notes": "筆記", "dest:revisions": "修訂版", "dest:positions": "立場",
    "dest:offers": "報價", "dest:exhibits": "證據文件", "dest:total": "合計",
    "dest:counts_only": "只載數目：本證明書不載任何筆記、修訂版、立場、報價或證據文件的內容。",
    "dest:audit_head": "銷毀後的審計鏈頭（SEQ:HASH）",
    "dest:record_sha": "所附銷毀記錄（{file}）的 SHA-256",
    "channel:party": "與{party}的單方會談",
    "channel:mediator": "調解員筆記簿",
    "imp:title": "公正性記錄",
    "imp:case": "案件 {reference}，截至 {when}（{zone}）",
    "imp:promise": "只載次數及時間：本記錄顯示調解員的時間及調解程序在各當事方之間的分配情況，不載任何會議、筆記或草案的內容。",
    "imp:time_chart": "單方會談時間（分鐘）",
    "imp:count_chart": "次數",
    "imp:caucus_minutes": "單方會談分鐘數",
    "imp:caucuses": "單方會談",
    "imp:disclosures_from": "來自該方的披露",
    "imp:disclosures_to": "向該方的披露",
    "imp:tablings_seen": "獲提交文本次數",
    "imp:positions": "已記錄的立場",
    "imp:party": "當事方",
    "imp:last_caucus": "最近一次單方會談",
    "imp:tabling_times": "獲提交文本的時間",
    "imp:in_caucus": "單方會談中",
    "imp:earlier": "另有 {n} 次更早",
    "imp:last_position": "最近的立場",
    "imp:running": "（進行中）",
    "imp:joint": ("聯席會議：{sessions} 次（{minutes} 分鐘）。向全體當事方提交：{tablings} 次。向全體當事方披露："
                  "{disclosures} 次。已撤銷的披露（已計入上述數字）：{revoked} 次。"),
}

_ZH_HANS = {
    "case_line": "案件 {reference}：{title}",
    "case_id": "案件识别码",
    "record_sha": "所附记录（{file}）的 SHA-256",
    "not_recorded": "未记录",
    "signed_page_note": "由调解员签署；`iomed-desk verify` 会核对签名，并根据所附记录重新绘制本页，以作比对。",
    "atm:title": "调解协议",
    "atm:case_id": "案件识别码：{case_id}。拟备于{when}。",
    "atm:parties": "当事方",
    "atm:mediator": "调解员",
    "atm:mediators": "调解员",
    "atm:rules": "适用规则",
    "atm:rules_text": "各当事方同意由上述调解员按照{rule_set}的披露规则调解其争议。",
    "atm:rules_text_institution": "各当事方同意由上述调解员按照{rule_set}的披露规则，并按照{institution}，调解其争议。",
    "atm:confidentiality": "保密",
    "atm:confidentiality_text": ("任何一方在单方会谈中告知调解员的信息，只可在上述规则允许的范围内，并须在该等规则"
                                 "所规定的条件已记录在案后，方可向另一方披露："),
    "atm:provisions_in_english": "下列条文按其英文原文引述：",
    "atm:further_terms": "当事方议定的其他条款",
    "atm:fees": "费用",
    "atm:no_fees": "未记录任何费用。",
    "atm:signatures": "签署",
    "atm:for_party": "代表{party}",
    "atm:lock_note": ("调解员的签署为最后一个签署，并将本文件锁定；`iomed-desk verify` 会核对每一个签名，并根据所附"
                      "记录重新绘制本文件各页，以作比对。"),
    "term:title": "调解终止记录",
    "term:outcome": "结果：{outcome}。",
    "term:ended": "调解于{date}终止。",
    "term:grounds": "依据",
    "term:no_grounds": "依据：未说明。",
    "term:settlement": "和解协议：",
    "term:fingerprint": "协议指纹（其文本的 SHA-256）",
    "term:pdf_sha": "其导出 PDF 的 SHA-256",
    "term:recorded": "本记录由调解员{mediator}于{when}记录，并由其签署。自此，案件文件不再接受新内容。",
    "term:audit_head": "终止事件的审计链头（SEQ:HASH）",
    "outcome:settled": "达成和解",
    "outcome:partially-settled": "达成部分和解",
    "outcome:not-settled": "未能达成和解",
    "outcome:withdrawn": "一方退出",
    "outcome:withdrawn-by": "{party}退出调解",
    "outcome:terminated-by-mediator": "由调解员终止",
    "dest:title": "销毁证明书",
    "dest:ended": "调解于{date}终止（{outcome}）；保留期限为{days}日。",
    "dest:destroyed": (
        "{by}已于{when}销毁本案的单方会谈资料，包括：每个单方会谈及调解员笔记本中的每则笔记，连同其所有修订版及"
        "因披露而可供搜索的文本；当事方记录的每项立场，连同其搜索索引条目；报价记录簿中在单方会谈内记录的每项"
        "报价或要价（包括其金额及条款，私下金额亦包括在内）；以及在单方会谈或调解员笔记本中存档的每份证据文件"
        "（包括其文件的每个修订版、文件内容、名称、哈希值及提取的文本）。其后，案件文件已重新写入，旧文件已被"
        "覆写并删除。"),
    "dest:kept": ("保留：当事方、联席会议笔记、在联席会议中提出的报价、联席证据文件、单一文本及其提交记录、和解协议、"
                  "程序记录及审计链；审计链对已销毁内容所作的承诺值，因其盐值已被销毁，不会泄露任何内容。"),
    "dest:channel": "频道", "dest:notes": "笔记", "dest:revisions": "修订版", "dest:positions": "立场",
    "dest:offers": "报价", "dest:exhibits": "证据文件", "dest:total": "合计",
    "dest:counts_only": "仅载数目：本证明书不载任何笔记、修订版、立场、报价或证据文件的内容。",
    "dest:audit_head": "销毁后的审计链头（SEQ:HASH）",
    "dest:record_sha": "所附销毁记录（{file}）的 SHA-256",
    "channel:party": "与{party}的单方会谈",
    "channel:mediator": "调解员笔记本",
    "imp:title": "公正性记录",
    "imp:case": "案件 {reference}，截至 {when}（{zone}）",
    "imp:promise": "仅含次数和时间：本记录显示调解员的时间和调解程序在各当事方之间的分配情况，不含任何会议、笔记或草案的内容。",
    "imp:time_chart": "单方会谈时间（分钟）",
    "imp:count_chart": "次数",
    "imp:caucus_minutes": "单方会谈分钟数",
    "imp:caucuses": "单方会谈",
    "imp:disclosures_from": "来自该方的披露",
    "imp:disclosures_to": "向该方的披露",
    "imp:tablings_seen": "获提交文本次数",
    "imp:positions": "已记录的立场",
    "imp:party": "当事方",
    "imp:last_caucus": "最近一次单方会谈",
    "imp:tabling_times": "获提交文本的时间",
    "imp:in_caucus": "单方会谈中",
    "imp:earlier": "另有 {n} 次更早",
    "imp:last_position": "最近的立场",
    "imp:running": "（进行中）",
    "imp:joint": ("联席会议：{sessions} 次（{minutes} 分钟）。向全体当事方提交：{tablings} 次。向全体当事方披露："
                  "{disclosures} 次。已撤销的披露（已计入上述数字）：{revoked} 次。"),
}

PROCESS_LABELS: dict[str, dict[str, str]] = {"en": _EN, "zh-Hans": _ZH_HANS, "zh-Hant": _ZH_HANT}

#: The rule sets' titles (core/rule_sets.py RULE_SET_TITLES, as records carry them) by the official Chinese
#: names of the instruments (en, zh-Hans, zh-Hant); a title not listed is printed as recorded.
_RULE_SETS = (
    ("Party consent (ICSID Mediation Rules style)",
     "当事方同意（参照《解决投资争端国际中心调解规则》）", "當事方同意（參照《解決投資爭端國際中心調解規則》）"),
    ("UNCITRAL Model Law on International Commercial Mediation (2018)",
     "《联合国国际贸易法委员会国际商事调解示范法》（2018年）", "《聯合國國際貿易法委員會國際商事調解示範法》（2018年）"),
    ("Hong Kong Mediation Ordinance (Cap. 620), s.8",
     "香港《调解条例》（第620章）第8条", "香港《調解條例》（第620章）第8條"),
)
_RULE_SET_NAMES = {names[0]: dict(zip(("en", "zh-Hans", "zh-Hant"), names, strict=True)) for names in _RULE_SETS}

ENGLISH = ("en",)


def spoken(languages: tuple[str, ...]) -> tuple[str, ...]:
    """The languages a record's document speaks: those it names, English when it names none (a record
    made before records named their languages)."""
    return languages or ENGLISH


def check_languages(languages: tuple[str, ...]) -> None:
    """A document's languages: one or more distinct tags this table speaks (`InvalidInput` otherwise)."""
    if not languages or len(set(languages)) != len(languages) or any(
            not isinstance(lang, str) or lang not in PROCESS_LABELS for lang in languages):
        raise InvalidInput("A document's languages are distinct tags from: " + ", ".join(PROCESS_LABELS) + ".")


def text(key: str, language: str, **values: object) -> str:
    """One fixed text in one language, with `{placeholders}` filled in."""
    found = PROCESS_LABELS[language][key]
    return found.format(**values) if values else found


def texts(key: str, languages: tuple[str, ...], separator: str = " / ", **values: object) -> str:
    """The same short text in each of the document's languages, each wording once, joined for one line."""
    return separator.join(dict.fromkeys(t for t in (text(key, lang, **values) for lang in languages) if t))


def rule_set_name(title: str, language: str) -> str:
    """A rule set's title as `language` names the instrument; any other title as recorded."""
    names = _RULE_SET_NAMES.get(title)
    return names[language] if names else title


def outcome_words(outcome: str, language: str, party: str = "") -> str:
    """How the mediation ended ("withdrawn by <party>" when the party is known); an unknown outcome as
    recorded."""
    if outcome == "withdrawn" and party:
        return text("outcome:withdrawn-by", language, party=party)
    return text(f"outcome:{outcome}", language) if f"outcome:{outcome}" in _EN else outcome


def day_in(iso_day: str, language: str) -> str:
    """A YYYY-MM-DD day as `language` writes it in prose; English keeps the ISO form its documents print."""
    if language == "en":
        return iso_day
    return format_date(date.fromisoformat(iso_day), language)


def moment_in(iso_moment: str, language: str) -> str:
    """An ISO 8601 moment in prose: English as recorded, Chinese "2026年3月2日 09:30（UTC+08:00）"."""
    if language == "en":
        return iso_moment
    moment = from_iso(iso_moment)
    clock = moment.strftime("%H:%M" if moment.second == 0 else "%H:%M:%S")
    offset = moment.strftime("%z")
    zone = f"（UTC{offset[:3]}:{offset[3:]}）" if offset else ""
    return f"{format_date(moment.date(), language)} {clock}{zone}"


def channel_label(party: str | None, languages: tuple[str, ...]) -> str:
    """A destroyed channel's line in the certificate: "Caucus with <party>" (None: the mediator's notebook)."""
    if party is None:
        return texts("channel:mediator", languages)
    return texts("channel:party", languages, party=party)


class Wording:
    """The paragraphs of one document in its languages: a sentence once per language (each wording
    once), a heading or a label joined on one line ("The parties / 當事方"), a label and its value.

    `style(name, language)` picks the paragraph style a language is set in; a line mixing languages
    takes the last language's (Chinese wraps per character)."""

    def __init__(self, languages: tuple[str, ...], style: Callable[[str, str], ParagraphStyle]) -> None:
        self.languages = languages
        self.style = style

    def para(self, content: str, style: str = "p", language: str | None = None) -> Paragraph:
        return Paragraph(escape(content), self.style(style, language or self.languages[-1]))

    def each(self, key: str, style: str = "p", **values: object) -> list[Paragraph]:
        """The sentence `key` in each language, in the document's order; a value may be a function of the
        language (a date, an outcome)."""
        out: dict[str, str] = {}
        for lang in self.languages:
            filled = {k: (v(lang) if callable(v) else v) for k, v in values.items()}
            wording = text(key, lang, **filled)
            if wording:
                out.setdefault(wording, lang)
        return [self.para(wording, style, lang) for wording, lang in out.items()]

    def heading(self, key: str, style: str = "h2") -> Paragraph:
        """A heading in each language on one line; a heading ending in a colon keeps one colon, at the end."""
        wordings = list(dict.fromkeys(text(key, lang) for lang in self.languages))
        if len(wordings) > 1 and any(w.endswith((":", "：")) for w in wordings):
            return self.para(" / ".join(w.rstrip(":：") for w in wordings) + colon(self.languages).rstrip(), style)
        return self.para(" / ".join(wordings), style)

    def line(self, key: str, value: str, style: str = "p", **values: object) -> Paragraph:
        """"Label: value", the label in each language ("Grounds / 依據: ...")."""
        return self.para(texts(key, self.languages, **values) + colon(self.languages) + value, style)
