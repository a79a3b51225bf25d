"""The signing record speaks the agreement's languages (issue 13): a Chinese-only agreement's record
is Chinese, a bilingual agreement's record bilingual, in the agreement's order. Oracle: poppler's
pdftotext of the drawn page."""

from __future__ import annotations

from pathlib import Path

import pytest

from iomed_desk.export.signing_record import render_record
from tests.export.test_agreement_frame import CREATED
from tests.export.test_agreement_pages import _record, layout_text

ENGLISH = ("Signing record", "Copy for", "Agreement fingerprint", "SHA-256 of the final PDF", "key:",
           "identity:", "certificate issued in the room", "national identity card", "board resolution",
           "witnessed by", "signer's clock", "To check your copy", "mediator (attestation)")
SIMPLIFIED = ("签署记录 — 深圳南山新能源科技有限公司存执", "协议指纹（规范文本的 SHA-256）", "最终 PDF 的 SHA-256",
              "密钥：调解现场签发的证书", "身份证明：身份证，号码末四位 1234", "授权依据：董事会决议, 2026年12月1日",
              "纸本签署，见证人 Ms Ann Lee", "签署时间 2026-12-07 04:54:00+00:00（签署人本机时间）",
              "4. Sig-Mediator: 刘思远, 调解员（证明）", "核对您所持协议副本与本记录")


def _text(languages: tuple[str, ...], tmp_path: Path) -> str:
    pdf = render_record(_record(), "深圳南山新能源科技有限公司", CREATED, languages)
    return "\n".join(" ".join(line.split()) for line in layout_text(pdf, tmp_path).splitlines())


def test_a_chinese_only_agreement_has_a_chinese_record(tmp_path: Path) -> None:
    text = _text(("zh-Hans",), tmp_path)
    for phrase in SIMPLIFIED:
        assert " ".join(phrase.split()) in text, phrase
    for phrase in ENGLISH:
        assert phrase not in text, phrase


def test_a_traditional_chinese_record_uses_its_own_characters(tmp_path: Path) -> None:
    text = _text(("zh-Hant",), tmp_path)
    assert "簽署記錄" in text and "密鑰：調解現場簽發的證書" in text and "調解員（證明）" in text
    assert "签署记录" not in text and "Signing record" not in text


@pytest.mark.parametrize("languages", [("en", "zh-Hant"), ("zh-Hant", "en")])
def test_a_bilingual_agreement_has_a_bilingual_record_in_its_order(languages: tuple[str, ...],
                                                                   tmp_path: Path) -> None:
    text = _text(languages, tmp_path)
    english, chinese = text.index("Signing record — Copy for"), text.index("簽署記錄 —")
    assert (english < chinese) == (languages[0] == "en")
    assert "Agreement fingerprint (SHA-256 of the canonical text)" in text and "協議指紋" in text
    key = "key / 密鑰: " if languages[0] == "en" else "密鑰 / key: "
    assert key in text
    assert "To check your copy" in text and "核對閣下所持協議副本" in text
