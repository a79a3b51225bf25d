"""What of the agreement's signing may still happen once the mediation has ended.

The termination record names the export that settled the case (`Termination.export_number`: the
last one when the termination was recorded; none when the mediation did not settle). That export may
still be completed: with a paper signatory, the mediator's attestation waits until the paper was
signed, and the mediator may record the end in between. Anything else would sign the agreement after
the end under a number the record does not name, so it is refused before any file is written: a new
export (a second one with a reason included), the attestation of any other export, and reopening.
The file itself refuses reopening too (schema 6's `frozen_reopening` trigger); exports it leaves to
these rules.
"""

from __future__ import annotations

from iomed_desk.core.errors import NotAllowed
from iomed_desk.core.process import Termination, check_not_terminated


def _ended(termination: Termination) -> str:
    linked = (f"export {termination.export_number}" if termination.export_number is not None
              else "no export")
    return (f"the mediation ended ({termination.outcome.value}) on {termination.ended_on.isoformat()}"
            f" and its termination record links {linked}")


def check_new_export(termination: Termination | None) -> None:
    """Refuse any new export of the agreement once the termination is on record."""
    if termination is not None:
        raise NotAllowed(f"The agreement can no longer be exported: {_ended(termination)}.")


def check_attestation(termination: Termination | None, export_number: int) -> None:
    """After the termination, only the export its record links may still be attested."""
    if termination is not None and termination.export_number != export_number:
        raise NotAllowed(f"Export {export_number} can no longer be attested: {_ended(termination)}.")


def check_reopening(termination: Termination | None) -> None:
    """Refuse reopening once the mediation has ended, before the agreement's own rules are asked (an
    exported agreement's refusal suggests a new draft, which the end of the mediation also rules out)."""
    check_not_terminated(termination, "The agreement can no longer be reopened")
