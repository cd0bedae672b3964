"""What kind of medicine a name is: the classifier over the medicine list (medications.py
describes the list and how names are matched).

Apart from the doses themselves: the window's first paint lists today's doses but classifies
none, so the classifier and its two dataclasses (~0.8 ms each to make) load only when a name
is first classified.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from recovery_tracker.domain.medications import (
    CHECK_LABEL,
    CLASS_LABELS,
    CORTICOSTEROID,
    NSAID,
    SUPPLEMENT,
    UNKNOWN,
)
from recovery_tracker.domain.text import translate

# When a product holds several medicines, the one that matters most for advice wins.
_PRIORITY = (
    NSAID,
    CORTICOSTEROID,
    CHECK_LABEL,
    SUPPLEMENT,
    "opioid",
    "paracetamol",
    "nerve pain",
    "muscle relaxant",
    "other",
)


@dataclass(frozen=True, slots=True)
class Classification:
    """What a medicine name was recognised as, and the entry of the list that matched it."""

    medicine_class: str  # NSAID, CORTICOSTEROID, ..., or UNKNOWN
    matched: str | None  # the list entry that matched, e.g. "nurofen"
    generic: str | None  # its generic name, e.g. "ibuprofen"; None for a CHECK_LABEL brand
    low_dose_aspirin: bool = False
    # For a CHECK_LABEL brand: the ingredients its product lines hold, e.g. ("ibuprofen",
    # "naproxen", "paracetamol"), each with its own class, e.g. ("nsaid", "nsaid", "paracetamol").
    ingredients: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        return translate("Medicines", CLASS_LABELS.get(self.medicine_class, self.medicine_class))

    def possible_classes(self) -> tuple[str, ...]:
        """The classes this product may be: its own, or any of a CHECK_LABEL brand's lines."""
        if self.medicine_class == CHECK_LABEL:
            return tuple(dict.fromkeys(c for _, c in self.ingredients))
        return (self.medicine_class,)

    def ingredients_of_class(self, medicine_class: str) -> list[str]:
        return [name for name, c in self.ingredients if c == medicine_class]


@dataclass(frozen=True, slots=True)
class _Entry:
    """One name of the medicine list, split into the words it is matched by."""

    tokens: tuple[str, ...]
    medicine_class: str
    generic: str


class MedicineList:
    """The classifier. Build it with ``MedicineList.from_csv`` from the shipped data file."""

    def __init__(self, entries: Sequence[_Entry]) -> None:
        # Longest names first, so "tylenol pm" is tried before "tylenol".
        self._entries = sorted(entries, key=lambda e: -len(e.tokens))
        self._single_words = {e.tokens[0]: e for e in entries if len(e.tokens) == 1}
        # Misspellings keep their first letter ("ibuprofin", "tumeric"): compare only those.
        self._words_by_initial: dict[str, list[str]] = {}
        for word in self._single_words:
            self._words_by_initial.setdefault(word[0], []).append(word)
        # Looked up by each word of a name: hundreds of entries, a name has a handful of words.
        self._by_first_word: dict[str, list[_Entry]] = {}
        for entry in self._entries:
            self._by_first_word.setdefault(entry.tokens[0], []).append(entry)
        self._cache: dict[str, Classification] = {}

    @classmethod
    def from_csv(cls, text: str, source: str = "medications.csv") -> MedicineList:
        """Columns name, class, generic (for a CHECK_LABEL brand: its ingredients joined with
        "|"), and group (the source group in SOURCES.md; not needed here)."""
        entries = []
        reader = csv.DictReader(io.StringIO(text))
        for row in reader:
            tokens = tuple(_tokens(row.get("name") or ""))
            medicine_class = (row.get("class") or "").strip().lower()
            if not tokens or not medicine_class:
                raise ValueError(
                    translate(
                        "Medicines", "{source}, line {line}: needs a name and a class."
                    ).format(source=source, line=reader.line_num)
                )
            entries.append(_Entry(tokens, medicine_class, (row.get("generic") or "").strip()))
        return cls(entries)

    def names(self) -> list[str]:
        return sorted(" ".join(e.tokens) for e in self._entries)

    def classify(self, name: str) -> Classification:
        # Patients log the same few names again and again: remember each answer.
        cached = self._cache.get(name)
        if cached is None:
            cached = self._cache[name] = self._classify(name)
        return cached

    def _classify(self, name: str) -> Classification:
        tokens = _tokens(name)
        found = list(
            {
                id(entry): entry
                for i, word in enumerate(tokens)
                for entry in self._by_first_word.get(word, ())
                if tuple(tokens[i : i + len(entry.tokens)]) == entry.tokens
            }.values()
        )
        found.sort(key=lambda e: -len(e.tokens))  # longest names first, as the list is kept
        near_miss = not found
        if near_miss:
            found = self._near_misses(tokens)
        if not found:
            return Classification(UNKNOWN, None, None)
        found = _most_specific(found)
        best = min(found, key=lambda e: _rank(e.medicine_class))
        if best.medicine_class == CHECK_LABEL:
            return Classification(
                CHECK_LABEL, " ".join(best.tokens), None, ingredients=self._ingredients(best)
            )
        generic = best.generic or " ".join(best.tokens)
        # Brands sold only as a heart-protection dose say so in the list; a near miss of one
        # ("Cafiaspirina" read as "Cardioaspirina") is aspirin, not proof of a low dose.
        only_low_dose = generic.endswith(_LOW_DOSE_ONLY) and not near_miss
        return Classification(
            best.medicine_class,
            " ".join(best.tokens),
            generic.removesuffix(_LOW_DOSE_ONLY),
            low_dose_aspirin=only_low_dose or _is_low_dose_aspirin(name, best),
        )

    def _ingredients(self, brand: _Entry) -> tuple[tuple[str, str], ...]:
        names = [n.strip() for n in brand.generic.split("|") if n.strip()]
        return tuple((n, self.classify(n).medicine_class) for n in names)

    def _near_misses(self, tokens: list[str]) -> list[_Entry]:
        # Misspellings of long single-word names only: short words would match too much.
        import difflib  # only for names not found as written: not worth its start-up cost

        misses = []
        for token in tokens:
            if len(token) >= 6:
                candidates = self._words_by_initial.get(token[0], [])
                close = difflib.get_close_matches(token, candidates, n=1, cutoff=0.84)
                if close:
                    misses.append(self._single_words[close[0]])
        return misses


def _most_specific(found: list[_Entry]) -> list[_Entry]:
    """The product lines the name spells out, over the shorter names inside them.

    "Excedrin Tension Headache" (paracetamol) drops "Excedrin" (check the label); "Aspirin Free
    Anacin" drops "aspirin". A brand to check is also settled when the patient wrote one of its
    ingredients ("Midol ibuprofen").
    """
    named = {e.generic for e in found if e.medicine_class != CHECK_LABEL}
    return [
        e
        for e in found
        if not any(
            len(other.tokens) > len(e.tokens) and _contains(list(other.tokens), e.tokens)
            for other in found
        )
        and not (e.medicine_class == CHECK_LABEL and named & set(e.generic.split("|")))
    ]


def name_includes(name: str, other: str) -> bool:
    """Does ``name`` spell out ``other`` ("Celebrex 200 mg" includes "celebrex")?"""
    wanted = tuple(_tokens(other))
    return bool(wanted) and _contains(_tokens(name), wanted)


def _rank(medicine_class: str) -> int:
    return _PRIORITY.index(medicine_class) if medicine_class in _PRIORITY else len(_PRIORITY)


def _tokens(text: str) -> list[str]:
    """Lower-case words with doses and punctuation removed: "Ibuprofen 400mg" -> ["ibuprofen"]."""
    text = re.sub(r"['’]", "", text.casefold())  # "Goody's" and "Goodys" alike
    text = re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", text)  # "400mg" -> "400 mg"
    words = re.findall(r"[a-z]+|\d+(?:[.,]\d+)?", text)
    units = {"mg", "g", "mcg", "ug", "ml", "x", "tab", "tabs", "tablet", "tablets", "caps"}
    return [w for w in words if not w[0].isdigit() and w not in units]


def _contains(tokens: list[str], name: tuple[str, ...]) -> bool:
    size = len(name)
    return any(tuple(tokens[i : i + size]) == name for i in range(len(tokens) - size + 1))


_LOW_DOSE_ONLY = " (low dose)"
_LOW_DOSE_WORDS = re.compile(r"low[\s-]*dose|baby|heart|cardio|\b(75|81|100)\s*mg\b|\b(75|81)\b")


def _is_low_dose_aspirin(name: str, entry: _Entry) -> bool:
    return entry.generic == "aspirin" and bool(_LOW_DOSE_WORDS.search(name.casefold()))
