"""Record file names (app/export.py record_paths): a party's name in any script names its record,
and no name can leave the folder, hide a character or take another record's name."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from types import SimpleNamespace

import pytest

from iomed_desk.app.export import SLUG_LENGTH, record_paths, record_slug
from iomed_desk.core.model import Party


def _paths(*names: str) -> dict[str, Path]:
    parties = tuple(Party(f"p{n}", name) for n, name in enumerate(names, start=1))
    return record_paths(Path("/out/final.pdf"), SimpleNamespace(case=SimpleNamespace(parties=parties)))  # type: ignore[arg-type]


def test_a_chinese_name_names_its_record() -> None:
    paths = _paths("香港特別行政區政府", "Harbour Energy Holdings Ltd", "Ελληνική Δημοκρατία")
    assert paths["p1"].name == "final.record-香港特別行政區政府.pdf"
    assert paths["p2"].name == "final.record-harbour-energy-holdings-ltd.pdf"
    assert paths["p3"].name == "final.record-ελληνική-δημοκρατία.pdf"
    assert paths["mediator"].name == "final.record-mediator.pdf"


@pytest.mark.parametrize("name", ["../../etc/passwd", "a/b\\c", "x\u202eexe.pdf", "tab\there", "nul\u0085x",
                                  "ゆ\u3099"])  # a combining mark: stored composed (NFC)
def test_no_separator_control_or_reordering_character_survives(name: str) -> None:
    slug = record_slug(name)
    assert slug and all(unicodedata.category(c)[0] in "LMN" or c == "-" for c in slug)
    assert slug == unicodedata.normalize("NFC", slug)
    assert _paths(name)["p1"].parent == Path("/out")


def test_length_is_limited_and_clashes_get_the_party_id() -> None:
    long = "香" * 100
    assert record_slug(long) == "香" * SLUG_LENGTH
    assert len(_paths(long)["p1"].name.encode()) < 255
    paths = _paths("Mediator", "ACME Ltd", "acme ltd.", "!!!")
    names = [p.name for p in paths.values()]
    assert len(set(names)) == len(names)
    assert paths["p1"].name == "final.record-mediator-p1.pdf"
    assert paths["p3"].name == "final.record-acme-ltd-p3.pdf"
    assert paths["p4"].name == "final.record-p4.pdf"
