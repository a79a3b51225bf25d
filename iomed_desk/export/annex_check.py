"""Do the files embedded in a signed agreement match the annexes its text lists?

The canonical agreement lists each annex's label, file name and SHA-256, so the
fingerprint, and every signature, covers the hashes; the files themselves are
embedded beside the text (export/canonical.py `embed_files`, name-tree key
`annex_key(n)`). Each listed annex must be embedded in the revision the first
signature signed, under its key, as a /Supplement associated file with its
listed file name, stored unfiltered, with exactly the listed SHA-256, and be the
same in the final revision. A file in the name tree that the text does not list
is reported as extra. The checks never trust the embedded file's own
description or /Params: only the bytes and the signed text.
"""

from __future__ import annotations

import hashlib

from pyhanko.pdf_utils import generic

from iomed_desk.core.canonical_agreement import AgreedAnnex
from iomed_desk.export.canonical import FILE_NAME, annex_key
from iomed_desk.export.report import AnnexCheck


class AnnexUnreadable(Exception):
    """The annex cannot be read from the file as it stands; the message says why."""


def _entries(root: generic.DictionaryObject) -> dict[str, generic.PdfObject]:
    """The EmbeddedFiles name tree's keys and file specifications (a flat /Names array, as written)."""
    try:
        names = root["/Names"]["/EmbeddedFiles"]["/Names"]
        return {str(names[i]): names.raw_get(i + 1) for i in range(0, len(names) - 1, 2)}
    except Exception:  # noqa: BLE001 - a damaged tree holds no annex (the text check names the damage)
        return {}


def _af_refs(root: generic.DictionaryObject) -> set[object]:
    try:
        return {item.reference for item in root["/AF"].get_object() if isinstance(item, generic.IndirectObject)}
    except Exception:  # noqa: BLE001
        return set()


def annex_bytes(root: generic.DictionaryObject, number: int, annex: AgreedAnnex) -> bytes:
    """The bytes of annex `number` (from 1) as embedded under `root`; `AnnexUnreadable` (saying how it is
    missing or malformed) unless it is there as written: in /AF, /Supplement, its file name, unfiltered."""
    ref = _entries(root).get(annex_key(number))
    if ref is None:
        raise AnnexUnreadable("is missing: the PDF does not carry it")
    try:
        spec = ref.get_object()
        if not isinstance(ref, generic.IndirectObject) or ref.reference not in _af_refs(root) \
                or spec.get("/AFRelationship") != "/Supplement":
            raise AnnexUnreadable("is not attached as an annex of the document (/AF, /Supplement)")
        name = str(spec.get("/UF", spec.get("/F", "")))
        if name != annex.file_name:
            raise AnnexUnreadable(f"is embedded as {name!r}, but the agreement lists {annex.file_name!r}")
        stream = spec["/EF"]["/F"].get_object()
        if stream.get("/Filter") is not None or stream.get("/DecodeParms") is not None:
            raise AnnexUnreadable("is stored with a filter; annexes are written unfiltered")
        return stream.encoded_data
    except AnnexUnreadable:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed attachment is no annex
        raise AnnexUnreadable(f"cannot be read ({type(exc).__name__})") from None


def check_annexes(signed_root: generic.DictionaryObject, final_root: generic.DictionaryObject,
                  listed: tuple[AgreedAnnex, ...]) -> tuple[tuple[AnnexCheck, ...], tuple[str, ...]]:
    """Each listed annex checked (signed revision, then final), and the problems: one per annex that
    fails, naming it and how, and one per embedded file the agreement does not list."""
    checks: list[AnnexCheck] = []
    problems: list[str] = []
    for number, annex in enumerate(listed, start=1):
        problem = annex_problem(signed_root, final_root, number, annex)
        checks.append(AnnexCheck(annex.label, annex.file_name, annex.sha256, problem is None, problem or ""))
        if problem is not None:
            problems.append(f"annex {annex.label} ({annex.file_name}) {problem}")
    expected = {FILE_NAME} | {annex_key(n) for n in range(1, len(listed) + 1)}
    for when, root in (("", signed_root), (" after the first signature", final_root)):
        for key, ref in _entries(root).items():
            if key not in expected:
                expected.add(key)
                problems.append(f"the PDF carries an embedded file the agreement does not list{when}: "
                                f"{_shown_name(key, ref)!r} (extra)")
    return tuple(checks), tuple(problems)


def annex_problem(signed_root: generic.DictionaryObject, final_root: generic.DictionaryObject, number: int,
             annex: AgreedAnnex) -> str | None:
    try:
        signed = hashlib.sha256(annex_bytes(signed_root, number, annex)).hexdigest()
    except AnnexUnreadable as exc:
        return f"{exc} in the revision the first signature signed"
    if signed != annex.sha256:
        return (f"differs from the listed file: the embedded file's SHA-256 is {signed}, "
                f"the agreement lists {annex.sha256}")
    if final_root is not signed_root:
        try:
            final = hashlib.sha256(annex_bytes(final_root, number, annex)).hexdigest()
        except AnnexUnreadable as exc:
            return f"was changed after the first signature: it {exc}"
        if final != signed:
            return (f"was replaced after the first signature: the final file's SHA-256 is {final}, "
                    f"the agreement lists {annex.sha256}")
    return None


def _shown_name(key: str, ref: object) -> str:
    try:
        spec = ref.get_object()  # type: ignore[attr-defined]
        return str(spec.get("/UF", spec.get("/F", key)))
    except Exception:  # noqa: BLE001
        return key
