"""Full-text search inside the encrypted file (SQLite FTS5), filtered by audience in SQL.

FTS5's unicode61 tokenizer keeps a run of Chinese characters as one token, so
text is indexed with a space around every CJK character and a query's CJK run
becomes a phrase of single characters: "港口" matches 港口 anywhere, by character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.store.connection import Connection
from iomed_desk.store.visibility import bind, visible_to

_CJK = r"\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_RUN = re.compile(f"[{_CJK}]+")
#: a CJK run, or a run of anything but space, CJK and FTS5's syntax (a hyphen stays inside a word)
_TERM = re.compile(f"[{_CJK}]+|[^\\s{_CJK}\"*():^+]+")
#: the pieces FTS5's unicode61 tokenizer makes of a term (letters and digits; "_" separates)
_WORD = re.compile(r"[^\W_]+")
MAX_TERMS = 12
#: shorter words match exactly: "in"* or "3"* would expand to thousands of indexed tokens
MIN_PREFIX = 3


def index_text(text: str) -> str:
    """Every CJK character as a token of its own (a run is split once, not matched per character)."""
    return _CJK_RUN.sub(_spaced, text)


def _spaced(run: re.Match[str]) -> str:
    return " " + " ".join(run.group()) + " "


#: control characters (a NUL ends SQLite's string) and lone surrogates (not encodable as UTF-8)
_UNSEARCHABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def build_query(text: str) -> str | None:
    """User words to an FTS5 query: every term must match; Latin words of 3 characters or more
    match as prefixes, shorter ones exactly; a hyphenated word is a phrase ("step-in" is "step in").

    Control characters and lone surrogates, which a paste can bring, separate words: they are
    in no indexed word, and would otherwise reach SQLite as an error rather than an answer.
    """
    parts = []
    for term in _TERM.findall(_UNSEARCHABLE.sub(" ", text))[:MAX_TERMS]:
        if _CJK_RUN.match(term):
            parts.append('"' + " ".join(term) + '"')
            continue
        words = _WORD.findall(term)
        if words:
            parts.append('"' + " ".join(words) + '"' + ("*" if len(words[-1]) >= MIN_PREFIX else ""))
    return " AND ".join(parts) if parts else None


def upsert(conn: Connection, item_rowid: int, title: str, body: str) -> None:
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (item_rowid,))
    conn.execute("INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)",
                 (item_rowid, index_text(title), index_text(body)))


def remove(conn: Connection, item_rowid: int) -> None:
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (item_rowid,))


def index_disclosed(conn: Connection, disclosure_rowid: int, title: str, body: str) -> None:
    """The revision a disclosure names, searchable by the audience it was disclosed to (not the current text)."""
    conn.execute("INSERT INTO disclosed_index (rowid, title, body) VALUES (?, ?, ?)",
                 (disclosure_rowid, index_text(title), index_text(body)))


def unindex_disclosed(conn: Connection, disclosure_rowid: int) -> None:
    conn.execute("DELETE FROM disclosed_index WHERE rowid = ?", (disclosure_rowid,))


def forget_disclosed(conn: Connection, item_id: str) -> None:
    for (rowid,) in conn.execute("SELECT rowid FROM disclosures WHERE item_id = ?", (item_id,)).fetchall():
        unindex_disclosed(conn, rowid)


@dataclass(frozen=True)
class SearchHit:
    item_id: str
    kind: str
    channel: Channel
    title: str
    snippet: str


#: bm25 scores every match it is given (a docsize lookup each), so a word in a third of 100,000 notes
#: is ranked among the matches in the newest `RANK_WINDOW` rowids first, the window widened `WIDEN`
#: times over until it holds `limit` hits the audience may see, or the whole index
RANK_WINDOW = 6000
WIDEN = 4
#: how many hits `first_results` gives by default: what a search-as-you-type list shows at once
FIRST = 20


def search(conn: Connection, text: str, audience: Audience, limit: int = 200) -> list[SearchHit]:
    """Hits the audience may see, best first (bm25, titles weighted up): notes, draft versions,
    tablings, position comments and exhibits (label, file name and extracted text) alike; an exhibit
    seen through a disclosure matches, like a note, only in the revision consented to.

    Two steps in one statement: rank the visible matches by bm25 and keep the best `limit`,
    then fetch titles and text for those rows only. The matches ranked are those among the newest
    `RANK_WINDOW` items (rowids follow creation), widened until there are `limit` hits: nothing
    counts or scores every match of a common word first. A rare word ends up ranked over all.
    """
    query = build_query(text)
    if query is None:
        return []
    newest = conn.execute("SELECT max(rowid) FROM items").fetchone()[0] or 0
    span = RANK_WINDOW
    while True:
        floor = newest - span if span < newest else None
        rows = _hits(conn, query, audience, limit, floor, ranked=True)
        if floor is None or len(rows) >= limit:
            return _found(rows, text)
        span *= WIDEN


def first_results(conn: Connection, text: str, audience: Audience, limit: int = FIRST) -> list[SearchHit]:
    """The newest `limit` hits the audience may see, newest first, unranked: what search-as-you-type
    shows at once, before `search`'s ranked list. FTS5 walks its doclists newest first and stops
    after `limit` visible rows, so the cost does not grow with the number of matches."""
    query = build_query(text)
    if query is None:
        return []
    return _found(_hits(conn, query, audience, limit, None, ranked=False), text)


def _found(rows: list[tuple], text: str) -> list[SearchHit]:
    words = _TERM.findall(text)
    return [SearchHit(r[0], r[1], Channel.parse(r[2]), r[3],
                      snippet(_readable(r[4]) if r[1] in ("version", "tabling") else r[4], words))
            for r in rows]


def _hits(conn: Connection, query: str, audience: Audience, limit: int, floor: int | None, *,
          ranked: bool) -> list[tuple]:
    """(id, kind, channel, title, text) of the best `limit` visible matches (bm25) or, unranked, the newest."""
    window = "" if floor is None else " AND s.rowid >= :floor"
    score = "bm25(search_index, 4.0, 1.0)" if ranked else "-s.rowid"
    disclosed_score = "bm25(disclosed_index, 4.0, 1.0)" if ranked else "-i.rowid"
    if audience.is_mediator:
        # The index holds live items only (a deleted note leaves it), and the mediator sees them all:
        # rank in FTS5 alone; the second step still drops anything deleted.
        best = (f"SELECT s.rowid AS rid, NULL AS rev, {score} AS score FROM search_index s"
                f" WHERE search_index MATCH :query{window} ORDER BY {'score' if ranked else 's.rowid DESC'}"
                " LIMIT :limit")
    else:
        # What the audience sees by channel matches in the current text; a note it sees through a
        # disclosure matches only in the revision consented to (disclosed_index), the latest in force.
        by_channel = (f"SELECT s.rowid AS rid, NULL AS rev, {score} AS score"
                      " FROM search_index s JOIN items i ON i.rowid = s.rowid"
                      f" WHERE search_index MATCH :query{window} AND i.deleted_at IS NULL"
                      f" AND (i.channel IN ('joint', :audience) OR (i.kind NOT IN ('note', 'exhibit') AND {visible_to('i')}))")
        disclosed = (f"SELECT i.rowid AS rid, d.revision AS rev, {disclosed_score} AS score"
                     " FROM disclosed_index x JOIN disclosures d ON d.rowid = x.rowid JOIN items i ON i.id = d.item_id"
                     " WHERE disclosed_index MATCH :query AND d.revoked_at IS NULL AND d.target IN (:audience, 'joint')"
                     " AND i.deleted_at IS NULL AND i.kind IN ('note', 'exhibit') AND i.channel NOT IN ('joint', :audience)"
                     # one disclosure per item: the latest revision in force for the audience, the
                     # first disclosure of it (one disclosed to the audience and to the joint channel
                     # would match twice and take two of the `limit` places, pushing a hit out)
                     " AND d.rowid = (SELECT e.rowid FROM disclosures e WHERE e.item_id = d.item_id"
                     "   AND e.revoked_at IS NULL AND e.target IN (:audience, 'joint')"
                     "   ORDER BY e.revision DESC, e.rowid LIMIT 1)")
        if ranked:
            best = f"{by_channel} UNION ALL {disclosed} ORDER BY score LIMIT :limit"
        else:
            # each part stops after the newest `limit` of its own; FTS5 yields rowids newest first
            best = (f"SELECT * FROM ({by_channel} ORDER BY s.rowid DESC LIMIT :limit)"
                    f" UNION ALL SELECT * FROM ({disclosed} ORDER BY i.rowid DESC LIMIT :limit)"
                    " ORDER BY score LIMIT :limit")
    return conn.execute(
        f"WITH best AS MATERIALIZED ({best})"
        " SELECT i.id, i.kind, i.channel,"
        " COALESCE(rv.title, n.title, d.name || ', version ' || COALESCE(v.number, t.version_number)"
        "   || CASE WHEN t.item_id IS NULL THEN '' ELSE ' (tabled)' END, 'Position: ' || p.stance,"
        "   e.label || ' ' || ef.name, ''),"
        " substr(COALESCE(rv.body, n.body, v.canonical_text, v2.canonical_text, p.comment, ef.text, ''), 1, 6000)"
        " FROM (SELECT rid, rev, min(score) AS score FROM best GROUP BY rid, rev) best"
        " JOIN items i ON i.rowid = best.rid"
        " LEFT JOIN revisions rv ON rv.item_id = i.id AND rv.number = best.rev"
        " LEFT JOIN notes n ON n.item_id = i.id"
        " LEFT JOIN draft_versions v ON v.item_id = i.id"
        " LEFT JOIN tablings t ON t.item_id = i.id"
        " LEFT JOIN draft_versions v2 ON v2.draft_id = t.draft_id AND v2.number = t.version_number"
        " LEFT JOIN drafts d ON d.id = COALESCE(v.draft_id, t.draft_id)"
        " LEFT JOIN positions p ON p.item_id = i.id"
        " LEFT JOIN exhibits e ON e.item_id = i.id"
        " LEFT JOIN exhibit_files ef ON ef.item_id = i.id AND ef.number = COALESCE(best.rev, e.revision)"
        " WHERE i.deleted_at IS NULL"
        " ORDER BY best.score, best.rid",
        {"query": query, "limit": limit, "floor": floor, **bind(audience)}).fetchall()


_CANONICAL_TAG = re.compile(r"^(?:\[[^\]]+\] ?|§ .*$|iomed-desk single text.*$|languages: .*$)", re.M)


def _readable(canonical: str) -> str:
    """A version's canonical text without its layout tags, for a snippet."""
    return _CANONICAL_TAG.sub("", canonical)


def snippet(body: str, words: list[str], width: int = 160) -> str:
    """A short excerpt of the body around the first matching word."""
    flat = " ".join(body.split())
    low = flat.casefold()
    pos = min((p for w in words if (p := low.find(w.casefold())) >= 0), default=0)
    start = max(0, pos - width // 3)
    excerpt = flat[start:start + width]
    return ("…" if start else "") + excerpt + ("…" if start + width < len(flat) else "")
