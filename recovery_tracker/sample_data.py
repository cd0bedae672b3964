"""Realistic sample diaries: Maria's lumbar PRP series for --demo, and long synthetic
diaries for the benchmark. Deterministic for a given seed."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from recovery_tracker.domain.advice import AdviceTemplate, default_template_for
from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.events import AdverseEvent
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.storage.bulk import DiaryContent

_NOTES = (
    "Stiff getting out of bed.",
    "Walked 20 minutes, felt fine.",
    "Sat too long at work; worse in the evening.",
    "Slept better last night.",
    "Injection site tender when lying on my back.",
    "Gardening for an hour; sore afterwards.",
)


def _clamp(value: float) -> int:
    return max(0, min(10, round(value)))


def _pain_curve(days_since: int | None, baseline: float, gain: float) -> float:
    """Pain relative to an injection: a flare in the first days, then a slow improvement."""
    if days_since is None:
        return baseline
    flare = 1.6 if days_since <= 3 else (0.6 if days_since <= 10 else 0.0)
    improvement = gain * min(1.0, max(0, days_since - 7) / 35)
    return baseline + flare - improvement


def _soreness(days_since: int | None) -> float | None:
    if days_since is None or days_since > 21:
        return None
    return max(0.0, 7.5 - 1.4 * days_since) if days_since <= 6 else 0.5


def demo_content(
    today: date, templates: list[AdviceTemplate], seed: int = 7, now: time | None = None
) -> DiaryContent:
    """Maria, 58: L4-L5 facet PRP, a baseline week, injection 1, then injection 2 six weeks on.

    With ``now``, nothing is dated later than that time today: the diary holds no entry from
    the future (which the app itself would refuse, on import too)."""
    rng = random.Random(seed)
    leg_rng = random.Random(seed + 1)  # its own stream: the other scores stay as they were
    second = today - timedelta(days=4)
    first = second - timedelta(days=42)
    start = first - timedelta(days=7)
    prp = default_template_for("PRP", templates)
    rules = prp.rules if prp else ()
    content = DiaryContent()
    for day in (first, second):
        content.injections.append(
            (
                Injection(
                    date=day,
                    site="Lumbar facet joint (L4-L5)",
                    side="Both sides",
                    kind="PRP",
                    clinic="Dr. Lee, City Spine Clinic",
                    guidance="X-ray / fluoroscopy",
                ),
                rules,
            )
        )
    baseline = 6.4
    for offset in range((today - start).days + 1):
        day = start + timedelta(days=offset)
        since = (
            (day - second).days if day >= second else ((day - first).days if day >= first else None)
        )
        level = _pain_curve(since, baseline, 2.6 if day < second else 3.0)
        if day >= second:
            level -= 1.4  # the first injection's gain carries over
        for at in (time(8, 0), time(20, 30)):
            if day == today and at > time(12, 0):
                continue
            evening = 0.5 if at.hour >= 20 else 0.0
            sore = _soreness(since)
            content.checkins.append(
                CheckIn(
                    date=day,
                    time=at,
                    pain=_clamp(level + evening + rng.uniform(-0.8, 0.8)),
                    soreness=None if sore is None else _clamp(sore + rng.uniform(-0.7, 0.7)),
                    enjoyment_interference=_clamp(level + rng.uniform(-1, 1))
                    if at.hour < 12
                    else None,
                    activity_interference=_clamp(level + 0.5 + rng.uniform(-1, 1))
                    if at.hour < 12
                    else None,
                    sleep=_clamp(9 - level + rng.uniform(-1, 1)) if at.hour < 12 else None,
                    notes=rng.choice(_NOTES) if rng.random() < 0.15 else "",
                    # Sciatica eases more slowly than the back pain after facet PRP.
                    leg_pain=_clamp(0.6 * baseline + 0.4 * level + leg_rng.uniform(-0.8, 0.8))
                    if at.hour < 12
                    else None,
                )
            )
        if since is not None and 0 <= since <= 6 and rng.random() < 0.6:
            content.medications.append(
                MedicationDose(day, time(13, 0), "Paracetamol", "1 g", "soreness after injection")
            )
    content.checkins.append(
        CheckIn(
            date=first + timedelta(days=12),
            time=time(13, 0),
            pain=6,
            soreness=1,
            notes="Pain spreads to the left buttock after sitting more than an hour. "
            "Is that expected?",
            for_doctor=True,
        )
    )
    content.medications.append(
        MedicationDose(
            first + timedelta(days=4), time(9, 15), "Advil", "400 mg", "back ache, out of habit"
        )
    )
    content.appointments.append(
        Appointment(
            datetime.combine(second + timedelta(days=42), time(10, 30)),
            "Dr. Lee",
            "City Spine Clinic, 2nd floor",
            "Is the second injection working as well as the first?\nWhen can I garden again?",
        )
    )
    content.events += [
        AdverseEvent(first + timedelta(days=2), "more_pain", "moderate", time=time(19, 0)),
        AdverseEvent(
            second + timedelta(days=1),
            "bruising",
            "mild",
            notes="Small bruise where the needle went in",
        ),
    ]
    if now is not None:
        content.checkins = [c for c in content.checkins if (c.date, c.time) <= (today, now)]
        content.medications = [m for m in content.medications if (m.date, m.time) <= (today, now)]
    return content


def synthetic_content(
    days: int, injections: int, today: date, templates: list[AdviceTemplate], seed: int = 1
) -> DiaryContent:
    """A long diary for the benchmark: two check-ins a day, medicines on a third of the days."""
    rng = random.Random(seed)
    start = today - timedelta(days=days - 1)
    gap = max(1, days // max(1, injections))
    injection_days = [start + timedelta(days=7 + i * gap) for i in range(injections)]
    prp = default_template_for("PRP", templates)
    content = DiaryContent(
        injections=[
            (Injection(date=d, site="Lumbar facet joint", kind="PRP"), prp.rules if prp else ())
            for d in injection_days
            if d <= today
        ]
    )
    current: date | None = None
    pending = list(injection_days)
    for offset in range(days):
        day = start + timedelta(days=offset)
        while pending and pending[0] <= day:
            current = pending.pop(0)
        since = None if current is None else (day - current).days
        level = _pain_curve(since, 6.0, 2.5)
        for at in (time(8, 0), time(20, 0)):
            sore = _soreness(since)
            content.checkins.append(
                CheckIn(
                    date=day,
                    time=at,
                    pain=_clamp(level + rng.uniform(-1, 1)),
                    soreness=None if sore is None else _clamp(sore),
                    sleep=_clamp(6 + rng.uniform(-2, 2)),
                    notes=rng.choice(("", "", "", *_NOTES)),
                )
            )
        if offset % 3 == 0:
            name = rng.choice(("Paracetamol", "Paracetamol", "Advil", "Gabapentin"))
            content.medications.append(MedicationDose(day, time(12, 0), name, "1 tab", "pain"))
    for i, day in enumerate(injection_days):
        content.appointments.append(
            Appointment(datetime.combine(day + timedelta(days=28), time(9, 0)), f"Dr. {i}")
        )
    return content
