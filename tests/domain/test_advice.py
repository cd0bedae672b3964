from datetime import date

import pytest

from recovery_tracker.domain.advice import (
    AdviceCategory,
    AdviceRule,
    Plan,
    TemplateError,
    advice_around,
    advice_changing_soon,
    advice_in_force,
    default_template_for,
    describe_time_left,
    describe_window,
    parse_templates,
    plan_for_new_injection,
    rule_from_fields,
)
from recovery_tracker.domain.models import Injection, InjectionStatus
from recovery_tracker.storage.resources import load_templates

INJECTION = Injection(date=date(2026, 11, 10), site="Lumbar facet joint", kind="PRP", id=1)
NO_NSAIDS = AdviceRule("No anti-inflammatories", "…", AdviceCategory.MEDICATION, -7, 14, ("nsaid",))
PLAN = [Plan(INJECTION, (NO_NSAIDS,))]


@pytest.mark.parametrize(
    ("offset", "in_force"),
    [(-8, False), (-7, True), (0, True), (14, True), (15, False)],
)
def test_rule_window_boundaries(offset, in_force):
    day = date.fromordinal(INJECTION.date.toordinal() + offset)
    assert bool(advice_in_force(day, PLAN)) is in_force
    assert NO_NSAIDS.in_force_on_offset(offset) is in_force


def test_time_left_is_said_in_days_and_date():
    [window] = advice_in_force(date(2026, 11, 15), PLAN)  # day 5 of -7..14
    assert window.end == date(2026, 11, 24)
    assert describe_time_left(window, date(2026, 11, 15)) == "9 more days, until 24 November"
    assert describe_time_left(window, date(2026, 11, 23)) == "1 more day, until 24 November"
    assert describe_time_left(window, date(2026, 11, 24)) == "last day today"


def test_open_ended_rules_stay_in_force():
    rule = AdviceRule("Keep a walking routine", "", AdviceCategory.ACTIVITY, 3, None)
    plan = [Plan(INJECTION, (rule,))]
    assert advice_in_force(date(2030, 1, 1), plan)
    assert not advice_in_force(date(2026, 11, 12), plan)
    [window] = advice_in_force(date(2030, 1, 1), plan)
    assert describe_time_left(window, date(2030, 1, 1)) == "until your doctor says otherwise"
    assert describe_window(3, None) == "from 3 days after, until your doctor says otherwise"
    assert describe_window(-7, 14) == "from 7 days before to 14 days after"


def test_what_starts_and_ends_soon():
    rest = AdviceRule("Relative rest", "", AdviceCategory.ACTIVITY, 0, 2)
    plan = [Plan(INJECTION, (NO_NSAIDS, rest))]
    changes = advice_changing_soon(date(2026, 11, 7), plan)
    assert [(kind, w.rule.title) for kind, w in changes] == [("starts", "Relative rest")]
    ending = advice_changing_soon(date(2026, 11, 20), plan)
    assert [(kind, w.rule.title) for kind, w in ending] == [("ends", "No anti-inflammatories")]


def test_shipped_templates_parse_and_match_kinds():
    loaded = load_templates()
    assert loaded.problems == []
    prp = default_template_for("PRP", loaded.templates)
    assert prp is not None and prp.name.startswith("PRP")
    nsaid_rule = next(r for r in prp.rules if "nsaid" in r.avoid)
    assert (nsaid_rule.start_day, nsaid_rule.end_day) == (-7, 14)
    assert "corticosteroid" in nsaid_rule.avoid
    titles = " ".join(r.title for r in prp.rules).lower()
    for expected in ("paracetamol", "rest", "heavy lifting", "ice or heat", "warning signs"):
        assert expected in titles
    assert default_template_for("Corticosteroid", loaded.templates).name.startswith("Cortico")
    assert default_template_for("Hyaluronic acid", loaded.templates).name == "General injection"


def test_template_numbers_read_as_the_clinics_to_fill_in_never_as_our_instruction():
    """48 hours, two weeks, 7 before to 14 after: common values, said as such."""
    for template in load_templates().templates:
        for rule in template.rules:
            if rule.category is AdviceCategory.ACTIVITY or rule.avoid:
                assert "ommonly" in rule.advice, rule.title
                assert "your clinic gave you" in rule.advice, rule.title
            assert not rule.advice.startswith(("Take it easy", "Rest the", "Do not take", "No ")), (
                rule.title
            )


def test_a_plan_may_avoid_supplements_that_affect_bleeding():
    rule = rule_from_fields(
        {"title": "No fish oil", "category": "medication", "avoid": "supplement|nsaid"}
    )
    assert rule.avoid == ("nsaid", "supplement")
    with pytest.raises(ValueError, match="use nsaid or corticosteroid or supplement"):
        rule_from_fields({"title": "x", "category": "medication", "avoid": "vitamins"})


HEADER = "template,default_for,title,category,start_day,end_day,avoid,advice\n"


@pytest.mark.parametrize(
    ("bad_row", "fragment"),
    [
        ("PRP,PRP,Rest,activity,5,2,,x", "ends (day 2) before it starts (day 5)"),
        ("PRP,PRP,Rest,sports,0,2,,x", "Unknown category “sports”"),
        ("PRP,PRP,Rest,activity,zero,2,,x", "Start day must be a whole number"),
        ("PRP,PRP,,activity,0,2,,x", "Title is required"),
        ("PRP,PRP,Rest,medication,0,2,aspirin,x", "Unknown medicine class"),
    ],
)
def test_malformed_templates_name_the_file_and_line(bad_row, fragment):
    text = HEADER + "PRP,PRP,Fine,activity,0,2,,ok\n" + bad_row + "\n"
    with pytest.raises(TemplateError) as caught:
        parse_templates(text, "my_templates.csv")
    assert str(caught.value).startswith("my_templates.csv, line 3:")
    assert fragment in str(caught.value)


def test_a_broken_custom_template_file_falls_back_to_the_shipped_one(tmp_path):
    (tmp_path / "advice_templates.csv").write_text(HEADER + "PRP,PRP,Rest,activity,9,1,,x\n")
    loaded = load_templates(tmp_path)
    assert loaded.templates and default_template_for("PRP", loaded.templates)
    assert len(loaded.problems) == 1
    assert "advice_templates.csv, line 2" in loaded.problems[0]
    assert "built-in templates are used" in loaded.problems[0]


def test_a_custom_template_file_replaces_the_shipped_one(tmp_path):
    (tmp_path / "advice_templates.csv").write_text(
        HEADER + "Dr Lee PRP,PRP,No NSAIDs,medication,-10,42,nsaid,Six weeks\n"
    )
    loaded = load_templates(tmp_path)
    [template] = loaded.templates
    assert (template.rules[0].start_day, template.rules[0].end_day) == (-10, 42)


def test_before_a_prp_injection_paracetamol_is_advised_as_long_as_anti_inflammatories_are_not():
    from recovery_tracker.domain.settings import DiarySettings
    from recovery_tracker.storage.resources import load_templates

    prp = next(t for t in load_templates().templates if t.name.startswith("PRP"))
    rules = {r.title: r for r in prp.rules}
    no_nsaids, paracetamol = rules["No anti-inflammatories"], rules["Paracetamol for pain"]
    assert (paracetamol.start_day, paracetamol.end_day) == (no_nsaids.start_day, no_nsaids.end_day)
    doctor = DiarySettings(plan_template=prp.name, avoid_before=10, avoid_after=42)
    planned = {r.title: r for r in plan_for_new_injection(prp, doctor)}
    assert (planned["Paracetamol for pain"].start_day, planned["Paracetamol for pain"].end_day) == (
        -10,
        42,
    )


def test_advice_around_a_day_is_what_is_in_force_and_changing_soon():
    """The Today panel's one pass names the same windows as the two questions asked apart."""
    open_ended = AdviceRule("Keep moving", "", AdviceCategory.ACTIVITY, 3, None)
    from_always = AdviceRule("Ice", "", AdviceCategory.ACTIVITY, None, 1)
    rest = AdviceRule("Relative rest", "", AdviceCategory.ACTIVITY, 0, 2)
    rules = (NO_NSAIDS, open_ended, from_always, rest)
    plans = [
        Plan(Injection(date=date(2025, 6, 1), site="Knee", kind="PRP", id=2), rules),
        Plan(INJECTION, rules),
        Plan(Injection(date=date(2026, 12, 1), site="Knee", kind="PRP", id=3), (NO_NSAIDS,)),
    ]
    planned = Injection(date(2026, 12, 20), "Knee", id=4, status=InjectionStatus.PLANNED)
    plans.append(Plan(planned, (rest,)))
    for offset in range(-420, 60):
        day = date.fromordinal(date(2026, 11, 10).toordinal() + offset)
        assert advice_around(day, plans) == (
            advice_in_force(day, plans),
            advice_changing_soon(day, plans),
        ), day
