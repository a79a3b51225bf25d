"""Whatever is typed or pasted into search gets an answer, never an SQLite or encoding error (issue 12, hole 6).

A NUL ended SQLite's string inside the FTS5 query ("unterminated string") and a lone surrogate
(which a paste or a broken input method can leave in a Python string) could not be encoded as
UTF-8; both reached the crash dialog. Control characters and lone surrogates separate words.
"""

from __future__ import annotations

import pytest

from iomed_desk.core.channels import Channel
from iomed_desk.store.search import build_query


@pytest.mark.parametrize(("query", "found"), [
    ("\x00", False), ("harbour\x00", True), ("harb\x00our", False), ("\ud800", False), ("harbour \udfff", True),
    ("\udc80harbour", True), ("\x1bharbour", True), ("harbour\x7f", True), ("\x85\x9f", False),
    ("\x01\x02dues\x03", True)])
def test_control_characters_and_lone_surrogates_never_reach_sqlite(session, query: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    note = session.take_note(Channel.joint(), "Harbour dues", "the harbour dues are due").created_id
    assert [h.item_id for h in session.search(query)] == ([note] if found else [])


def test_the_query_keeps_only_what_fts5_can_read() -> None:
    assert build_query("harb\x00our") == '"harb"* AND "our"*'
    assert build_query("\ud800\x00\x1f") is None
    for text in ("港\ud800口", "x\udfffy\x00z", "\x7fdues\x9f"):
        query = build_query(text)
        assert query is not None
        query.encode("utf-8")  # no lone surrogate left
        assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in query)
