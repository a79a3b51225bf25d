"""Users see our warnings, never another library's deprecation notices.

A deprecation inside pyHanko or cryptography is news for us (`make test-latest` shows it), not
for a mediator exporting an agreement. The command line calls `quiet_third_party_deprecations`
first; the window calls it just before it first imports the case layers (gui/main_window.py,
`load_case_layers`), since the function imports cryptography and the start window is painted
and usable before that. The filters go in front of any from `-W` or `PYTHONWARNINGS`, so they win over them;
warnings raised in `iomed_desk` itself are left to those settings.
"""

from __future__ import annotations

import warnings

#: a warning attributed to any module outside our package
NOT_OURS = r"(?!iomed_desk(\.|$))"


def deprecation_categories() -> tuple[type[Warning], ...]:
    """The deprecation categories libraries use; cryptography's is a `UserWarning`, not a subclass."""
    from cryptography.utils import CryptographyDeprecationWarning

    return DeprecationWarning, PendingDeprecationWarning, CryptographyDeprecationWarning


def quiet_third_party_deprecations() -> None:
    for category in deprecation_categories():
        warnings.filterwarnings("ignore", category=category, module=NOT_OURS)
