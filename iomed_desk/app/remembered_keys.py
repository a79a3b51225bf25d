""""Remember on this computer", as the faces ask about it: is it offered here, and forget a key.

The keys themselves stay in the OS keyring through `store/remember.py`; the app
remembers one when a case is created with the option (`opening.create_case`),
opens with it (`opening.recall_key`) and forgets it when the passphrase changes
(`CaseSession.change_passphrase`). The GUI only needs the two calls below.
"""

from __future__ import annotations

from iomed_desk.store import remember


def available() -> bool:
    """Whether this computer has a usable keyring; where it has none the option is not offered."""
    return remember.available()


def forget(case_id: str) -> None:
    """Forget the key remembered for `case_id`, if any. The keyring may be slow (D-Bus): call it on a worker."""
    remember.forget(case_id)
