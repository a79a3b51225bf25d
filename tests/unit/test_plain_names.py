"""Names and titles hold text that reads as stored (issue 12, hole 6): no NUL, control or bidi override characters.

They were accepted in the reference, title, place, party names, representatives and mediator
names, stored, and carried into the signed PDF. Now a new case refuses them, naming the field,
whether created through the app (as the wizard does) or `iomed-desk new`; and the document the
PDF renderer draws refuses them too, so an older file cannot carry them onto a page.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from iomed_desk.app.opening import NewCase, NewParty, build_case, create_case
from iomed_desk.core.clock import FakeClock
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import CaseKind
from iomed_desk.export.document import AgreementDocument, DocClause, DocParty
from tests.conftest import PASSPHRASE

#: NUL, escape, DEL, a C1 control, a tab, the bidi embeddings/overrides/isolates, line/paragraph separators, lone surrogates
BAD = ["\x00", "\x1b", "\x7f", "\x9b", "\t", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
       "\u2068", "\u2069", "\u2028", "\u2029", "\ud800", "\udfff"]
#: Arabic with a right-to-left mark, Chinese, a zero-width joiner in an emoji sequence, a non-breaking space
GOOD = ["شركة\u200f النفط", "香港國際調解院", "Team 👩\u200d💼", "Dr\u00a0Lin", "Zoë O'Brien-Ünal"]


def spec(**changes: object) -> NewCase:
    base = NewCase(reference="IOMed/2026/017", title="Porto Novo terminal", kind=CaseKind.COMMERCIAL,
                   mediators=("Dr Lin Wai-man",),
                   parties=(NewParty("Republic of Asteria", representatives=("H.E. Amara Okafor",)),
                            NewParty("Meridian Build", representatives=("Jonathan Reyes",))),
                   place="Hong Kong")
    return dataclasses.replace(base, **changes)


def with_bad(field: str, ch: str) -> tuple[NewCase, str]:
    """A spec with `ch` inside one field, and how the error must name that field."""
    inside = f"Ast{ch}eria"
    parties = spec().parties
    return {
        "reference": (spec(reference=f"IOMed/{ch}/017"), "The case reference"),
        "title": (spec(title=f"Porto {ch}Novo"), "The case title"),
        "place": (spec(place=f"Hong{ch} Kong"), "The place"),
        "party": (spec(parties=(NewParty(inside), parties[1])), "The name of party 1"),
        "representative": (spec(parties=(parties[0], NewParty("Meridian Build", representatives=("J", inside)))),
                           "The name of a representative of party 2"),
        "mediator": (spec(mediators=("Dr Lin", f"Dr {inside}")), "The name of mediator 2"),
    }[field]


FIELDS = ["reference", "title", "place", "party", "representative", "mediator"]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("ch", BAD, ids=[f"U+{ord(c):04X}" for c in BAD])
def test_a_new_case_refuses_them_naming_the_field(field: str, ch: str) -> None:
    bad, what = with_bad(field, ch)
    with pytest.raises(InvalidInput) as refused:
        build_case(bad, FakeClock())
    assert refused.value.message.startswith(f"{what} contains ")
    assert f"(U+{ord(ch):04X})" in refused.value.message and "\n" not in refused.value.message


@pytest.mark.parametrize("text", GOOD)
def test_names_in_any_script_are_accepted(text: str) -> None:
    case = build_case(spec(title=text, parties=(NewParty(text, representatives=(text,)), NewParty("B")),
                           mediators=(text,)), FakeClock())
    assert case.title == text and case.parties[0].name == text and case.mediators[0].name == text


def test_nothing_is_written_for_a_refused_case(tmp_path: Path) -> None:
    path = tmp_path / "case.iomed"
    with pytest.raises(InvalidInput, match="The name of party 1"):
        create_case(path, PASSPHRASE, with_bad("party", "\u202e")[0])
    assert list(tmp_path.iterdir()) == []


def test_iomed_desk_new_refuses_them_in_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("IOMED_DEBUG", None)
    path = tmp_path / "cli.iomed"
    for option, value, what in (("--party", "Asteria\u202eLtd", "The name of party 1"),
                                ("--title", "Fishing\x1b[2J rights", "The case title"),
                                ("--mediator", "Amb.\u2066 Ren", "The name of mediator 1"),
                                ("--reference", "IOMed\u2028031", "The case reference")):
        args = {"--party": ["Republic of Boreal"], "--title": "Fishing rights", "--mediator": ["Amb. Ren"],
                "--reference": "IOMed/2026/031"}
        args[option] = [value, *args[option]] if isinstance(args[option], list) else value
        argv = ["new", str(path), "--kind", "interstate", "--passphrase-stdin"]
        for name, given in args.items():
            for item in given if isinstance(given, list) else [given]:
                argv += [name, item]
        out = subprocess.run([sys.executable, "-m", "iomed_desk", *argv], input="a long enough passphrase\n",
                             capture_output=True, text=True, timeout=120, env=env)
        assert out.returncode == 2, out.stderr
        assert len(out.stderr.splitlines()) == 1 and out.stderr.startswith(f"iomed-desk: {what} contains ")
        assert not path.exists()


@pytest.mark.parametrize("ch", ["\x00", "\u202e", "\u2067", "\x1b"], ids=["NUL", "RLO", "RLI", "ESC"])
def test_the_document_the_renderer_draws_refuses_them(ch: str) -> None:
    doc = AgreementDocument(
        case_reference="IOMed-2026-0142", title="Settlement Agreement", place="Hong Kong", date=date(2026, 3, 2),
        languages=("en",),
        parties=(DocParty("Republic of Eastland", ("H.E. Amara Okafor",), "state"),
                 DocParty("Harbour Energy Holdings Ltd", ("Jonathan Reyes",), "company")),
        mediators=("Dr. Sofia Lindqvist",), recitals=(),
        clauses=(DocClause("1", {"en": "Payment"}, {"en": "USD 48,500,000 within thirty days."}),),
        fingerprint=hashlib.sha256(b"agreed text").hexdigest(), audit_head=hashlib.sha256(b"head").hexdigest())
    changes = [
        {"case_reference": f"IOMed{ch}-0142"}, {"title": f"Settlement{ch}"}, {"place": f"Hong{ch} Kong"},
        {"mediators": (f"Dr.{ch} Lindqvist",)},
        {"parties": (DocParty(f"Eastland{ch}", (), "state"), *doc.parties[1:])},
        {"parties": (DocParty("Eastland", (f"Amara{ch}",), "state"), *doc.parties[1:])},
    ]
    for change in changes:  # dataclasses.replace builds a new AgreementDocument, checks and all
        with pytest.raises(InvalidInput, match=r"contains .*\(U\+"):
            dataclasses.replace(doc, **change)
