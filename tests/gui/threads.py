"""Where slow work ran: a spy that records, for each call of a real function, which thread made it.

No stopwatch in GUI tests (STYLE.md, Tests): how long the GUI thread stalls
depends on what else the machine is doing, so a test checks *where* the slow
work ran instead, which no load can change. `benchmarks/bench_gui_thread.py`
measures *how long*.

    with ThreadSpy(derive_key) as kdf:
        ...  # drive the GUI; wait with qtbot for the result
    kdf.assert_ran_off_the_gui_thread()

The spy wraps the real function (it still runs: a spy, not a mock) wherever an
`iomed_desk.*` module or a class defined in one holds it: a module attribute
(`from x import f` copies), a method, a classmethod or a staticmethod. A module
imported while the spy is on binds the wrapper; on exit every wrapper found is
put back to the original. A reference kept elsewhere (a default argument, a
closure made earlier) is not reached; the spy then sees no call, and
`assert_ran_off_the_gui_thread` says so rather than passing.

Before a call made on a worker thread runs, the spy also asks the GUI thread to
answer (a queued signal) and waits for it. A GUI thread that started the work on
a worker and then blocked waiting for it never answers: that is recorded as a
stall, whatever the machine's load, and the worker goes on after `ANSWER_WAIT_S`.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

#: how long a worker waits for the GUI thread to answer before it records that it did not (a deadlock guard
#: for a broken GUI, not a performance limit: a working GUI answers as soon as its event loop turns)
ANSWER_WAIT_S = 20.0


def on_gui_thread() -> bool:
    """The GUI thread is the main thread: the QApplication was made there (pytest-qt's `qapp`)."""
    return threading.current_thread() is threading.main_thread()


@dataclass(frozen=True)
class Call:
    name: str
    thread: str
    on_gui_thread: bool
    #: for a worker's call: the GUI thread turned its event loop while the call waited to run
    gui_answered: bool | None


class _Pulse(QObject):
    """Lives on the GUI thread: a worker's `ping` is answered there, when the event loop runs."""

    ping = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.ping.connect(self._answer, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _answer(self, answered: threading.Event) -> None:
        answered.set()


class ThreadSpy:
    """Spy on one or more real functions: which thread called each, and whether the GUI thread kept answering."""

    def __init__(self, *targets: Callable[..., Any]) -> None:
        if not targets:
            raise ValueError("name at least one function to spy on")
        self._targets = [getattr(t, "__func__", t) for t in targets]  # a classmethod's function
        self.names = [_name(t) for t in self._targets]
        self.calls: list[Call] = []
        self._lock = threading.Lock()
        self._wrappers: dict[Callable[..., Any], Callable[..., Any]] = {}
        self._replaced: list[tuple[object, str, object]] = []
        self._pulse: _Pulse | None = None

    # -- on and off -----------------------------------------------------------------
    def __enter__(self) -> ThreadSpy:
        assert on_gui_thread(), "start the spy on the GUI thread"
        self._pulse = _Pulse()
        for target in self._targets:
            wrapper = self._wrap(target)
            self._wrappers[target] = wrapper
            replaced = _replace(target, wrapper)
            self._replaced += replaced
            if not replaced:
                self._restore()
                raise LookupError(f"no iomed_desk module or class holds {_name(target)}")
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._restore()

    def _restore(self) -> None:
        for holder, attr, previous in reversed(self._replaced):
            setattr(holder, attr, previous)
        self._replaced.clear()
        for target, wrapper in self._wrappers.items():  # bound by a module imported while the spy was on
            _replace(wrapper, target)
        self._wrappers.clear()

    def _wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        name = _name(fn)

        @functools.wraps(fn)
        def spied(*args: Any, **kwargs: Any) -> Any:
            gui = on_gui_thread()
            answered = None if gui else self._gui_answers()
            with self._lock:
                self.calls.append(Call(name, threading.current_thread().name, gui, answered))
            return fn(*args, **kwargs)

        return spied

    def _gui_answers(self) -> bool:
        pulse = self._pulse
        if pulse is None:
            return False
        answered = threading.Event()
        pulse.ping.emit(answered)
        return answered.wait(ANSWER_WAIT_S)

    # -- what happened ----------------------------------------------------------------
    def calls_of(self, fn: Callable[..., Any]) -> list[Call]:
        name = _name(getattr(fn, "__func__", fn))
        return [c for c in self.calls if c.name == name]

    def assert_ran_off_the_gui_thread(self, *only: Callable[..., Any]) -> None:
        """Each spied function (or each of `only`) was called; no spied call ran on the GUI thread or found it blocked."""
        names = [_name(getattr(f, "__func__", f)) for f in only] or self.names
        never = [n for n in names if not any(c.name == n for c in self.calls)]
        assert not never, f"never called: {never} (calls seen: {self.summary()})"
        on_gui = [c.name for c in self.calls if c.on_gui_thread]
        assert not on_gui, f"ran on the GUI thread: {on_gui}"
        blocked = [c.name for c in self.calls if c.gui_answered is False]
        assert not blocked, f"the GUI thread did not answer while a worker waited to run: {blocked}"

    def summary(self) -> str:
        counts: dict[str, list[int]] = {}
        for c in self.calls:
            counts.setdefault(c.name, [0, 0])[0 if c.on_gui_thread else 1] += 1
        return ", ".join(f"{n}: {gui} on the GUI thread, {work} on workers" for n, (gui, work) in counts.items()) \
            or "none"


def _name(fn: Callable[..., Any]) -> str:
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"


def _replace(old: Callable[..., Any], new: Callable[..., Any]) -> list[tuple[object, str, object]]:
    """Put `new` wherever an iomed_desk module or a class defined in one holds `old`: (holder, name, was) each."""
    replaced: list[tuple[object, str, object]] = []
    for module_name, module in list(sys.modules.items()):
        if module is None or not (module_name == "iomed_desk" or module_name.startswith("iomed_desk.")):
            continue
        for attr, value in list(vars(module).items()):
            if value is old:
                setattr(module, attr, new)
                replaced.append((module, attr, value))
            elif isinstance(value, type) and value.__module__ == module_name:
                replaced += _replace_in_class(value, old, new)
    return replaced


def _replace_in_class(cls: type, old: Callable[..., Any], new: Callable[..., Any]) -> list[tuple[object, str, object]]:
    replaced: list[tuple[object, str, object]] = []
    for attr, value in list(vars(cls).items()):
        if value is old:
            setattr(cls, attr, new)
        elif isinstance(value, (classmethod, staticmethod)) and value.__func__ is old:
            setattr(cls, attr, type(value)(new))
        else:
            continue
        replaced.append((cls, attr, value))
    return replaced
