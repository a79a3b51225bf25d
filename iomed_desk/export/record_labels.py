"""The signing record's fixed wording in the agreement's languages (as export/labels.py is the
agreement's): a Chinese-only agreement gets a Chinese record, a bilingual one a bilingual record,
whatever language the mediator's screen uses. Names, hashes and serials are printed as recorded."""

from __future__ import annotations

_EN = {
    "title": "Signing record — {who}",
    "copy_for": "Copy for {party}",
    "copy_mediator": "Copy for the mediator",
    "case": "Case",
    "agreement": "Agreement",
    "export": "Export number {number}, made {when}",
    "file": "file {name}",
    "fingerprint": "Agreement fingerprint (SHA-256 of the canonical text)",
    "pdf_sha256": "SHA-256 of the final PDF (compare with sha256sum of your copy)",
    "replaces": "This export replaces export {number} (its PDF SHA-256: {sha}). Reason given: {reason}",
    "not_recorded": "not recorded",
    "signers": "Signers (identity documents are recorded by their last 4 characters only)",
    "for": "for {party}",
    "key": "key",
    "identity": "identity",
    "authority": "authority",
    "paper_signed": "signed on paper, witnessed by {witness} at {when}",
    "paper_awaiting": "awaiting the paper signature",
    "cert_serial": "certificate serial",
    "cert_sha256": "certificate SHA-256",
    "signed": "signed {when} (signer's clock)",
    "how_to_check": ("To check your copy of the agreement against this record: iomed-desk verify AGREEMENT.pdf "
                     "--record THIS-RECORD.pdf (or its .json). A signature by any other certificate, even one "
                     "issued later in the same name, does not match."),
    "ending": "{document} ending {last4}",
    "holding:pkcs12": "own PKCS#12 file", "holding:token": "PKCS#11 token",
    "holding:room": "certificate issued in the room", "holding:paper": "paper",
    "id:passport": "passport", "id:national-id": "national identity card", "id:other": "other document",
    "instrument:full-powers": "full powers", "instrument:board-resolution": "board resolution",
    "instrument:power-of-attorney": "power of attorney", "instrument:other": "other",
    "role:mediator (certification)": "mediator (certification)",
    "role:mediator (attestation)": "mediator (attestation)",
}

_ZH_HANS = {
    "title": "签署记录 — {who}",
    "copy_for": "{party}存执",
    "copy_mediator": "调解员存执",
    "case": "案件",
    "agreement": "协议",
    "export": "第 {number} 次导出，于 {when}",
    "file": "文件 {name}",
    "fingerprint": "协议指纹（规范文本的 SHA-256）",
    "pdf_sha256": "最终 PDF 的 SHA-256（可与您所持副本的 sha256sum 核对）",
    "replaces": "本次导出取代第 {number} 次导出（其 PDF 的 SHA-256：{sha}）。所述理由：{reason}",
    "not_recorded": "未记录",
    "signers": "签署人（身份证明文件仅记录号码的最后 4 个字符）",
    "for": "代表{party}",
    "key": "密钥",
    "identity": "身份证明",
    "authority": "授权依据",
    "paper_signed": "纸本签署，见证人 {witness}，时间 {when}",
    "paper_awaiting": "等待纸本签署",
    "cert_serial": "证书序列号",
    "cert_sha256": "证书 SHA-256",
    "signed": "签署时间 {when}（签署人本机时间）",
    "how_to_check": ("核对您所持协议副本与本记录：iomed-desk verify AGREEMENT.pdf --record THIS-RECORD.pdf"
                     "（或其 .json）。任何其他证书所作的签署，即使日后以同一姓名签发，亦不相符。"),
    "ending": "{document}，号码末四位 {last4}",
    "holding:pkcs12": "自带 PKCS#12 文件", "holding:token": "PKCS#11 令牌",
    "holding:room": "调解现场签发的证书", "holding:paper": "纸本",
    "id:passport": "护照", "id:national-id": "身份证", "id:other": "其他证件",
    "instrument:full-powers": "全权证书", "instrument:board-resolution": "董事会决议",
    "instrument:power-of-attorney": "授权委托书", "instrument:other": "其他",
    "role:mediator (certification)": "调解员（认证签名）", "role:mediator (attestation)": "调解员（证明）",
}

_ZH_HANT = {
    "title": "簽署記錄 — {who}",
    "copy_for": "{party}存執",
    "copy_mediator": "調解員存執",
    "case": "案件",
    "agreement": "協議",
    "export": "第 {number} 次匯出，於 {when}",
    "file": "檔案 {name}",
    "fingerprint": "協議指紋（規範文本的 SHA-256）",
    "pdf_sha256": "最終 PDF 的 SHA-256（可與閣下所持副本的 sha256sum 核對）",
    "replaces": "本次匯出取代第 {number} 次匯出（其 PDF 的 SHA-256：{sha}）。所述理由：{reason}",
    "not_recorded": "未記錄",
    "signers": "簽署人（身份證明文件僅記錄號碼的最後 4 個字元）",
    "for": "代表{party}",
    "key": "密鑰",
    "identity": "身份證明",
    "authority": "授權依據",
    "paper_signed": "紙本簽署，見證人 {witness}，時間 {when}",
    "paper_awaiting": "等待紙本簽署",
    "cert_serial": "證書序號",
    "cert_sha256": "證書 SHA-256",
    "signed": "簽署時間 {when}（簽署人本機時間）",
    "how_to_check": ("核對閣下所持協議副本與本記錄：iomed-desk verify AGREEMENT.pdf --record THIS-RECORD.pdf"
                     "（或其 .json）。任何其他證書所作的簽署，即使日後以同一姓名簽發，亦不相符。"),
    "ending": "{document}，號碼末四位 {last4}",
    "holding:pkcs12": "自備 PKCS#12 檔案", "holding:token": "PKCS#11 權杖",
    "holding:room": "調解現場簽發的證書", "holding:paper": "紙本",
    "id:passport": "護照", "id:national-id": "身份證", "id:other": "其他證件",
    "instrument:full-powers": "全權證書", "instrument:board-resolution": "董事會決議",
    "instrument:power-of-attorney": "授權書", "instrument:other": "其他",
    "role:mediator (certification)": "調解員（核證簽署）", "role:mediator (attestation)": "調解員（證明）",
}

RECORD_LABELS: dict[str, dict[str, str]] = {"en": _EN, "zh-Hans": _ZH_HANS, "zh-Hant": _ZH_HANT}


def record_label(key: str, language: str, **values: object) -> str:
    """One fixed text of the record in `language` (English for a language it does not know)."""
    text = RECORD_LABELS.get(language, _EN)[key]
    return text.format(**values) if values else text


def role(capacity: str, languages: tuple[str, ...]) -> str:
    """A capacity the app itself writes (the mediator's two signatures) in the record's languages;
    any other capacity as the signatory gave it."""
    return record_labels("role:" + capacity, languages) if "role:" + capacity in _EN else capacity


def record_labels(key: str, languages: tuple[str, ...], **values: object) -> str:
    """The same short text in each language, joined for one line: "key / 密鑰"."""
    return " / ".join(dict.fromkeys(record_label(key, lang, **values) for lang in languages))
