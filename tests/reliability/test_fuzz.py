"""Issue 6, reliability 8: fuzzing `verify`, opening a case file, and the Markdown note renderer.

- `verify_pdf`: mutations of a real signed agreement (tests/reliability/fuzzing.py);
- opening a case: mutations of a real case file, then what a session reads on
  open and on use (info, every channel, a party's view, search, drafts, check);
- the Markdown renderer of notes (`gui.markdown_view.render`, markdown-it with raw
  HTML and images off) and Qt's rich-text document that shows its HTML:
  hypothesis-generated text built from Markdown's and HTML's special tokens.
Tracebacks (any exception but `UserError`): 0. Hangs (an input over the limit): 0.
"""

from __future__ import annotations

import multiprocessing
import signal
import time
from concurrent.futures import ProcessPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.drafting import Clause
from iomed_desk.export.identity import issue_party_identity, new_identity, write_certificate
from iomed_desk.export.pipeline import export_and_sign
from iomed_desk.export.signers import KeySigner
from tests.conftest import PASSPHRASE, new_case_spec
from tests.export.sample import EXPORT_TIME, sample_agreement
from tests.ready_case import create_ready_case
from tests.reliability.fuzzing import run_chunk
from tests.reliability.helpers import figure

LIMIT = 30.0
WORKERS = 2


@pytest.fixture(scope="module")
def signed_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    folder = tmp_path_factory.mktemp("fuzz-pdf")
    mediator = new_identity("Dr. Sofia Lindqvist", organisation="IOMed")
    party = KeySigner.from_issued(issue_party_identity(mediator, "Jonathan Reyes", "2468"), "2468")
    doc = sample_agreement(clauses=2, modes=("paper", "digital", "paper"))
    export_and_sign(doc, folder / "a.pdf", KeySigner(mediator), {1: party}, EXPORT_TIME)
    write_certificate(folder / "m.pem", mediator.certificate)
    return (folder / "a.pdf").read_bytes(), (folder / "m.pem").read_bytes()


@pytest.fixture(scope="module")
def small_case(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    path = tmp_path_factory.mktemp("fuzz-case") / "seed.iomed"
    s = create_ready_case(path, PASSPHRASE, new_case_spec(languages=("en", "zh-Hans")))
    key = s.db.key
    s.start_session(Channel.party("p1"))
    ids = [s.take_note(Channel.parse(c), f"Note {i}", f"Tariff floor 港口费 {i} " * 20).created_id
           for i, c in enumerate(("joint", "party:p1", "party:p2", "party:p3", "mediator", "party:p1"))]
    s.disclose(ids[1] or "", Audience.party("p2"), ["party:p1"])
    desk = s.drafting
    draft = desk.new_draft("Settlement").created_id or ""
    desk.save_working(draft, [Clause("c1", (("en", "Payment"), ("zh-Hans", "付款")),
                                     (("en", "USD 4m within 30 days."), ("zh-Hans", "三十日内支付。")))])
    desk.save_version(draft)
    desk.table(draft, 1, Audience.joint())
    s.close()
    return path.read_bytes(), key


def fuzz(kind: str, base: bytes, extra: bytes, total: int, seed: int) -> dict:
    chunks = WORKERS * 4
    sizes = [total // chunks + (1 if i < total % chunks else 0) for i in range(chunks)]
    started = time.perf_counter()
    with ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("spawn")) as pool:
        parts = list(pool.map(run_chunk, [kind] * chunks, [seed * 1000 + i for i in range(chunks)], sizes,
                              [base] * chunks, [extra] * chunks, [LIMIT] * chunks))
    outcomes: dict[str, int] = {}
    for part in parts:
        for k, v in part["outcomes"].items():
            outcomes[k] = outcomes.get(k, 0) + v
    return {"outcomes": outcomes, "bugs": [b for p in parts for b in p["bugs"]],
            "unnoticed": [u for p in parts for u in p["unnoticed"]][:10],
            "slowest_s": round(max(p["slowest"] for p in parts), 2), "seconds": round(time.perf_counter() - started, 1)}


def _figure(key: str, title: str, total: int, result: dict) -> bool:
    o = result["outcomes"]
    bad = o.get("TRACEBACK", 0) + o.get("HANG", 0) + o.get("ACCEPTED TAMPERED", 0)
    figure(key, title, f"tracebacks {o.get('TRACEBACK', 0)}, hangs {o.get('HANG', 0)}", "0 and 0", bad == 0,
           inputs=total, outcomes=o, slowest_input_s=result["slowest_s"], seconds=result["seconds"],
           first_bugs=result["bugs"][:5], **({"mutations_every_check_passed": result["unnoticed"]}
                                              if result["unnoticed"] else {}))
    return bad == 0


@pytest.mark.parametrize("total", [pytest.param(160, id="fast"), pytest.param(10_000, id="full",
                                                                                 marks=pytest.mark.slow)])
def test_fuzz_verify(signed_pdf: tuple[bytes, bytes], total: int) -> None:
    result = fuzz("pdf", signed_pdf[0], signed_pdf[1], total, seed=1)
    scale = "full" if total >= 10_000 else "fast"
    assert _figure(f"fuzz.verify.{scale}", "fuzzing verify_pdf with mutated signed agreements", total, result), \
        result["bugs"][:5]


@pytest.mark.parametrize("total", [pytest.param(160, id="fast"), pytest.param(10_000, id="full",
                                                                                 marks=pytest.mark.slow)])
def test_fuzz_case_open(small_case: tuple[bytes, bytes], total: int) -> None:
    result = fuzz("case", small_case[0], small_case[1], total, seed=2)
    scale = "full" if total >= 10_000 else "fast"
    assert _figure(f"fuzz.case.{scale}", "fuzzing opening (and using) mutated case files", total, result), \
        result["bugs"][:5]


TOKENS = ["#", "## ", "*", "**", "_", "__", "`", "```", "~~~", "[", "]", "(", ")", "![", "](", "<", ">", "&",
          "&amp;", "&#0;", "&#x110000;", "&lt;script&gt;", "<script>alert(1)</script>", "<img src=x onerror=1>",
          "<a href='javascript:alert(1)'>x</a>", "<iframe src=//x>", "[x](javascript:alert(1))",
          "[x](file:///etc/passwd)", "![i](http://example.com/p.png)", "<http://example.com>", "|", "|---|",
          "---", "***", "\n", "\n\n", "- ", "* ", "1. ", "> ", "    ", "\t", "\\", "~~", "<!--", "-->",
          "[ref]: http://x", "[ref]", "港口", "特许经营期", "\u202e", "\u200b", "\ufeff", "\x00", "\r\n", "$$",
          "<style>", "</div>", "<table>", "{", "}", "%s", "\U0001f600"]


def markdown_text() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(TOKENS), st.text(max_size=12))
    return st.lists(piece, max_size=60).map("".join)


@pytest.mark.parametrize("total", [pytest.param(1500, id="fast"), pytest.param(10_000, id="full",
                                                                                  marks=pytest.mark.slow)])
def test_fuzz_markdown_renderer(qapp, total: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    from iomed_desk.core.errors import UserError
    from iomed_desk.gui.markdown_view import STYLE, render

    outcomes = {"clean": 0, "UserError": 0, "TRACEBACK": 0, "HANG": 0, "unsafe HTML": 0}
    bugs: list[str] = []
    slowest = [0.0]
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)

    def alarm(_signum, _frame):  # type: ignore[no-untyped-def]
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, alarm)

    @settings(max_examples=total, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(markdown_text())
    def one(text: str) -> None:
        started = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, 10)
        try:
            html = render(text)
            document.setHtml(html)
            document.toPlainText()
            lowered = html.lower()
            unsafe = "<script" in lowered or "<img" in lowered or "<iframe" in lowered or \
                'href="javascript:' in lowered or 'href="file:' in lowered
            outcomes["unsafe HTML" if unsafe else "clean"] += 1
            if unsafe:
                bugs.append(f"unsafe HTML from {text!r}"[:200])
        except TimeoutError:
            outcomes["HANG"] += 1
            bugs.append(f"hang: {text!r}"[:200])
        except UserError:
            outcomes["UserError"] += 1
        except Exception as exc:  # noqa: BLE001 - counted: only UserError may escape
            outcomes["TRACEBACK"] += 1
            bugs.append(f"{type(exc).__name__}: {text!r}"[:200])
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            slowest[0] = max(slowest[0], time.perf_counter() - started)

    started = time.perf_counter()
    try:
        one()
    finally:
        signal.signal(signal.SIGALRM, previous)
    scale = "full" if total >= 10_000 else "fast"
    inputs = sum(outcomes.values())
    ok = outcomes["TRACEBACK"] == outcomes["HANG"] == outcomes["unsafe HTML"] == 0
    figure(f"fuzz.markdown.{scale}", "fuzzing the Markdown note renderer (markdown-it + Qt rich text), hypothesis",
           f"tracebacks {outcomes['TRACEBACK']}, hangs {outcomes['HANG']}", "0 and 0", ok, inputs=inputs,
           outcomes=outcomes, slowest_input_s=round(slowest[0], 3), seconds=round(time.perf_counter() - started, 1),
           first_bugs=bugs[:5])
    assert ok, bugs[:5]
