"""The export's own input: what an agreement PDF says, as plain frozen values.

The export layer takes this model rather than the case store's objects so that
rendering and signing can be tested, benchmarked and reused without a case file;
the app layer builds one `AgreementDocument` from a concluded agreement.
Everything is validated on construction, so the renderer never meets a clause
that lacks one of the document's languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from iomed_desk.core.errors import InvalidInput
from iomed_desk.core.model import PartyKind
from iomed_desk.core.plain_text import require_plain_line

#: Languages an agreement may be drawn up in (BCP 47 tags).
SUPPORTED_LANGUAGES = ("en", "zh-Hans", "zh-Hant")

#: What a party may be, as the agreement describes it (labels.py has the words per language).
PARTY_KINDS = tuple(k.value for k in PartyKind)

SignatureMode = Literal["digital", "paper"]

#: Language tag -> text, stored as sorted pairs so values stay hashable and ordered.
Texts = tuple[tuple[str, str], ...]

_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX = re.compile(r"[0-9a-f]+")


def texts(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> Texts:
    """Normalise a language->text mapping (or pairs) into `Texts`."""
    pairs = dict(value.items() if isinstance(value, Mapping) else value)
    return tuple(sorted((str(k), str(v)) for k, v in pairs.items()))


def text_in(values: Texts, language: str) -> str:
    """The text for `language`, or an empty string when there is none."""
    return dict(values).get(language, "")


@dataclass(frozen=True)
class DocSignatory:
    """One signature block: who signs, in what capacity, on what authority.

    An empty name is a block whose lines are left to be written in by hand.
    """

    name: str = ""
    capacity: str = ""
    authority: str = ""


@dataclass(frozen=True)
class DocParty:
    """A party as it appears in the agreement: its name, what it is, who represents it, who signs.

    `kind` is a party kind code ("state", "company"...; see `PARTY_KINDS`), printed in each of
    the agreement's languages. Each signatory gets a signature block of its own; a party with
    none recorded gets one block with blank lines.
    """

    name: str
    representatives: tuple[str, ...] = ()
    kind: str = ""
    signatories: tuple[DocSignatory, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "representatives", tuple(self.representatives))
        object.__setattr__(self, "signatories", tuple(self.signatories))
        if not self.name.strip():
            raise InvalidInput("Every party needs a name.")
        if self.kind and self.kind not in PARTY_KINDS:
            raise InvalidInput(f"Unknown party kind {self.kind!r} (one of: {', '.join(PARTY_KINDS)}).")
        for s in self.signatories:
            if not s.name.strip():
                raise InvalidInput(f"A signatory of {self.name} has no name.")
            for value, what in ((s.name, "name"), (s.capacity, "capacity"), (s.authority, "authority")):
                require_plain_line(value, f"The {what} of a signatory of {self.name}")

    @property
    def blocks(self) -> tuple[DocSignatory, ...]:
        """The signature blocks of this party, one per signatory."""
        return self.signatories or (DocSignatory(),)


@dataclass(frozen=True)
class DocClause:
    """One agreed clause: its number, and a heading and body per language."""

    number: str
    headings: Texts
    bodies: Texts

    def __post_init__(self) -> None:
        object.__setattr__(self, "headings", texts(self.headings))
        object.__setattr__(self, "bodies", texts(self.bodies))

    def heading(self, language: str) -> str:
        return text_in(self.headings, language)

    def body(self, language: str) -> str:
        return text_in(self.bodies, language)


@dataclass(frozen=True)
class AgreementDocument:
    """Everything printed in an exported settlement agreement.

    `fingerprint` (SHA-256 of the canonical agreed text) and `audit_head` (the
    audit chain's head) are computed elsewhere and only printed here.
    `signature_modes` has one entry per party ('digital' or 'paper'); left
    empty, every party signs digitally. The mediator always signs digitally.
    `date` is the date at the seat (core/seat.py), never the computer's own zone.

    Nothing here adds agreement text: which language prevails, counterparts and
    consent to electronic signatures are clauses the parties accepted, so they
    come with `clauses` or not at all.
    """

    case_reference: str
    title: str
    place: str
    date: date
    languages: tuple[str, ...]
    parties: tuple[DocParty, ...]
    mediators: tuple[str, ...]
    recitals: tuple[Texts, ...]
    clauses: tuple[DocClause, ...]
    fingerprint: str
    audit_head: str
    signature_modes: tuple[SignatureMode, ...] = field(default=())
    #: the annexes the agreement lists (core AgreedAnnex: label, file name, media type, size, SHA-256),
    #: printed on a page of their own before the signatures; the files are embedded by export/canonical.py
    annexes: tuple = field(default=())
    #: the days the mediators' declarations were made and whether every party acknowledged them (issue 16):
    #: one line on the attestation page, none when there are no declarations
    declaration_dates: tuple[date, ...] = field(default=())
    declarations_acknowledged: bool = False

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "annexes", tuple(self.annexes))
        set_(self, "declaration_dates", tuple(self.declaration_dates))
        set_(self, "languages", tuple(self.languages))
        set_(self, "parties", tuple(self.parties))
        set_(self, "mediators", tuple(self.mediators))
        set_(self, "recitals", tuple(texts(r) for r in self.recitals))
        set_(self, "clauses", tuple(self.clauses))
        modes = tuple(self.signature_modes) or ("digital",) * len(self.parties)
        set_(self, "signature_modes", modes)
        set_(self, "fingerprint", self.fingerprint.lower())
        set_(self, "audit_head", self.audit_head.lower())
        self._check()

    def _check(self) -> None:
        if not self.case_reference.strip() or not self.title.strip():
            raise InvalidInput("An agreement needs a case reference and a title.")
        self._check_names()
        if not self.languages or len(self.languages) > 2:
            raise InvalidInput("An agreement is drawn up in one or two languages.")
        if len(set(self.languages)) != len(self.languages):
            raise InvalidInput("An agreement language is listed twice.")
        unknown = [lang for lang in self.languages if lang not in SUPPORTED_LANGUAGES]
        if unknown:
            raise InvalidInput(f"Unsupported agreement language: {unknown[0]}.")
        if len(self.parties) < 2:
            raise InvalidInput("An agreement needs at least two parties.")
        if not self.mediators or not all(m.strip() for m in self.mediators):
            raise InvalidInput("An agreement names at least one mediator.")
        if not self.clauses:
            raise InvalidInput("An agreement needs at least one clause.")
        for clause in self.clauses:
            for lang in self.languages:
                if not clause.body(lang).strip():
                    raise InvalidInput(f"Clause {clause.number} has no {lang} text.")
        for recital in self.recitals:
            for lang in self.languages:
                if not text_in(recital, lang).strip():
                    raise InvalidInput(f"A recital has no {lang} text.")
        if len(self.signature_modes) != len(self.parties):
            raise InvalidInput("Give one signature mode per party.")
        if any(mode not in ("digital", "paper") for mode in self.signature_modes):
            raise InvalidInput("A signature mode is 'digital' or 'paper'.")
        if not _HEX64.fullmatch(self.fingerprint):
            raise InvalidInput("The agreement fingerprint must be a SHA-256 hex digest.")
        if not _HEX.fullmatch(self.audit_head):
            raise InvalidInput("The audit chain head must be a hex digest.")

    def _check_names(self) -> None:
        """The renderer never draws a name holding a control or bidi override character (core/plain_text.py);
        a new case refuses them, and this keeps an older file's from reaching a page."""
        require_plain_line(self.case_reference, "The case reference")
        require_plain_line(self.title, "The agreement's title")
        require_plain_line(self.place, "The place")
        for n, party in enumerate(self.parties, start=1):
            require_plain_line(party.name, f"The name of party {n}")
            require_plain_line(party.kind, f"The kind of party {n}")
            for representative in party.representatives:
                require_plain_line(representative, f"The name of a representative of party {n}")
        for n, mediator in enumerate(self.mediators, start=1):
            require_plain_line(mediator, f"The name of mediator {n}")

    @property
    def digital_parties(self) -> tuple[int, ...]:
        """Indexes (0-based) of the parties who sign digitally."""
        return tuple(i for i, mode in enumerate(self.signature_modes) if mode == "digital")

    @property
    def signature_slots(self) -> tuple[SignatureSlot, ...]:
        """One slot per signature block of a party that signs digitally, in party order."""
        return tuple(SignatureSlot(i, j, party_field_name(i, j), block)
                     for i in self.digital_parties
                     for j, block in enumerate(self.parties[i].blocks))


@dataclass(frozen=True)
class SignatureSlot:
    """A digital signature field: whose block it sits on (0-based party and signatory indexes)."""

    party_index: int
    signatory_index: int
    field_name: str
    signatory: DocSignatory


def party_field_name(index: int, signatory: int = 0) -> str:
    """The signature field of a party's signatory, both 0-based: "Sig-Party-1" for the first
    party's first signatory (the only one for most parties), "Sig-Party-1-2" for its second."""
    return f"Sig-Party-{index + 1}" + (f"-{signatory + 1}" if signatory else "")


#: The signature field of the mediator's attestation.
MEDIATOR_FIELD = "Sig-Mediator"
#: The mediator's certification signature (DocMDP): an invisible field, signed first.
CERTIFICATION_FIELD = "Sig-Certification"
