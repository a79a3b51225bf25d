""""Remember on this computer" against a real Secret Service (gnome-keyring-daemon on a private bus).

What the keyring holds is read with secretstorage, straight from the daemon,
not through `store.remember`: one item per remembered case, named by the case
id, with the raw key as its secret and nothing else of the case in its label
or attributes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from iomed_desk.app.opening import create_case, open_with_key, recall_key, unlock
from iomed_desk.core.errors import WrongPassphrase
from iomed_desk.store import remember
from tests.conftest import PASSPHRASE, new_case_spec
from tests.secret_service import SecretService

NEW_PASSPHRASE = "a brand new passphrase"


def test_the_real_backend_is_available(backend: Any) -> None:
    assert remember.available()


def test_a_remembered_key_is_the_item_s_only_secret_and_opens_the_case(
        secret_service: SecretService, backend: Any, case_path: Path) -> None:
    session = create_case(case_path, PASSPHRASE, new_case_spec(), remember_key=True)
    case, key = session.case, session.db.key
    session.close()

    [item] = secret_service.items()
    assert item.secret == key.hex().encode()
    assert item.attributes["username"] == case.id and item.attributes["service"] == remember.SERVICE
    assert case.id in item.label
    described = " ".join([item.label, *item.attributes, *item.attributes.values()])
    for secret_or_content in (key.hex(), key.hex().upper(), PASSPHRASE, case.title, case.reference,
                              *(p.name for p in case.parties)):
        assert secret_or_content not in described

    recalled = recall_key(case.id)
    assert recalled == key
    reopened = open_with_key(case_path, recalled)  # no passphrase typed, no Argon2id
    try:
        assert reopened.case.id == case.id
    finally:
        reopened.close()


def test_changing_the_passphrase_forgets_the_stale_key(
        secret_service: SecretService, backend: Any, case_path: Path) -> None:
    session = create_case(case_path, PASSPHRASE, new_case_spec(), remember_key=True)
    case_id, old_key = session.case.id, session.db.key
    assert len(secret_service.items()) == 1
    session.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    session.close()

    assert secret_service.items() == []
    assert recall_key(case_id) is None
    with pytest.raises(WrongPassphrase):
        open_with_key(case_path, old_key)
    unlock(case_path, NEW_PASSPHRASE).close()


def test_forget_removes_only_that_case_s_item(secret_service: SecretService, backend: Any,
                                              tmp_path: Path) -> None:
    first = create_case(tmp_path / "first.iomed", PASSPHRASE, new_case_spec(), remember_key=True)
    second = create_case(tmp_path / "second.iomed", PASSPHRASE, new_case_spec(), remember_key=True)
    first_id, second_id, second_key = first.case.id, second.case.id, second.db.key
    first.close()
    second.close()
    assert sorted(i.attributes["username"] for i in secret_service.items()) == sorted([first_id, second_id])

    remember.forget(first_id)
    [left] = secret_service.items()
    assert left.attributes["username"] == second_id and left.secret == second_key.hex().encode()
    assert recall_key(first_id) is None
    remember.forget(first_id)  # forgetting what is not there is harmless
    assert len(secret_service.items()) == 1


def test_without_remember_nothing_reaches_the_keyring(secret_service: SecretService, backend: Any,
                                                      case_path: Path) -> None:
    create_case(case_path, PASSPHRASE, new_case_spec()).close()
    assert secret_service.items() == []
    assert backend.calls == []
