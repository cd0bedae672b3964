"""Which kind of injection, and where: what the clinical guidance depends on.

Sites and kinds are free text (the pick lists are only suggestions), so both are recognised by
the words in them. An unrecognised site counts as a joint or tendon, an unrecognised kind as
"other": the guidance for those is the most general.
"""

from __future__ import annotations

import re

PRP = "PRP"
CORTICOSTEROID = "Corticosteroid"
HYALURONIC_ACID = "Hyaluronic acid"
OTHER = "Other"

SPINE = "spine"
JOINT = "joint"  # joints, tendons and everything that is not the spine

_KIND_WORDS = (
    (PRP, re.compile(r"\bprp\b|platelet")),
    (CORTICOSTEROID, re.compile(r"steroid|cortison|kenalog|triamcinolon|methylpred|dexameth")),
    (HYALURONIC_ACID, re.compile(r"hyalur|viscosupp|synvisc|durolane|ostenil|monovisc")),
)
# Facet, sacroiliac, epidural (caudal, transforaminal, interlaminar) and disc injections.
_SPINE_WORDS = re.compile(
    r"lumbar|thoracic|cervical|spin|facet|sacroiliac|\bsi\b|epidural|caudal|transforaminal"
    r"|interlaminar|\bdis[ck]s?\b|intradis[ck]|vertebr|medial branch"
    r"|\bback\b(?!\s+of)|\bneck\b(?!\s+of)"
)
_DISC_WORDS = re.compile(r"\bdis[ck]s?\b|intradis[ck]")  # not "discoid meniscus"


def kind_of(kind: str) -> str:
    """PRP, CORTICOSTEROID, HYALURONIC_ACID or OTHER for what the patient recorded."""
    text = kind.casefold()
    for name, words in _KIND_WORDS:
        if words.search(text):
            return name
    return OTHER


def region_of(site: str) -> str:
    return SPINE if _SPINE_WORDS.search(site.casefold()) else JOINT


def is_intradiscal(site: str) -> bool:
    """An injection into a spinal disc: the one with a risk of disc infection weeks later."""
    return region_of(site) == SPINE and bool(_DISC_WORDS.search(site.casefold()))
