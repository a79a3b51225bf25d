"""The canonical agreement's byte form: one agreement, one byte string, and back.

The oracle for the fingerprint is `sha256sum` over the bytes, as a person runs it;
the oracle for the layout is the example below, written out by hand from
docs/agreement-format.md.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iomed_desk.core.canonical_agreement import (
    AgreedClause,
    AgreedParty,
    AgreedSignatory,
    CanonicalAgreement,
    NotCanonical,
    parse,
)
from iomed_desk.core.errors import InvalidInput

HEAD = "ab" * 32


def small(**change: object) -> CanonicalAgreement:
    base = CanonicalAgreement(
        case_reference="IOMed-2026-0142", title="Settlement Agreement", place="Hong Kong",
        date=date(2026, 3, 2), languages=("en", "zh-Hant"), mediators=("Dr. Sofia Lindqvist",),
        parties=(AgreedParty("Republic of Eastland", "state", ("H.E. Amara Okafor", "Li Wei"), "digital",
                             (AgreedSignatory("H.E. Amara Okafor", "Minister of Foreign Affairs",
                                              "full powers of 1 March 2026"),)),
                 AgreedParty("Harbour Energy Holdings Ltd", "company", (), "paper")),
        recitals=((("en", "The parties mediated."), ("zh-Hant", "各方進行了調解。")),),
        clauses=(AgreedClause((("en", "Payment"), ("zh-Hant", "付款")),
                              (("en", "Pay USD 27.5m.\n\nBy wire."), ("zh-Hant", "支付2750萬美元。"))),
                 AgreedClause((("en", ""), ("zh-Hant", "")), (("en", "Done."), ("zh-Hant", "完。")))),
        audit_head=HEAD,
    )
    return replace(base, **change)  # type: ignore[arg-type]


EXAMPLE = f"""iomed-desk agreement 1
case reference: IOMed-2026-0142
title: Settlement Agreement
place: Hong Kong
date: 2026-03-02
languages: en zh-Hant
mediator: Dr. Sofia Lindqvist
party 1: Republic of Eastland
party 1 kind: state
party 1 representative: H.E. Amara Okafor
party 1 representative: Li Wei
party 1 signatory 1: H.E. Amara Okafor
party 1 signatory 1 capacity: Minister of Foreign Affairs
party 1 signatory 1 authority: full powers of 1 March 2026
party 1 signs: digitally
party 2: Harbour Energy Holdings Ltd
party 2 kind: company
party 2 signs: on paper
recital 1 en: The parties mediated.
recital 1 zh-Hant: 各方進行了調解。
clause 1 en heading: Payment
clause 1 en body: Pay USD 27.5m.
clause 1 en body:
clause 1 en body: By wire.
clause 1 zh-Hant heading: 付款
clause 1 zh-Hant body: 支付2750萬美元。
clause 2 en heading:
clause 2 en body: Done.
clause 2 zh-Hant heading:
clause 2 zh-Hant body: 完。
audit chain head: {HEAD}
"""


def test_the_text_is_the_documented_layout() -> None:
    assert small().text == EXAMPLE
    assert small().encoded == EXAMPLE.encode("utf-8")


def test_the_fingerprint_is_what_sha256sum_prints(tmp_path) -> None:
    agreement = small()
    assert agreement.fingerprint == hashlib.sha256(EXAMPLE.encode("utf-8")).hexdigest()
    sha256sum = shutil.which("sha256sum")
    if sha256sum is None:
        pytest.skip("sha256sum is not installed (coreutils)")
    (tmp_path / "agreement.txt").write_bytes(agreement.encoded)
    out = subprocess.run([sha256sum, str(tmp_path / "agreement.txt")], capture_output=True, text=True,
                         check=True).stdout
    assert out.split()[0] == agreement.fingerprint


def test_the_text_reads_back() -> None:
    assert parse(EXAMPLE.encode("utf-8")) == small()


def test_an_amount_changes_the_fingerprint() -> None:
    genuine = small()
    forged = replace(genuine, clauses=(AgreedClause(genuine.clauses[0].headings,
                                                    (("en", "Pay USD 2.75m.\n\nBy wire."),
                                                     ("zh-Hant", "支付2750萬美元。"))),
                                       genuine.clauses[1]))
    assert forged.fingerprint != genuine.fingerprint


def test_invisible_differences_are_normalised_away() -> None:
    assert small(title="Settlement Agreement  ", place=" Hong Kong") == small()
    crlf = small(clauses=(AgreedClause((("en", "Payment"), ("zh-Hant", "付款")),
                                       (("en", "Pay USD 27.5m.  \r\n\r\nBy wire.\n"), ("zh-Hant", "支付2750萬美元。"))),
                          small().clauses[1]))
    assert crlf == small()
    assert small(title="Caf\u0065\u0301 agreement").title == "Caf\u00e9 agreement"


@pytest.mark.parametrize("text", [
    EXAMPLE.replace("\n", "\r\n"),                                   # line endings
    EXAMPLE + "\n",                                                  # trailing blank line
    EXAMPLE[:-1],                                                    # no final line break
    EXAMPLE.replace("title: Settlement", "title:  Settlement"),      # two spaces
    EXAMPLE.replace("title: Settlement Agreement", "title: Settlement Agreement "),
    EXAMPLE.replace("party 2 kind: company\n", ""),                  # a line left out
    EXAMPLE.replace("mediator: Dr. Sofia Lindqvist\n", ""),          # no mediator
    EXAMPLE.replace("party 1 signs: digitally", "party 1 signs: by fax"),
    EXAMPLE.replace("party 1 kind: state", "party 1 kind: republic"),
    EXAMPLE.replace("date: 2026-03-02", "date: 20260302"),
    EXAMPLE.replace("date: 2026-03-02", "date: 2026-02-30"),
    EXAMPLE.replace("clause 2 ", "clause 3 "),                      # numbering gap
    EXAMPLE.replace("recital 1 zh-Hant", "recital 1 zh-Hans"),       # another language
    EXAMPLE.replace("clause 1 en body: By wire.\n", "clause 1 en body: By wire.\nclause 1 en bodies: x\n"),
    # the same lines in another order
    EXAMPLE.replace("place: Hong Kong\ndate: 2026-03-02", "date: 2026-03-02\nplace: Hong Kong"),
    EXAMPLE.replace("iomed-desk agreement 1", "iomed-desk agreement 2"),
    EXAMPLE.replace(HEAD, HEAD.upper()),
    EXAMPLE.replace("Li Wei", "Li\u202eWei"),                        # a bidirectional override
    EXAMPLE.replace("By wire.", "By\x1bwire."),                       # an escape in a body
    EXAMPLE.replace("title: Settlement Agreement", "title: Settlement Agreement\ntitle: Two"),
])
def test_anything_but_the_canonical_form_is_refused(text: str) -> None:
    with pytest.raises(NotCanonical):
        parse(text.encode("utf-8"))


def test_bytes_that_are_not_utf8_are_refused() -> None:
    with pytest.raises(NotCanonical, match="UTF-8"):
        parse(EXAMPLE.encode("utf-16"))


def test_not_canonical_is_an_input_error() -> None:
    with pytest.raises(InvalidInput):
        parse(b"")


@pytest.mark.parametrize("change", [
    {"title": "two\nlines"}, {"case_reference": ""}, {"mediators": ()}, {"languages": ("en", "fr")},
    {"languages": ("en", "en")}, {"audit_head": "not hex"}, {"clauses": ()},
    {"recitals": ((("en", "only English"),),)},
])
def test_invalid_agreements_are_refused(change: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        small(**change)


def test_a_value_cannot_forge_a_line() -> None:
    """A body whose text looks like a key stays inside its clause: every line carries the body's key."""
    sneaky = "Pay USD 27.5m.\nclause 1 en body: Pay USD 2.75m.\naudit chain head: " + "00" * 32
    agreement = small(clauses=(AgreedClause((("en", "Payment"), ("zh-Hant", "付款")),
                                            (("en", sneaky), ("zh-Hant", "付款"))),))
    assert parse(agreement.encoded) == agreement
    assert agreement.clauses[0].body("en") == sneaky
    assert agreement.encoded.count(b"\naudit chain head: ") == 1


_line = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
                              blacklist_characters="\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                                                   "\u2066\u2067\u2068\u2069\ufeff"),
                min_size=1, max_size=30).map(str.strip).filter(bool)
_body = st.lists(st.one_of(_line, st.just("")), min_size=1, max_size=4).map("\n".join)


@st.composite
def agreements(draw: st.DrawFn) -> CanonicalAgreement:
    langs = draw(st.sampled_from([("en",), ("zh-Hans",), ("en", "zh-Hans"), ("zh-Hant", "en")]))

    def texts(kind: st.SearchStrategy[str]) -> tuple[tuple[str, str], ...]:
        return tuple((lang, draw(kind)) for lang in langs)

    parties = tuple(
        AgreedParty(draw(_line), draw(st.sampled_from(["", "state", "company", "individual"])),
                    tuple(draw(st.lists(_line, max_size=2))), draw(st.sampled_from(["digital", "paper"])),
                    tuple(AgreedSignatory(draw(_line), draw(st.one_of(st.just(""), _line)),
                                          draw(st.one_of(st.just(""), _line)))
                          for _ in range(draw(st.integers(0, 2)))))
        for _ in range(draw(st.integers(1, 3))))
    return CanonicalAgreement(
        case_reference=draw(_line), title=draw(_line), place=draw(st.one_of(st.just(""), _line)),
        date=draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))), languages=langs,
        mediators=tuple(draw(st.lists(_line, min_size=1, max_size=2))), parties=parties,
        recitals=tuple(texts(_body) for _ in range(draw(st.integers(0, 2)))),
        clauses=tuple(AgreedClause(texts(st.one_of(st.just(""), _line)), texts(_body))
                      for _ in range(draw(st.integers(1, 4)))),
        audit_head=draw(st.text("0123456789abcdef", min_size=1, max_size=64)),
    )


@settings(max_examples=100, deadline=None)
@given(agreements())
def test_every_agreement_reads_back_from_its_bytes(agreement: CanonicalAgreement) -> None:
    assert parse(agreement.encoded) == agreement


@settings(max_examples=100, deadline=None)
@given(agreements(), agreements())
def test_different_agreements_have_different_bytes(a: CanonicalAgreement, b: CanonicalAgreement) -> None:
    assert (a == b) == (a.encoded == b.encoded)
