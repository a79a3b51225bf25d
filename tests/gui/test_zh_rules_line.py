"""The overview's agreement to mediate names its rules in the interface's language: the record carries the
rule set's English title (core.process.rules_line), which the zh_HK interface showed as recorded. The
institution's rules are the mediator's own words and stay as typed; the English interface is unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from iomed_desk.core.model import RuleSetName
from iomed_desk.core.rule_sets import RULE_SET_TITLES
from iomed_desk.gui.i18n import install_translator
from iomed_desk.gui.process_overview import ProcessSection
from tests.ready_case import INSTITUTION_RULES

pytest_plugins = ("tests.gui.workspace_fixtures",)

#: the zh_HK names, written out here (as the Hong Kong translation gives them), not taken from the code
ZH_HK = {RuleSetName.CONSENT: "當事方同意（ICSID 調解規則模式）",
         RuleSetName.MODEL_LAW: "《貿易法委員會國際商事調解示範法》（2018 年）",
         RuleSetName.HONG_KONG: "香港《調解條例》（第 620 章）第 8 條"}


def _rules_line(session) -> str:  # type: ignore[no-untyped-def]
    section = ProcessSection(session)
    try:
        section.refresh()
        return section.labels["agreement"].text().splitlines()[1]
    finally:
        section.deleteLater()


@pytest.mark.parametrize("rule_set", list(RuleSetName))
def test_zh_hk_names_the_rule_set_in_chinese(qtbot, case_factory, rule_set: RuleSetName) -> None:  # type: ignore[no-untyped-def]
    session = case_factory(rule_set, parties=2)
    app = QApplication.instance()
    install_translator(app, "zh_HK")
    try:
        line = _rules_line(session)
    finally:
        install_translator(app, "en")
    assert line == f"規則：{ZH_HK[rule_set]}；{INSTITUTION_RULES}", line
    assert RULE_SET_TITLES[rule_set] not in line


def test_english_shows_the_rules_as_recorded(qtbot, case_factory) -> None:  # type: ignore[no-untyped-def]
    session = case_factory(RuleSetName.CONSENT, parties=2)
    assert _rules_line(session) == f"Rules: Party consent (ICSID Mediation Rules style); {INSTITUTION_RULES}"
