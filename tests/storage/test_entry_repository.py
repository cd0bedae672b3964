"""Every repository built on storage.sql.EntryRepository adds, changes, deletes and restores
its entries the same way: each of them, through a real diary file."""

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from recovery_tracker.domain.appointments import Appointment
from recovery_tracker.domain.events import AdverseEvent
from recovery_tracker.domain.medications import MedicationDose
from recovery_tracker.domain.models import CheckIn, Injection
from recovery_tracker.storage.sql import NotFoundError

# (the diary's repository, an entry, a change to it, the kind named when it is gone)
KINDS = {
    "checkins": (CheckIn(date(2026, 11, 7), time(8), pain=4), {"pain": 2}, "check-in"),
    "medications": (
        MedicationDose(date(2026, 11, 7), time(8), "ibuprofen", "400 mg"),
        {"dose": "200 mg"},
        "medicine entry",
    ),
    "appointments": (
        Appointment(datetime(2026, 12, 1, 9), "Dr. Lee"),
        {"place": "Spine Clinic"},
        "appointment",
    ),
    "events": (
        AdverseEvent(date(2026, 11, 7), "fever", "mild"),
        {"severity": "severe"},
        "event",
    ),
    "injections": (Injection(date(2026, 11, 6), "Knee"), {"site": "Shoulder"}, "injection"),
}


def _listed(diary, name):
    return getattr(diary, name).list()


@pytest.mark.parametrize("name", KINDS)
def test_an_added_entry_gets_an_id_and_reads_back_equal(diary, name):
    entry, _change, _kind = KINDS[name]
    added = getattr(diary, name).add(entry)
    assert added.id is not None and replace(added, id=None) == entry
    assert _listed(diary, name) == [added]


@pytest.mark.parametrize("name", KINDS)
def test_an_update_changes_only_its_entry(diary, name):
    entry, change, _kind = KINDS[name]
    repository = getattr(diary, name)
    first, second = repository.add(entry), repository.add(entry)
    changed = repository.update(replace(second, **change))
    assert sorted(_listed(diary, name), key=lambda e: e.id) == [first, changed]


@pytest.mark.parametrize("name", KINDS)
def test_updating_a_deleted_entry_says_it_no_longer_exists(diary, name):
    entry, change, kind = KINDS[name]
    repository = getattr(diary, name)
    added = repository.add(entry)
    repository.delete(added.id)
    assert _listed(diary, name) == []
    with pytest.raises(NotFoundError, match=f"That {kind} no longer exists; it was not changed."):
        repository.update(replace(added, **change))


@pytest.mark.parametrize("name", [n for n in KINDS if n != "injections"])  # with its plan
def test_a_restored_entry_comes_back_with_its_old_id(diary, name):
    entry, _change, _kind = KINDS[name]
    repository = getattr(diary, name)
    added = repository.add(entry)
    repository.add(entry)
    repository.delete(added.id)
    repository.restore(added)
    assert added in _listed(diary, name)
