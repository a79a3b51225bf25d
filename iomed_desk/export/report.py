"""What verification found, as frozen values with a JSON and a plain-text form.

The plain text is what `iomed-desk verify` prints and what the GUI shows; the
JSON is for scripts. Both say where the signing time comes from, because with
no time-stamp authority it is only the signer's own clock.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

TIME_SOURCE = "signer's clock (no time-stamp authority)"


class Coverage(StrEnum):
    ENTIRE_FILE = "entire file"
    ENTIRE_REVISION = "entire revision, with later additions"
    UNCLEAR = "partial or unclear"


class LaterChanges(StrEnum):
    NONE = "none"
    PERMITTED = "only further signatures or form filling"
    MODIFIED = "modified"


@dataclass(frozen=True)
class SignatureReport:
    """One signature: who, when (by their clock), and whether it still holds."""

    field_name: str
    signer: str
    issuer: str
    signing_time: datetime | None
    intact: bool
    coverage: Coverage
    later_changes: LaterChanges
    trusted: bool
    problems: tuple[str, ...] = ()
    time_source: str = TIME_SOURCE

    @property
    def ok(self) -> bool:
        return (self.intact and self.trusted and self.coverage is not Coverage.UNCLEAR
                and self.later_changes is not LaterChanges.MODIFIED)

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": self.field_name,
            "signer": self.signer,
            "issuer": self.issuer,
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "time_source": self.time_source,
            "intact": self.intact,
            "coverage": self.coverage.value,
            "later_changes": self.later_changes.value,
            "trusted": self.trusted,
            "ok": self.ok,
            "problems": list(self.problems),
        }


@dataclass(frozen=True)
class VerificationReport:
    """Every signature in order of signing, plus what is wrong with the file as a whole."""

    signatures: tuple[SignatureReport, ...]
    unsigned_fields: tuple[str, ...]
    file_size: int
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True only if every signature holds and the last one covers the whole file."""
        return bool(self.signatures) and not self.problems and all(s.ok for s in self.signatures)

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "file_size": self.file_size,
            "signatures": [s.as_dict() for s in self.signatures],
            "unsigned_fields": list(self.unsigned_fields),
            "problems": list(self.problems),
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def to_text(self) -> str:
        lines = [f"{len(self.signatures)} signature(s); signing times are the {TIME_SOURCE}."]
        for n, sig in enumerate(self.signatures, start=1):
            when = sig.signing_time.isoformat(timespec="seconds") if sig.signing_time else "unknown"
            lines += [
                f"{n}. {sig.field_name}: {'OK' if sig.ok else 'NOT OK'}",
                f"   signer:  {sig.signer} (issued by {sig.issuer})",
                f"   time:    {when}",
                f"   intact:  {'yes' if sig.intact else 'NO'}; covers: {sig.coverage.value}",
                f"   after:   {sig.later_changes.value}",
                f"   trusted: {'yes' if sig.trusted else 'no'}",
            ]
            lines += [f"   problem: {p}" for p in sig.problems]
        if self.unsigned_fields:
            lines.append(f"Not yet signed: {', '.join(self.unsigned_fields)}")
        lines += [f"Problem: {p}" for p in self.problems]
        lines.append("Result: all signatures valid" if self.ok else "Result: NOT VALID")
        return "\n".join(lines)
