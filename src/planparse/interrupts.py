"""Stop requests (SIGTERM, SIGHUP, Ctrl-C) that are not lost when they land in the wrong place.

A Python signal handler runs in the main thread at the next bytecode, wherever that is. If it is
inside a callback whose exceptions the interpreter swallows — an ``os.fork`` hook (``logging``
registers one, and every pool worker is a fork), a ``__del__``, a weakref callback — the exception
the handler raises is printed as "Exception ignored in …" with a traceback and the batch runs on as
if never asked to stop. The handlers here therefore also *record* the request: ``raise_pending()``,
called where the batch hands over each result, raises it again at a safe point, and the
unraisable-exception hook stays quiet about a stop request it swallowed.

Only the command line installs the handlers (:func:`installed`); a library caller keeps its own.
"""
from __future__ import annotations

import signal
import sys
from contextlib import contextmanager


class Terminated(BaseException):
    """SIGTERM (or SIGHUP) received: unwind, stopping workers on the way (exit 143)."""


_pending: type[BaseException] | None = None


def _on_term(signum, frame):
    global _pending
    _pending = Terminated
    raise Terminated()


def _on_int(signum, frame):
    global _pending
    _pending = KeyboardInterrupt
    raise KeyboardInterrupt()


def raise_pending() -> None:
    """Raise a stop request that arrived and was swallowed where it landed; no-op otherwise."""
    if _pending is not None:
        raise _pending()


def _quiet_stops(previous):
    def hook(unraisable) -> None:
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, (Terminated, KeyboardInterrupt)):
            return  # recorded in _pending by the handler; raise_pending() raises it again
        previous(unraisable)
    return hook


@contextmanager
def installed():
    """Within the block SIGTERM/SIGHUP raise :class:`Terminated`, SIGINT raises KeyboardInterrupt,
    and either is remembered until the block ends."""
    global _pending
    _pending = None
    wanted = {signal.SIGTERM: _on_term, signal.SIGINT: _on_int}
    if hasattr(signal, "SIGHUP"):
        wanted[signal.SIGHUP] = _on_term
    old = {}
    for sig, handler in wanted.items():
        if signal.getsignal(sig) is signal.SIG_IGN:
            continue  # ignored by whoever started us (nohup, a background job): stays ignored
        old[sig] = signal.signal(sig, handler)
    old_hook = sys.unraisablehook
    sys.unraisablehook = _quiet_stops(old_hook)
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
        sys.unraisablehook = old_hook
        _pending = None
