"""The renderer's layout is part of the agreement (issue 13): an export names the layout that drew
its pages; a later renderer that draws another layout reports honestly that it cannot compare the
pages (and the result is not "verified"), never that they differ; the text and fingerprint still
check. The layout line is in the canonical text, so in the fingerprint, and has one byte form."""

from __future__ import annotations

from dataclasses import replace

import pytest

from iomed_desk.core.canonical_agreement import NotCanonical, parse
from iomed_desk.core.errors import InvalidInput
from iomed_desk.export.canonical import document_for, embed_agreement, prepare_pdf
from iomed_desk.export.render import LAYOUT, LAYOUTS, render_pdf
from iomed_desk.export.verify import verify_pdf
from tests.export.sample import EXPORT_TIME, sample_agreement

FUTURE = max(LAYOUTS) + 1


def test_the_layout_is_in_the_text_and_so_in_the_fingerprint() -> None:
    first = sample_agreement()
    later = replace(first, layout=FUTURE)
    assert first.layout == LAYOUT
    assert later.text.split("\n")[1] == f"layout: {FUTURE}"
    assert later.fingerprint != first.fingerprint
    assert parse(later.encoded) == later and parse(first.encoded) == first
    # one byte form: the first layout is written by leaving the line out
    explicit = first.text.replace("\n", "\nlayout: 1\n", 1).encode()
    with pytest.raises(NotCanonical):
        parse(explicit)
    for bad in ("layout: 02", "layout: x", "layout: 0"):
        with pytest.raises(NotCanonical):
            parse(first.text.replace("\n", f"\n{bad}\n", 1).encode())


def test_a_file_drawn_by_another_layout_is_not_called_different_but_cannot_be_compared() -> None:
    """Plays a future version's export: its text names layout N+1 (its pages come from a renderer
    this program does not have; here the current one stands in for it)."""
    future = replace(sample_agreement(), layout=FUTURE)
    pdf = embed_agreement(render_pdf(document_for(future), EXPORT_TIME), future, EXPORT_TIME)
    text = verify_pdf(pdf, []).text
    assert text is not None and text.fingerprint == future.fingerprint and text.layout == FUTURE
    assert not text.verified and not text.pages_compared
    assert not any("differ" in p for p in text.problems)
    (problem,) = text.problems
    assert f"drawn by renderer layout {FUTURE}; this verifier draws layout {LAYOUT}" in problem
    assert "cannot be made" in problem


def test_the_current_layout_is_compared() -> None:
    agreement = sample_agreement()
    text = verify_pdf(prepare_pdf(agreement, EXPORT_TIME), []).text
    assert text is not None and text.verified and text.pages_compared and text.layout == LAYOUT


def test_this_program_refuses_to_export_a_layout_it_does_not_draw() -> None:
    with pytest.raises(InvalidInput, match=f"draws page layout {LAYOUT}"):
        prepare_pdf(replace(sample_agreement(), layout=FUTURE), EXPORT_TIME)
