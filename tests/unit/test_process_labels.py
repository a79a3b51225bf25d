"""The process documents' wording table (export/process_labels.py): every language says every text with
the same placeholders, Traditional is Traditional and Simplified Simplified, the rule sets have their
Chinese names, and the English channel lines are the case's own.

Oracles that are not the code: Python's own format-string parser, a hand list of characters whose
Traditional and Simplified forms differ, and `Case.channel_label`.
"""

from __future__ import annotations

from string import Formatter

import pytest

from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import LANGUAGES, Case, CaseKind, Party
from iomed_desk.core.rule_sets import RULE_SET_TITLES
from iomed_desk.export.process_labels import (
    PROCESS_LABELS,
    channel_label,
    check_languages,
    day_in,
    moment_in,
    outcome_words,
    rule_set_name,
)

#: (Simplified, Traditional) pairs that differ, from the characters these documents use
_PAIRS = ("记記 调調 协協 议議 签簽 终終 书書 销銷 证證 录錄 费費 规規 则則 国國 会會 谈談 员員 条條 据據 审審 计計 "
          "链鏈 数數 订訂 项項 获獲 对對 与與 为為 该該 时時 间間 笔筆 档檔 当當 于於 围圍 许許 须須 无無 达達 "
          "处處 认認 识識 码碼 报報 价價 删刪 写寫 旧舊 盐鹽 泄洩 载載 仅僅 绘繪 页頁 锁鎖 简簡 后後 这這 们們 "
          "联聯 决決 际際 贸貿 发發 类類 样樣 个個 内內 结結 属屬 门門 争爭 拟擬 范範 寻尋 适適 读讀 复復 备備")
SIMPLIFIED = {pair[0] for pair in _PAIRS.split()}
TRADITIONAL = {pair[1] for pair in _PAIRS.split()}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


def test_every_language_has_every_text_with_the_same_placeholders() -> None:
    assert set(PROCESS_LABELS) == set(LANGUAGES)
    english = PROCESS_LABELS["en"]
    for language, table in PROCESS_LABELS.items():
        assert set(table) == set(english), language
        for key, text in table.items():
            assert _fields(text) == _fields(english[key]), (language, key)


@pytest.mark.parametrize(("language", "foreign"), [("zh-Hant", SIMPLIFIED), ("zh-Hans", TRADITIONAL)])
def test_each_chinese_table_uses_its_own_characters(language: str, foreign: set[str]) -> None:
    for key, text in PROCESS_LABELS[language].items():
        assert not foreign & set(text), (language, key, sorted(foreign & set(text)))
    names = [rule_set_name(title, language) for title in RULE_SET_TITLES.values()]
    assert not foreign & set("".join(names)), names


def test_the_titles_say_what_a_hong_kong_practitioner_calls_them() -> None:
    hant, hans = PROCESS_LABELS["zh-Hant"], PROCESS_LABELS["zh-Hans"]
    assert (hant["atm:title"], hans["atm:title"]) == ("調解協議", "调解协议")
    assert "終止記錄" in hant["term:title"] and "终止记录" in hans["term:title"]
    assert (hant["dest:title"], hans["dest:title"]) == ("銷毀證明書", "销毁证明书")


def test_every_rule_set_has_its_chinese_name_and_an_unknown_title_stays_as_recorded() -> None:
    for title in RULE_SET_TITLES.values():
        assert rule_set_name(title, "en") == title
        assert rule_set_name(title, "zh-Hant") != title and rule_set_name(title, "zh-Hans") != title
    assert rule_set_name(RULE_SET_TITLES[next(iter(RULE_SET_TITLES))], "zh-Hant").startswith("當事方同意")
    assert "《調解條例》（第620章）" in rule_set_name("Hong Kong Mediation Ordinance (Cap. 620), s.8", "zh-Hant")
    assert rule_set_name("Some other rules", "zh-Hans") == "Some other rules"


def test_the_english_channel_lines_are_the_cases_own() -> None:
    case = Case("c1", "R/1", "T", CaseKind.COMMERCIAL, parties=(Party("p1", "Alpha Port Ltd"),))
    assert channel_label("Alpha Port Ltd", ("en",)) == case.channel_label(Channel.party("p1"))
    assert channel_label(None, ("en",)) == case.channel_label(Channel.mediator())
    assert channel_label("Alpha Port Ltd", ("en", "zh-Hant")) == "Caucus with Alpha Port Ltd / 與Alpha Port Ltd的單方會談"


def test_dates_and_outcomes_in_prose() -> None:
    assert day_in("2026-03-20", "en") == "2026-03-20" and day_in("2026-03-20", "zh-Hant") == "2026年3月20日"
    assert moment_in("2026-03-02T09:30:00+08:00", "en") == "2026-03-02T09:30:00+08:00"
    assert moment_in("2026-03-02T09:30:00+08:00", "zh-Hans") == "2026年3月2日 09:30（UTC+08:00）"
    assert outcome_words("withdrawn", "en", "Beta") == "withdrawn by Beta"
    assert outcome_words("withdrawn", "zh-Hant", "Beta") == "Beta退出調解"
    assert outcome_words("not-settled", "en") == "not settled"  # as the termination record always said
    assert outcome_words("something-new", "zh-Hans") == "something-new"


@pytest.mark.parametrize("languages", [(), ("fr",), ("en", "en"), ("zh-HK",)])
def test_languages_outside_the_table_are_refused(languages: tuple[str, ...]) -> None:
    with pytest.raises(InvalidInput):
        check_languages(languages)
