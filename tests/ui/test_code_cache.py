"""Compiled code kept between starts (ui/code_cache.py): what the window's second start no
longer compiles, and that what comes from the file behaves exactly as freshly compiled code."""

from __future__ import annotations

import builtins
import dataclasses
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from recovery_tracker.locations import CACHE_DIR_VARIABLE, cache_dir
from recovery_tracker.ui import code_cache

ROOT = Path(__file__).resolve().parents[2]

# A window's start, as a patient's, that counts until its first paint what the cache is for:
# compile() of PySide6's support modules, the methods @dataclass writes, regular expressions.
START = textwrap.dedent(
    """
    import os, re, sys
    counted = {"pyside": 0, "dataclass": 0, "regex": 0}
    def audit(event, args):
        if event != "compile":
            return
        source, filename = args
        if isinstance(filename, str) and filename.startswith("shibokensupport"):
            counted["pyside"] += 1
        text = source.decode() if isinstance(source, bytes) else str(source)
        if text.startswith("def __create_fn__("):
            counted["dataclass"] += 1
    sys.addaudithook(audit)
    # Regular expressions from the cache's installation on (the command line's own parser and
    # the modules it imports come before it knows a window is wanted)
    from recovery_tracker.ui import code_cache
    install = code_cache.install
    installed = []
    def noting_install(*args):
        installed.append(True)
        return install(*args)
    code_cache.install = noting_install
    parse = re._parser.parse
    def counting_parse(*args, **kwargs):
        counted["regex"] += bool(installed)
        return parse(*args, **kwargs)
    re._parser.parse = counting_parse
    os.environ["RECOVERY_TRACKER_TRACE_STARTUP"] = "quit"
    import recovery_tracker.ui.startup_trace as trace
    mark = trace.mark
    def counting_mark(event):
        if event == "window":
            print("counted", counted["pyside"], counted["dataclass"], counted["regex"])
        mark(event)
    trace.mark = counting_mark
    from recovery_tracker.cli import main
    sys.exit(main(["--data-dir", sys.argv[1]]))
    """
)


def start_window(data_dir: Path, cache: Path) -> tuple[int, int, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", CACHE_DIR_VARIABLE: str(cache)}
    env.pop("RECOVERY_TRACKER_NO_CHART_PROCESS", None)
    result = subprocess.run(
        [sys.executable, "-c", START, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("counted "))
    pyside, dataclass, regex = (int(number) for number in line.split()[1:])
    return pyside, dataclass, regex


def test_the_windows_second_start_compiles_nothing_the_cache_keeps(tmp_path):
    cache = tmp_path / "cache"
    first = start_window(tmp_path / "diary", cache)
    assert all(first), first  # it compiled all three kinds: the count sees them
    assert (cache / code_cache.file_name("window")).is_file()
    # the first chart's process keeps matplotlib's regular expressions (its own file)
    chart = code_cache.CodeCache(cache / code_cache.file_name("chart"))
    chart.load()
    assert sum(key[0] == "re" for key in chart._stored) > 200

    assert start_window(tmp_path / "diary", cache) == (0, 0, 0)


@pytest.fixture
def cache_in(tmp_path):
    """Installs the hooks into this process; always taken out again."""
    made: list[code_cache.CodeCache] = []

    def install() -> code_cache.CodeCache:
        cache = code_cache.install(tmp_path, "test")
        assert cache is not None
        made.append(cache)
        return cache

    yield install
    code_cache.finish()


PATTERNS = [
    r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)",
    r"(?i)ibuprofen|naproxen|aspirin",
    r"^\s*(\w+)\s*=\s*(.*?)\s*$",
    r"(?<=@)[^.]+\.(?:com|org)\b",
    r"[äöü]+ß?",
    r"(a)(b)?(?(2)c|d)",
]


def fresh_regex(pattern: str | bytes, flags: int) -> re.Pattern:  # type: ignore[type-arg]
    re.purge()
    return re.compile(pattern, flags)


def one_start(cache_in, *patterns: str, flags: int = 0) -> code_cache.CodeCache:  # type: ignore[no-untyped-def]
    """A start in this process: the cache installed, ``patterns`` compiled, the cache
    finished (the file written if that was worth it)."""
    cache = cache_in()
    for pattern in patterns:
        fresh_regex(pattern, flags)
    code_cache.finish()
    return cache


@pytest.mark.parametrize("flags", [0, re.IGNORECASE | re.MULTILINE, re.VERBOSE])
def test_a_regular_expression_from_the_file_matches_as_a_fresh_one(cache_in, flags, monkeypatch):
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)
    texts = ["2026-11-27", "Ibuprofen 400", " dose = 2 tabs ", "me@clinic.org", "Größe", "abc"]
    expected = [fresh_regex(pattern, flags) for pattern in PATTERNS]
    one_start(cache_in, *PATTERNS, flags=flags)  # compiled and kept

    cache = cache_in()
    for pattern, plain in zip(PATTERNS, expected, strict=True):
        cached = fresh_regex(pattern, flags)
        assert cached is not plain
        assert (cached.pattern, cached.flags, cached.groups) == (
            plain.pattern,
            plain.flags,
            plain.groups,
        )
        assert cached.groupindex == plain.groupindex
        for text in texts:
            found, wanted = cached.search(text), plain.search(text)
            assert (found and found.groups()) == (wanted and wanted.groups())
    assert cache.hits == len(PATTERNS)
    assert cache.misses == 0
    # bytes patterns too
    assert fresh_regex(rb"(\d+)x", 0).match(b"12x").group(1) == b"12"


def make_dose_class() -> type:
    @dataclasses.dataclass(frozen=True, order=True)
    class Dose:
        name: str
        mg: int = 0
        notes: tuple[str, ...] = ()

    return Dose


def test_a_dataclass_made_with_the_file_behaves_as_one_made_without(cache_in, monkeypatch):
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)
    plain = make_dose_class()
    cache_in()
    make_dose_class()
    code_cache.finish()

    cache = cache_in()
    cached = make_dose_class()
    assert cache.hits > 0
    assert cache.misses == 0
    for kind in (plain, cached):
        dose = kind("Ibuprofen", 400)
        assert repr(dose).endswith("Dose(name='Ibuprofen', mg=400, notes=())")
        assert dose == kind("Ibuprofen", 400)
        assert hash(dose) == hash(kind("Ibuprofen", 400))
        assert kind("A") < kind("B")
        with pytest.raises(dataclasses.FrozenInstanceError):
            dose.mg = 1  # type: ignore[misc]


# compile() called from code with and without `from __future__ import annotations`: the
# annotations come out as strings in the first only, from the file as from the compiler.
CALL_COMPILE = "code = compile('def f(x: int): pass', 'annotated.py', 'exec')\nexec(code, found)\n"


def annotation_seen(with_future: bool) -> object:
    found: dict[str, object] = {}
    prefix = "from __future__ import annotations\n" if with_future else ""
    exec(
        builtins.compile(prefix + CALL_COMPILE, "<caller>", "exec", dont_inherit=True),
        {"found": found},
    )
    function = found["f"]
    return function.__annotations__["x"]  # type: ignore[attr-defined]


def test_compile_keeps_its_callers_future_flags(cache_in, monkeypatch):
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)
    assert (annotation_seen(True), annotation_seen(False)) == ("int", int)
    for _start in range(2):  # compiled into the file, then taken from it
        cache = cache_in()
        assert (annotation_seen(True), annotation_seen(False)) == ("int", int)
        code_cache.finish()
    assert cache.hits == 2


def test_the_file_is_written_again_only_when_that_is_worth_it(cache_in, tmp_path, monkeypatch):
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)
    one_start(cache_in, r"(kept)\s+once")
    path = tmp_path / code_cache.file_name("test")
    kept = path.read_bytes()
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 1.0)  # a whole second: never here
    cache = one_start(cache_in, r"(kept)\s+once", r"(new)\s+but\s+quick")
    assert (cache.hits, cache.misses) == (1, 1)
    assert path.read_bytes() == kept
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)
    one_start(cache_in, r"(new)\s+but\s+quick")
    written = code_cache.CodeCache(path)
    written.load()
    assert {key[1] for key in written._stored} == {r"(kept)\s+once", r"(new)\s+but\s+quick"}


def test_a_damaged_or_foreign_file_is_not_used_and_is_written_again(
    cache_in, tmp_path, monkeypatch
):
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)
    one_start(cache_in, r"(damaged)\s+file")
    path = tmp_path / code_cache.file_name("test")
    whole = path.read_bytes()
    flipped = bytearray(whole)
    flipped[-5] ^= 0xFF
    for damage in (whole[:-7], bytes(flipped), b"", b"not a cache at all", whole[:20]):
        path.write_bytes(damage)
        cache = one_start(cache_in, r"(damaged)\s+file")
        assert (cache.hits, cache.misses) == (0, 1)
        assert path.read_bytes() == whole  # written again, the same


@pytest.mark.parametrize("kind", ["device", "fifo", "folder", "huge"])
def test_something_else_in_the_files_place_is_not_read(cache_in, tmp_path, kind):
    path = tmp_path / code_cache.file_name("test")
    if kind == "device":
        path.symlink_to("/dev/zero")  # endless: read, it would hold the start for good
    elif kind == "fifo":
        os.mkfifo(path)  # opened, it would wait for a writer that never comes
    elif kind == "folder":
        path.mkdir()
    else:
        with path.open("wb") as huge:
            huge.truncate(code_cache.MAX_BYTES + 1)
    cache = one_start(cache_in, r"(not)\s+read")
    assert (cache.hits, cache.misses) == (0, 1)


def test_python_is_as_it_was_after_finish(cache_in):
    compile_before = builtins.compile
    regex_compiler = sys.modules["re._compiler"]
    compiler_before, sre_before = regex_compiler.compile, regex_compiler._sre
    cache_in()
    assert builtins.compile is not compile_before
    assert "exec" in vars(dataclasses)
    code_cache.finish()
    assert builtins.compile is compile_before
    assert "exec" not in vars(dataclasses)
    assert (regex_compiler.compile, regex_compiler._sre) == (compiler_before, sre_before)
    code_cache.finish()  # again: nothing to do


def test_a_folder_that_cannot_be_written_costs_only_the_time(tmp_path, monkeypatch):
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    cache = code_cache.install(blocked, "test")
    assert cache is not None
    try:
        fresh_regex(r"(cannot)\s+write", 0)
    finally:
        code_cache.finish()
    assert cache.misses == 1
    assert blocked.read_text() == ""


def test_the_cache_folder_on_each_system(tmp_path):
    home = str(tmp_path)
    assert cache_dir({CACHE_DIR_VARIABLE: "/elsewhere", "HOME": home}) == Path("/elsewhere")
    assert cache_dir({"HOME": home}, "linux") == tmp_path / ".cache" / "recovery-tracker"
    xdg = {"HOME": home, "XDG_CACHE_HOME": "/xdg"}
    assert cache_dir(xdg, "linux") == Path("/xdg/recovery-tracker")
    relative = {"HOME": home, "XDG_CACHE_HOME": "relative"}  # ignored, as the spec says
    assert cache_dir(relative, "linux") == tmp_path / ".cache" / "recovery-tracker"
    assert cache_dir({"HOME": home}, "darwin") == tmp_path / "Library/Caches/recovery-tracker"
    windows = {"HOME": home, "LOCALAPPDATA": "C:/Users/me/AppData/Local"}
    assert cache_dir(windows, "win32") == Path("C:/Users/me/AppData/Local/recovery-tracker/cache")


def test_strings_evaluated_at_run_time_are_never_kept(cache_in, tmp_path, monkeypatch):
    """The cache folder holds nothing of the diary: only modules' source is kept, not a text
    compiled as the app runs (which could come from an entry)."""
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)
    cache = cache_in()
    assert eval(builtins.compile("'Naproxen 500 mg'", "<string>", "eval")) == "Naproxen 500 mg"
    exec(builtins.compile("note = 'Ibuprofen after the injection'", "<string>", "exec"), {})
    exec(builtins.compile("dose = 'Aspirin 100 mg'", "dose.py", "single"), {})
    fresh_regex(r"(kept)\s+module", 0)  # so that the file is written
    code_cache.finish()
    assert (cache.hits, cache.misses) == (0, 1)
    written = (tmp_path / code_cache.file_name("test")).read_bytes()
    for word in (b"Naproxen", b"Ibuprofen", b"Aspirin"):
        assert word not in written


def test_a_hand_made_file_with_a_good_checksum_but_odd_entries_is_taken_apart(
    cache_in, tmp_path, monkeypatch
):
    """A tester's file: the right checksum over entries that are not what the app writes.
    finish() printed a traceback at every start and the file was never written again."""
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)
    import marshal

    payload = marshal.dumps((1, {("re", "abc", 0): 5, "junk": None, ("re", "x", 0): (1, 2)}))
    path = tmp_path / code_cache.file_name("test")
    path.write_bytes(code_cache.FORMAT + code_cache._digest(payload) + payload)
    cache = cache_in()
    assert fresh_regex("abc", 0).match("abc")
    code_cache.finish()  # no traceback
    assert (cache.hits, cache.misses) == (0, 1)
    written = code_cache.CodeCache(path)
    written.load()
    assert set(written._stored) == {("re", "abc", 0)}


def test_a_pattern_of_a_str_subclass_is_compiled_as_always(cache_in, monkeypatch):
    """marshal cannot write a str subclass: such a key stopped the file being written."""
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)

    class Text(str):
        pass

    cache = cache_in()
    assert fresh_regex(Text("(sub)+class"), 0).match("subsubclass")
    fresh_regex(r"(plain)\s+text", 0)
    code_cache.finish()  # no ValueError
    assert cache.misses == 1


def test_code_compiled_with_optimisation_is_not_taken_for_plain_code(cache_in, monkeypatch):
    """python -O drops asserts; its code is not the same as plain code of the same source."""
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)
    source = "assert False, 'checked'\n"
    cache_in()
    compile(source, "checks.py", "exec")
    code_cache.finish()
    optimised = type("Flags", (), {"optimize": 1})()
    monkeypatch.setattr(sys, "flags", optimised)
    cache = cache_in()
    builtins.compile(source, "checks.py", "exec")
    assert (cache.hits, cache.misses) == (0, 1)


def test_an_entry_no_start_uses_is_dropped_after_a_few_writings(cache_in, tmp_path, monkeypatch):
    """tokenize's regular expression differs from process to process: each variant used to
    stay in the file for good, which grew and took longer to read."""
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)
    path = tmp_path / code_cache.file_name("test")

    def start(*patterns: str) -> set[str]:
        one_start(cache_in, *patterns)
        kept = code_cache.CodeCache(path)
        kept.load()
        return {key[1] for key in kept._stored}

    assert start("(variant) one", "(always)") == {"(variant) one", "(always)"}
    assert start("(variant) two", "(always)") == {"(variant) one", "(variant) two", "(always)"}
    start("(variant) three", "(always)")
    assert start("(variant) four", "(always)") == {
        "(variant) two",
        "(variant) three",
        "(variant) four",
        "(always)",
    }


def test_a_temporary_file_left_by_a_killed_start_is_removed(cache_in, tmp_path, monkeypatch):
    monkeypatch.setattr(code_cache, "WORTH_WRITING_S", 0.0)
    name = code_cache.file_name("test")
    stale, fresh = tmp_path / f"{name}.4242.tmp", tmp_path / f"{name}.4343.tmp"
    for left in (stale, fresh):
        left.write_bytes(b"half a cache")
    old = stale.stat().st_mtime - code_cache.STALE_TEMPORARY_S - 10
    os.utime(stale, (old, old))
    one_start(cache_in, r"(left)\s+behind")
    assert not stale.exists()
    assert fresh.exists()  # perhaps another start's, being written right now
