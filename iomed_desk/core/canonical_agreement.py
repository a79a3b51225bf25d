"""The canonical agreement: everything an exported agreement's pages say, as plain text.

Its UTF-8 bytes are what the fingerprint printed on every page hashes
(`fingerprint` = SHA-256, hex), what the PDF embeds as its associated file, and
what `iomed-desk verify --extract-text` writes; verification re-renders the pages
from it. The layout (format 1) is documented for people in docs/agreement-format.md:

    iomed-desk agreement 1
    layout: <n>                              only when n > 1: the renderer layout that drew the pages
    case reference: <text>
    title: <text>
    place: <text, possibly empty>
    date: <YYYY-MM-DD>
    languages: <tag> [<tag>]
    mediator: <name>                         one line per mediator
    party <n>: <name>                        n = 1, 2, ... in order, then for each party:
    party <n> kind: <state | state-entity | company | individual | organisation, or empty>
    party <n> representative: <name>         zero or more
    party <n> signatory <m>: <name>          m = 1, 2, ...; zero or more, each with:
    party <n> signatory <m> capacity: <text, possibly empty>
    party <n> signatory <m> authority: <text, possibly empty>
    party <n> signs: digitally | on paper
    recital <n> <tag>: <line>                per recital, per language
    clause <n> <tag> heading: <line>         per clause, per language
    clause <n> <tag> body: <line>
    annex <n>: <label>                       per annex, only when the agreement has annexes:
    annex <n> file: <file name>
    annex <n> media type: <type/subtype[; name=value]>
    annex <n> size: <bytes, decimal>
    annex <n> sha256: <lower-case hex>
    declaration date: <YYYY-MM-DD>           per distinct day a mediator's declaration was made, ascending,
    declarations acknowledged by all parties: yes | no   only when there are declarations
    audit chain head: <hex>

A line is its key, a colon, and, unless the value line is empty, one space and
the value line. A text of several lines (a body, a recital) is one line per text
line, each behind the same key, so no text can forge a key. Texts are NFC with
no trailing spaces and hold nothing that reads otherwise than it is stored
(core/plain_text.py); `parse` accepts only text that `serialise` would write,
so one agreement has exactly one byte form.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Literal

from iomed_desk.core.drafting import normalise_text
from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import LANGUAGES, PartyKind
from iomed_desk.core.plain_text import require_plain_line

HEADER = "iomed-desk agreement 1"
#: the renderer layout an agreement names when it names none (its text has no `layout:` line)
FIRST_LAYOUT = 1
MEDIA_TYPE = "text/plain; charset=utf-8"

SignatureMode = Literal["digital", "paper"]
_SIGNS = {"digital": "digitally", "paper": "on paper"}
_SIGNS_BACK = {v: k for k, v in _SIGNS.items()}

#: language tag -> text, in the agreement's language order
Texts = tuple[tuple[str, str], ...]

_HEX = re.compile(r"[0-9a-f]+")
_NUMBER = re.compile(r"[1-9][0-9]{0,5}")
_KINDS = tuple(k.value for k in PartyKind)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SIZE = re.compile(r"0|[1-9][0-9]{0,15}")
_TOKEN = r"[a-z0-9][a-z0-9!#$&^_.+-]{0,126}"
_MEDIA_TYPE = re.compile(rf"{_TOKEN}/{_TOKEN}(?:; {_TOKEN}={_TOKEN})*")
#: an agreement annexes at most this many files (its annex page stays readable, a PDF's name tree flat)
MAX_ANNEXES = 999


class NotCanonical(InvalidInput):
    """The bytes are not an agreement in canonical form (format 1)."""


def _text(value: str, what: str, *, multiline: bool = True) -> str:
    """`value` normalised; refused if it holds what a name may not (core/plain_text.py), except
    that a multi-line text may hold line breaks and tabs."""
    value = normalise_text(value)
    if not multiline and "\n" in value:
        raise InvalidInput(f"{what} must be one line.")
    for line in value.split("\n"):
        require_plain_line(line.replace("\t", " ") if multiline else line, what)
    return value


def _texts(value: object, languages: tuple[str, ...], what: str) -> Texts:
    pairs = dict(value.items() if isinstance(value, dict) else value)  # type: ignore[attr-defined]
    if set(pairs) != set(languages):
        raise InvalidInput(f"{what} needs a text in each of the agreement's languages, and no other.")
    return tuple((lang, _text(pairs[lang], what)) for lang in languages)


@dataclass(frozen=True)
class AgreedSignatory:
    """One who signs for a party: name, capacity and authority, as their signature block prints them."""

    name: str
    capacity: str = ""
    authority: str = ""

    def __post_init__(self) -> None:
        for name, what in (("name", "A signatory's name"), ("capacity", "A signatory's capacity"),
                           ("authority", "A signatory's authority")):
            object.__setattr__(self, name, _text(getattr(self, name), what, multiline=False))
        if not self.name:
            raise InvalidInput("Every signatory needs a name.")


@dataclass(frozen=True)
class AgreedParty:
    """A party as the agreement names it, who represents it, who signs for it, and how it signs.

    `kind` is a `PartyKind` code (the renderer prints it in the agreement's languages).
    """

    name: str
    kind: str = ""
    representatives: tuple[str, ...] = ()
    signs: SignatureMode = "digital"
    signatories: tuple[AgreedSignatory, ...] = ()

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "name", _text(self.name, "A party's name", multiline=False))
        set_(self, "kind", _text(self.kind, "A party's kind", multiline=False))
        set_(self, "representatives", tuple(_text(r, "A representative's name", multiline=False)
                                            for r in self.representatives))
        set_(self, "signatories", tuple(self.signatories))
        if not self.name or not all(self.representatives):
            raise InvalidInput("Every party and representative needs a name.")
        if self.kind and self.kind not in _KINDS:
            raise InvalidInput(f"A party's kind is one of: {', '.join(_KINDS)}.")
        if self.signs not in _SIGNS:
            raise InvalidInput("A party signs 'digital' or 'paper'.")


@dataclass(frozen=True)
class AgreedClause:
    """One clause as agreed: a heading (possibly empty) and a body per language."""

    headings: Texts
    bodies: Texts

    def __post_init__(self) -> None:
        for name in ("headings", "bodies"):
            value = getattr(self, name)
            object.__setattr__(self, name, tuple(value.items() if isinstance(value, dict) else value))

    def heading(self, language: str) -> str:
        return dict(self.headings).get(language, "")

    def body(self, language: str) -> str:
        return dict(self.bodies).get(language, "")


@dataclass(frozen=True)
class AgreedAnnex:
    """An exhibit the agreement annexes: its label ("C-12"), file name, media type, size and SHA-256.

    The file itself travels embedded in the signed PDF; the agreement text lists these, so the
    fingerprint (and with it every signature) covers the annex's hash, and `verify` checks the
    embedded bytes against it.
    """

    label: str
    file_name: str
    media_type: str
    size: int
    sha256: str

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "label", _text(self.label, "An annex's label", multiline=False))
        set_(self, "file_name", _text(self.file_name, "An annex's file name", multiline=False))
        if not self.label or not self.file_name:
            raise InvalidInput("Every annex needs a label and a file name.")
        if any(c in self.file_name for c in "/\\") or self.file_name in (".", ".."):
            raise InvalidInput(f"An annex's file name is a name, not a path: {self.file_name!r}.")
        if not isinstance(self.media_type, str) or not _MEDIA_TYPE.fullmatch(self.media_type):
            raise InvalidInput(f"An annex's media type is a lower-case type/subtype (with '; name=value' "
                               f"parameters, if any), not {self.media_type!r}.")
        if not isinstance(self.size, int) or isinstance(self.size, bool) or not 0 <= self.size < 10**16:
            raise InvalidInput("An annex's size is a number of bytes.")
        if not isinstance(self.sha256, str) or not _SHA256.fullmatch(self.sha256):
            raise InvalidInput("An annex's SHA-256 is 64 lower-case hexadecimal digits.")


@dataclass(frozen=True)
class CanonicalAgreement:
    """The agreement as exported: the agreed clauses in every language and who agreed them, where and when.

    Texts are normalised on construction (`normalise_text`), so two agreements
    that print alike are equal and serialise to the same bytes.
    """

    case_reference: str
    title: str
    place: str
    date: date
    languages: tuple[str, ...]
    mediators: tuple[str, ...]
    parties: tuple[AgreedParty, ...]
    recitals: tuple[Texts, ...]
    clauses: tuple[AgreedClause, ...]
    audit_head: str
    #: the renderer layout the pages are drawn with (export/render.py LAYOUT); part of the text,
    #: so of the fingerprint, as a `layout:` line when it is not the first
    layout: int = FIRST_LAYOUT
    #: the exhibits annexed, in the agreement's order; listed (hash included) only when there are any,
    #: so an agreement without annexes has the bytes it had before annexes existed
    annexes: tuple[AgreedAnnex, ...] = ()
    #: the days the mediators' independence and impartiality declarations were made (at the seat), and
    #: whether every party acknowledged them (issue 16): printed on the attestation page; no lines, and
    #: the bytes an agreement had before, when the case records none
    declaration_dates: tuple[date, ...] = ()
    declarations_acknowledged: bool = False

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "annexes", tuple(self.annexes))
        set_(self, "declaration_dates", tuple(self.declaration_dates))
        if list(self.declaration_dates) != sorted(set(self.declaration_dates)):
            raise InvalidInput("The declarations' dates are distinct days in order.")
        if self.declarations_acknowledged and not self.declaration_dates:
            raise InvalidInput("Only declarations that were made can be acknowledged.")
        if len(self.annexes) > MAX_ANNEXES:
            raise InvalidInput(f"An agreement annexes at most {MAX_ANNEXES} files.")
        labels = [a.label.casefold() for a in self.annexes]
        if len(set(labels)) != len(labels):
            raise InvalidInput("Each annex needs its own label.")
        if not isinstance(self.layout, int) or isinstance(self.layout, bool) or not 1 <= self.layout < 10**6:
            raise InvalidInput("An agreement's layout is a number from 1.")
        langs = tuple(self.languages)
        if not langs or len(set(langs)) != len(langs) or any(lg not in LANGUAGES for lg in langs):
            raise InvalidInput("An agreement's languages are distinct tags from: " + ", ".join(LANGUAGES) + ".")
        set_(self, "languages", langs)
        for name, what in (("case_reference", "The case reference"), ("title", "The title"),
                           ("place", "The place")):
            set_(self, name, _text(getattr(self, name), what, multiline=False))
        set_(self, "mediators", tuple(_text(m, "A mediator's name", multiline=False) for m in self.mediators))
        set_(self, "parties", tuple(self.parties))
        set_(self, "recitals", tuple(_texts(r, langs, "A recital") for r in self.recitals))
        set_(self, "clauses", tuple(
            AgreedClause(_texts(c.headings, langs, f"Clause {n}'s heading"),
                         _texts(c.bodies, langs, f"Clause {n}"))
            for n, c in enumerate(self.clauses, start=1)))
        set_(self, "audit_head", self.audit_head.strip().lower())
        if not self.case_reference or not self.title:
            raise InvalidInput("An agreement needs a case reference and a title.")
        if not self.mediators or not all(self.mediators):
            raise InvalidInput("An agreement names at least one mediator.")
        if not self.parties or not self.clauses:
            raise InvalidInput("An agreement needs parties and clauses.")
        if not _HEX.fullmatch(self.audit_head):
            raise InvalidInput("The audit chain head must be a hex digest.")

    @cached_property
    def text(self) -> str:
        """The canonical text (format 1)."""
        return serialise(self)

    @cached_property
    def encoded(self) -> bytes:
        """The canonical bytes: the text in UTF-8. The fingerprint is their SHA-256."""
        return self.text.encode("utf-8")

    @cached_property
    def fingerprint(self) -> str:
        return fingerprint(self.encoded)

    @property
    def signature_modes(self) -> tuple[SignatureMode, ...]:
        return tuple(p.signs for p in self.parties)


def fingerprint(data: bytes) -> str:
    """The agreement fingerprint of canonical bytes: `sha256sum` prints the same hex."""
    return hashlib.sha256(data).hexdigest()


def _line(key: str, value: str) -> str:
    return f"{key}: {value}" if value else f"{key}:"


def _lines(key: str, value: str) -> list[str]:
    return [_line(key, part) for part in value.split("\n")]


def serialise(agreement: CanonicalAgreement) -> str:
    """The agreement as its canonical text (see the module docstring)."""
    a = agreement
    out = [HEADER] + ([_line("layout", str(a.layout))] if a.layout != FIRST_LAYOUT else [])
    out += [_line("case reference", a.case_reference), _line("title", a.title),
           _line("place", a.place), _line("date", a.date.isoformat()),
           _line("languages", " ".join(a.languages))]
    out += [_line("mediator", m) for m in a.mediators]
    for n, party in enumerate(a.parties, start=1):
        out += [_line(f"party {n}", party.name), _line(f"party {n} kind", party.kind)]
        out += [_line(f"party {n} representative", r) for r in party.representatives]
        for m, who in enumerate(party.signatories, start=1):
            out += [_line(f"party {n} signatory {m}", who.name),
                    _line(f"party {n} signatory {m} capacity", who.capacity),
                    _line(f"party {n} signatory {m} authority", who.authority)]
        out.append(_line(f"party {n} signs", _SIGNS[party.signs]))
    for n, recital in enumerate(a.recitals, start=1):
        for lang, text in recital:
            out += _lines(f"recital {n} {lang}", text)
    for n, clause in enumerate(a.clauses, start=1):
        for lang in a.languages:
            out += _lines(f"clause {n} {lang} heading", clause.heading(lang))
            out += _lines(f"clause {n} {lang} body", clause.body(lang))
    for n, annex in enumerate(a.annexes, start=1):
        out += [_line(f"annex {n}", annex.label), _line(f"annex {n} file", annex.file_name),
                _line(f"annex {n} media type", annex.media_type), _line(f"annex {n} size", str(annex.size)),
                _line(f"annex {n} sha256", annex.sha256)]
    out += [_line("declaration date", d.isoformat()) for d in a.declaration_dates]
    if a.declaration_dates:
        out.append(_line("declarations acknowledged by all parties", "yes" if a.declarations_acknowledged else "no"))
    out.append(_line("audit chain head", a.audit_head))
    return "\n".join(out) + "\n"


_KEY = re.compile(
    r"(?P<field>layout|case reference|title|place|date|languages|mediator|audit chain head|declaration date"
    r"|declarations acknowledged by all parties)"
    r"|party (?P<party>[1-9][0-9]*)(?: (?P<pfield>kind|representative|signs"
    r"|signatory [1-9][0-9]*(?: capacity| authority)?))?"
    r"|recital (?P<recital>[1-9][0-9]*) (?P<rlang>\S+)"
    r"|clause (?P<clause>[1-9][0-9]*) (?P<clang>\S+) (?P<cpart>heading|body)"
    r"|annex (?P<annex>[1-9][0-9]*)(?: (?P<afield>file|media type|size|sha256))?"
)


def parse(data: bytes) -> CanonicalAgreement:
    """Read canonical bytes back; raise `NotCanonical` unless `serialise` would write exactly them."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NotCanonical("The agreement text is not UTF-8.") from None
    lines = text.split("\n")
    if len(lines) < 3 or lines[0] != HEADER or lines[-1] != "":
        raise NotCanonical(f"The agreement text does not start with {HEADER!r} or does not end "
                           "with a line break.")
    fields: dict[str, list[str]] = {}
    parties: dict[int, dict[str, list[str]]] = {}
    recitals: dict[int, dict[str, list[str]]] = {}
    clauses: dict[int, dict[tuple[str, str], list[str]]] = {}
    annexes: dict[int, dict[str, list[str]]] = {}
    for number, line in enumerate(lines[1:-1], start=2):
        key, colon, rest = line.partition(":")
        match = _KEY.fullmatch(key)
        if not colon or match is None or (rest and not rest.startswith(" ")):
            raise NotCanonical(f"Line {number} of the agreement text is not a known entry.")
        value = rest[1:]
        if match["field"]:
            fields.setdefault(match["field"], []).append(value)
        elif match["party"]:
            parties.setdefault(int(match["party"]), {}).setdefault(match["pfield"] or "name", []).append(value)
        elif match["annex"]:
            annexes.setdefault(int(match["annex"]), {}).setdefault(match["afield"] or "label", []).append(value)
        elif match["recital"]:
            recitals.setdefault(int(match["recital"]), {}).setdefault(match["rlang"], []).append(value)
        else:
            clauses.setdefault(int(match["clause"]), {}).setdefault(
                (match["clang"], match["cpart"]), []).append(value)
    try:
        agreement = _build(fields, parties, recitals, clauses, annexes)
    except NotCanonical:
        raise
    except (InvalidInput, ValueError, KeyError, IndexError) as exc:
        raise NotCanonical(f"The agreement text is not a valid agreement ({exc}).") from None
    if agreement.encoded != data:
        raise NotCanonical("The agreement text is not in canonical form (order, spacing or normalisation).")
    return agreement


def _one(values: dict[str, list[str]], key: str) -> str:
    found = values.get(key, [])
    if len(found) != 1:
        raise NotCanonical(f"The agreement text needs exactly one {key!r} line.")
    return found[0]


def _numbered(found: dict[int, object], what: str) -> list[int]:
    numbers = sorted(found)
    if numbers != list(range(1, len(numbers) + 1)):
        raise NotCanonical(f"The agreement text's {what} are not numbered 1, 2, 3...")
    return numbers


def _build(fields: dict[str, list[str]], parties: dict[int, dict[str, list[str]]],
           recitals: dict[int, dict[str, list[str]]],
           clauses: dict[int, dict[tuple[str, str], list[str]]],
           annexes: dict[int, dict[str, list[str]]]) -> CanonicalAgreement:
    languages = tuple(_one(fields, "languages").split(" "))
    layout = FIRST_LAYOUT
    if "layout" in fields:
        written = _one(fields, "layout")
        if not _NUMBER.fullmatch(written):
            raise NotCanonical("The agreement text's layout is not a number.")
        layout = int(written)
    made_parties = []
    for n in _numbered(parties, "parties"):
        p = parties[n]
        signs = _SIGNS_BACK.get(_one(p, "signs"))
        if signs is None:
            raise NotCanonical(f"Party {n} signs neither 'digitally' nor 'on paper'.")
        signatories = []
        for m in range(1, len(p) + 1):
            if f"signatory {m}" not in p:
                break
            signatories.append(AgreedSignatory(_one(p, f"signatory {m}"), _one(p, f"signatory {m} capacity"),
                                               _one(p, f"signatory {m} authority")))
        made_parties.append(AgreedParty(_one(p, "name"), _one(p, "kind"),
                                        tuple(p.get("representative", [])), signs, tuple(signatories)))
    made_recitals = [tuple((lang, "\n".join(lines)) for lang, lines in recitals[n].items())
                     for n in _numbered(recitals, "recitals")]
    made_clauses = []
    for n in _numbered(clauses, "clauses"):
        parts = clauses[n]
        made_clauses.append(AgreedClause(
            tuple((lang, "\n".join(parts.get((lang, "heading"), []))) for lang in languages),
            tuple((lang, "\n".join(parts.get((lang, "body"), []))) for lang in languages)))
    made_annexes = []
    for n in _numbered(annexes, "annexes"):
        a = annexes[n]
        size = _one(a, "size")
        if not _SIZE.fullmatch(size):
            raise NotCanonical(f"Annex {n}'s size is not a number of bytes.")
        made_annexes.append(AgreedAnnex(_one(a, "label"), _one(a, "file"), _one(a, "media type"), int(size),
                                        _one(a, "sha256")))
    declared = tuple(date.fromisoformat(d) for d in fields.get("declaration date", []))
    acknowledged = False
    if declared:
        answer = _one(fields, "declarations acknowledged by all parties")
        if answer not in ("yes", "no"):
            raise NotCanonical("The declarations are acknowledged by all parties 'yes' or 'no'.")
        acknowledged = answer == "yes"
    elif "declarations acknowledged by all parties" in fields:
        raise NotCanonical("The agreement text answers for declarations it does not list.")
    return CanonicalAgreement(
        case_reference=_one(fields, "case reference"), title=_one(fields, "title"),
        place=_one(fields, "place"), date=date.fromisoformat(_one(fields, "date")),
        languages=languages, mediators=tuple(fields.get("mediator", [])), parties=tuple(made_parties),
        recitals=tuple(made_recitals), clauses=tuple(made_clauses),
        audit_head=_one(fields, "audit chain head"), layout=layout, annexes=tuple(made_annexes),
        declaration_dates=declared, declarations_acknowledged=acknowledged)
