"""Compiled code kept from one start of the window to the next, for the code that Python's own
cache (``__pycache__``) misses.

Python keeps each module it compiles in ``__pycache__``, so a second start only reads it back.
Three kinds of code escape that cache and were compiled again at every start, about 55 ms of
the window's 230 before its first paint (2026-11-27, 10-year diary, this machine):
- PySide6's support modules (signatures, its .pyi generator): kept as source inside its
  library and compiled each time it loads, 23-27 ms;
- regular expressions: three of those modules' take 16 ms, ours and the standard library's 5;
- the methods ``@dataclass`` writes for each class (90 of them), 11 ms.

From the command line's decision to open the window (``install``) until the window's first
paint (``finish``), and in the process that draws the first chart (ui/chart_process.py: 35-40
ms of matplotlib's regular expressions and dataclasses), these are taken from a file in the
app's cache folder. The same source compiled by the same Python gives the same code, so
nothing behaves differently. What is not in the file is compiled as always; the file is
written again afterwards if that took longer than writing it does (a first start, a new
PySide6 or app version).

Kept out of harm's way:
- only modules' source is kept, never a string compiled as the app runs (its text could come
  from the diary): the cache folder holds nothing of the diary;
- the file name carries Python's bytecode and regular-expression versions, and the file a
  checksum of its contents: a file from another version, cut short or damaged, is not used,
  nor anything but a plain file (a FIFO or /dev/zero in its place would hold the start);
- a regular expression's compiled form is checked by Python's own validator when it is made;
- anything unexpected (another Python whose internals differ) leaves Python untouched: the
  window starts as it did before, only slower.
Same trust as ``__pycache__``: the file is the user's own, written by this app.
"""

from __future__ import annotations

import builtins
import contextlib
import importlib
import marshal
import os
import stat
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

FORMAT = b"recovery-tracker compiled code 2\n"
DIGEST_SIZE = 16
MAX_BYTES = 8_000_000  # read at most: one start's file is 0.3-0.4 MB
# An entry no start has used through this many writings of the file is dropped: a regular
# expression built from a set (tokenize's; matplotlib's maths) differs from process to
# process, and each such variant would otherwise stay, making the file slower to read.
KEPT_WRITINGS = 3
STALE_TEMPORARY_S = 60  # a temporary file older than this was left by a killed start
# Writing the file takes 2-4 ms: it is written again only when what was compiled anew took
# longer than this, so a regular expression that differs at every start (the standard
# library's tokenize makes one from a set, whose order changes from process to process:
# 2 ms) does not have the file written every time.
WORTH_WRITING_S = 0.005
# The compiler flags a caller's __future__ imports pass on to compile() (CPython's PyCF_MASK):
# compile() without dont_inherit takes them from the frame that calls it, which here would be
# ours, so they are read from the real caller's frame and passed on explicitly.
_FUTURE_NAMES = (
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
)


def _digest(data: bytes) -> bytes:
    try:
        from _blake2 import blake2b  # built in: 0.3 ms, where hashlib takes 5 to import
    except ImportError:  # another Python
        from hashlib import blake2b
    return blake2b(data, digest_size=DIGEST_SIZE).digest()


def _module(name: str) -> Any:
    """A module of Python's internals (no type stubs): _sre, re._compiler."""
    return importlib.import_module(name)


def _future_mask() -> int:
    import __future__

    mask = 0
    for name in _FUTURE_NAMES:
        feature = getattr(__future__, name, None)
        mask |= getattr(feature, "compiler_flag", 0)
    return mask


def file_name(purpose: str) -> str:
    """One file per process that uses one (the window's, the first chart's: they run at the
    same time), Python bytecode version and regular-expression engine version."""
    from importlib.util import MAGIC_NUMBER

    tag = f"{sys.implementation.cache_tag}-{MAGIC_NUMBER.hex()}-{_module('_sre').MAGIC}"
    return f"compiled-code-{purpose}-{tag}.bin"


class CodeCache:
    """The hooks and the entries of one start. Entries map a key (the kind, the exact
    inputs or their digest) to marshalled bytes, unmarshalled only when used."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._writing = 0  # how many times the file has been written
        self._stored: dict[Any, tuple[int, bytes]] = {}  # key: (writing last used, code)
        self._used: dict[Any, bytes] = {}
        self.hits = 0
        self.misses = 0
        self.compiling_s = 0.0  # spent compiling what was not in the file
        self._undo: list[Callable[[], None]] = []
        self._local = threading.local()  # the regular expression being compiled, per thread

    # --- the file ---------------------------------------------------------------------

    def load(self) -> None:
        try:
            # Only a plain file, and no more of it than a cache this app writes: a FIFO or a
            # device put in its place (/dev/zero) would otherwise hold the window's start.
            if not stat.S_ISREG(os.stat(self.path).st_mode):
                return
            with open(self.path, "rb") as cache:
                data = cache.read(MAX_BYTES + 1)
        except OSError:
            return  # none yet (a first start), or unreadable: compiled as always
        if len(data) > MAX_BYTES:
            return
        head = len(FORMAT) + DIGEST_SIZE
        if len(data) < head or not data.startswith(FORMAT):
            return
        payload = data[head:]
        if data[len(FORMAT) : head] != _digest(payload):
            return  # cut short or damaged: not used, written again after the first paint
        try:
            writing, entries = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return
        if not isinstance(writing, int) or not isinstance(entries, dict):
            return
        self._writing = writing
        self._stored = {
            key: entry
            for key, entry in entries.items()
            if isinstance(entry, tuple)
            and len(entry) == 2
            and isinstance(entry[0], int)
            and isinstance(entry[1], bytes)
        }

    def save(self) -> None:
        """Write the file again if compiling what it lacked took longer than writing it does;
        never fails the window. Entries this start did not use are kept (another kind of start
        may need them) unless no start has used them through KEPT_WRITINGS writings, or
        keeping them would pass half of MAX_BYTES (old versions' code)."""
        if self.compiling_s < WORTH_WRITING_S:
            return
        writing = self._writing + 1
        entries = {
            key: entry
            for key, entry in self._stored.items()
            if entry[0] > writing - KEPT_WRITINGS and key not in self._used
        }
        entries.update((key, (writing, code)) for key, code in self._used.items())
        if sum(len(code) for _, code in entries.values()) > MAX_BYTES // 2:
            entries = {key: (writing, code) for key, code in self._used.items()}
        try:
            payload = marshal.dumps((writing, entries))
        except ValueError:
            return  # a key marshal cannot write (none is expected): compiled again next time
        # Not storage.files.write_private_file: the window's modules reach storage only
        # through the diary service (tests/test_layering.py), and nothing here is the diary's.
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._remove_stale_temporaries()
            temporary.write_bytes(FORMAT + _digest(payload) + payload)
            os.replace(temporary, self.path)  # whole or not at all, whoever reads it
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink()

    def _remove_stale_temporaries(self) -> None:
        """What a start killed between writing and renaming left behind."""
        now = time.time()
        for left in self.path.parent.glob(f"{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - left.stat().st_mtime > STALE_TEMPORARY_S:
                    left.unlink()

    # --- the entries ------------------------------------------------------------------

    def _take(self, key: Any) -> Any:
        entry = self._stored.get(key)
        if entry is None:
            return None
        stored = entry[1]
        try:
            value = marshal.loads(stored)
        except (EOFError, ValueError, TypeError):
            return None
        self._used[key] = stored
        self.hits += 1
        return value

    def _keep(self, key: Any, value: Any) -> None:
        try:
            self._used[key] = marshal.dumps(value)
        except ValueError:
            return  # something marshal cannot write: compiled again next time
        self.misses += 1

    # --- the hooks --------------------------------------------------------------------

    def install(self) -> bool:
        """Hook compile(), dataclasses' exec and the regular-expression compiler; False (and
        nothing changed) where this Python's internals are not the ones expected."""
        re_compiler, sre = _module("re._compiler"), _module("_sre")
        if "_sre" not in re_compiler.compile.__code__.co_names or re_compiler._sre is not sre:
            return False
        original_re = re_compiler.compile
        re_compiler.compile = self._regex_compiler(original_re, sre)
        self._undo.append(lambda: setattr(re_compiler, "compile", original_re))
        re_compiler._sre = _Recorder(sre, self._local)
        self._undo.append(lambda: setattr(re_compiler, "_sre", sre))

        import dataclasses  # its own regular expression from the file too

        if "exec" not in dataclasses._create_fn.__code__.co_names:  # type: ignore[attr-defined]
            return False
        mask = _future_mask()
        compile_code = self._code_compiler(builtins.compile, mask)

        def cached_compile(source: Any, filename: Any, mode: str, *more: Any, **given: Any) -> Any:
            caller = sys._getframe(1).f_code.co_flags & mask
            # Only a module's source, never a string evaluated as the app runs: its text could
            # come from the diary, and the cache folder holds nothing of the diary.
            module = mode == "exec" and isinstance(filename, str) and not filename.startswith("<")
            return compile_code(source, filename, mode, caller, more, given, keep=module)

        def dataclass_exec(source: Any, globals: Any = None, locals: Any = None) -> None:
            # dataclasses' own call, exec(text, globals, namespace): its text compiled as exec
            # would, inheriting the flags of dataclasses' frame (it has no __future__ imports)
            caller = sys._getframe(1).f_code.co_flags & mask
            code = compile_code(source, "<string>", "exec", caller, (), {}, keep=True)
            builtins.exec(code, globals, locals)

        original_compile = builtins.compile
        builtins.compile = cached_compile
        self._undo.append(lambda: setattr(builtins, "compile", original_compile))
        # a global of dataclasses' own, found before the builtin by its _create_fn
        dataclasses.exec = dataclass_exec  # type: ignore[attr-defined]
        self._undo.append(lambda: delattr(dataclasses, "exec"))
        return True

    def uninstall(self) -> None:
        while self._undo:
            self._undo.pop()()

    def _code_compiler(self, original: Callable[..., Any], mask: int) -> Callable[..., Any]:
        def compile_code(
            source: Any,
            filename: Any,
            mode: str,
            caller: int,
            more: tuple[Any, ...],
            options: dict[str, Any],
            keep: bool,
        ) -> Any:
            # exactly str or bytes: marshal cannot write a subclass
            plain = type(source) in (str, bytes) and type(filename) is str
            if more or options or not plain or not keep:
                # flags of its own (an AST, say) or a source that is not text: as compile()
                # would, with the caller's __future__ flags unless it said not to inherit
                args = list(more)
                flags = args.pop(0) if args else options.pop("flags", 0)
                dont_inherit = args.pop(0) if args else options.pop("dont_inherit", False)
                if not dont_inherit:
                    flags |= caller
                return original(source, filename, mode, flags, True, *args, **options)
            text = source.encode("utf-8", "surrogatepass") if isinstance(source, str) else source
            optimize = sys.flags.optimize  # -O drops asserts: its code is not plain code
            digest = _digest(text)
            key = (
                "code",
                type(source).__name__,
                filename,
                mode,
                caller,
                optimize,
                digest,
                len(text),
            )
            code = self._take(key)
            if code is None:
                started = time.perf_counter()
                code = original(source, filename, mode, caller, True)
                self.compiling_s += time.perf_counter() - started
                self._keep(key, code)
            return code

        return compile_code

    def _regex_compiler(self, original: Callable[..., Any], sre: Any) -> Callable[..., Any]:
        import re

        debug = int(re.DEBUG)  # prints the compiled code: compiled as always

        def compile_regex(pattern: Any, flags: int = 0) -> Any:
            if type(pattern) not in (str, bytes) or not isinstance(flags, int) or flags & debug:
                return original(pattern, flags)
            key = ("re", pattern, int(flags))
            made = self._take(key)
            if made is not None:
                try:
                    return sre.compile(pattern, *made)  # its code is checked by _sre itself
                except (TypeError, ValueError, RuntimeError, OverflowError):
                    self._used.pop(key, None)
            self._local.made = None
            started = time.perf_counter()
            compiled = original(pattern, flags)
            self.compiling_s += time.perf_counter() - started
            made, self._local.made = self._local.made, None
            if made is not None and made[0] is pattern:
                # plain ints: the compiler's opcodes are an int subclass marshal cannot write
                final_flags, code, groups, groupindex, indexgroup = made[1:]
                self._keep(
                    key,
                    (
                        int(final_flags),
                        [int(word) for word in code],
                        int(groups),
                        {name: int(index) for name, index in groupindex.items()},
                        indexgroup,
                    ),
                )
            return compiled

        return compile_regex


class _Recorder:
    """Stands in for the _sre module inside the regular-expression compiler: hands on every
    call and notes the arguments of the last compile on this thread."""

    def __init__(self, sre: Any, local: threading.local) -> None:
        self._sre, self._local = sre, local

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sre, name)

    def compile(self, *args: Any) -> Any:
        self._local.made = args
        return self._sre.compile(*args)


# --- the window's start ---------------------------------------------------------------

_current: list[CodeCache] = []


def install(folder: Path, purpose: str) -> CodeCache | None:
    """Take compiled code from ``folder`` until ``finish``; None if this Python differs."""
    if _current:
        return _current[0]
    cache = CodeCache(folder / file_name(purpose))
    cache.load()
    try:
        installed = cache.install()
    except (AttributeError, ImportError):
        installed = False
    if not installed:
        cache.uninstall()
        return None
    _current.append(cache)
    return cache


def finish() -> None:
    """Python as it was, and the file written if anything was new. Called once the window
    has been painted (or not shown); more calls do nothing."""
    if not _current:
        return
    cache = _current.pop()
    cache.uninstall()
    cache.save()
