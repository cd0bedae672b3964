"""Today's advice reads only the rules that can be in force around its day (before the first
paint, the 720 rules of 30 years took 6 ms to read): what it shows must be exactly what all of
them give."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_tracker.domain.advice import (
    COMING_UP_DAYS,
    AdviceCategory,
    AdviceRule,
    advice_around,
)
from recovery_tracker.domain.models import Injection, InjectionStatus
from recovery_tracker.storage.diary import Diary

START = date(2024, 1, 1)
offsets = st.one_of(st.none(), st.integers(-60, 120))


@st.composite
def rules(draw):
    start, end = draw(offsets), draw(offsets)
    if start is not None and end is not None and end < start:
        start, end = end, start  # the schema refuses a window that ends before it starts
    return AdviceRule(f"rule {start} {end}", "", AdviceCategory.OTHER, start, end)


injections = st.lists(
    st.tuples(st.integers(0, 700), st.booleans(), st.lists(rules(), max_size=4)),
    max_size=6,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(made=injections, data=st.data())
def test_todays_advice_from_the_rules_around_the_day_is_the_advice_of_all(
    tmp_path_factory, made, data
):
    # Mostly a day at a window's edge (its first or last day, or a week before it starts),
    # where a query that is one day off shows.
    edges = [
        offset + edge
        for offset, _planned, plan in made
        for rule in plan
        for edge in (rule.start_day, rule.end_day)
        if edge is not None
    ]
    near = [e + d for e in edges for d in (-COMING_UP_DAYS - 1, -COMING_UP_DAYS, -1, 0, 1)]
    day = data.draw(
        st.sampled_from(near) if near and data.draw(st.booleans()) else st.integers(-100, 900)
    )
    diary = Diary.open(tmp_path_factory.mktemp("plans"))
    try:
        for offset, planned, plan in made:
            status = InjectionStatus.PLANNED if planned else InjectionStatus.DONE
            diary.advice.add_injection_with_plan(
                Injection(START + timedelta(offset), "Knee", status=status), plan
            )
        every = diary.injections.list()
        on = START + timedelta(day)
        around = diary.advice.plans_around(every, on, COMING_UP_DAYS)
        assert [p.injection for p in around] == every  # all numbered as before
        assert advice_around(on, around) == advice_around(on, diary.advice.plans(every))
    finally:
        diary.close()
