import copy
import json

import pytest

from testimony.core.errors import FormError, InvalidAnswer, UnknownForm
from testimony.core.forms import (
    available_forms,
    load_form,
    parse_form,
    searchable_text,
    short_title,
    validate_answers,
)
from testimony.core.resources import read_text

RAW = json.loads(read_text("forms", "crisis-account-v1.json"))


def test_first_form_covers_the_design():
    form = load_form("crisis-account")
    ids = {q.id for q in form.questions}
    assert {
        "services",
        "when",
        "area",
        "what_happened",
        "police_involved",
        "care_refused",
        "label_or_plan",
        "shared_with_police",
        "threats",
        "how_affected",
        "would_have_helped",
        "anything_else",
    } <= ids
    services = form.question("services")
    assert {
        "ae",
        "ambulance",
        "police",
        "crisis_team",
        "crisis_line",
        "nhs111",
        "gp",
        "cmht",
        "ward",
        "other",
    } == set(services.option_ids)
    # Free text never leaves unredacted.
    assert all(q.export in ("redact", "never") for q in form.text_questions)
    assert available_forms()["crisis-account"] == (1,)


def test_unknown_form_and_version():
    with pytest.raises(UnknownForm):
        load_form("nope")
    with pytest.raises(UnknownForm):
        load_form("crisis-account", 99)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.pop("questions"),
        lambda d: d["questions"].append(copy.deepcopy(d["questions"][0])),  # repeated id
        lambda d: d["questions"][0].update(type="essay"),
        lambda d: d["questions"][0]["options"].append({"id": "ae", "label": "again"}),
        lambda d: d["questions"][3].update(export="keep"),  # free text kept verbatim
        lambda d: d["questions"][9].pop("max"),  # scale without a top
        lambda d: d["questions"][0].update(extra=1),
    ],
)
def test_malformed_forms_are_refused(mutate):
    data = copy.deepcopy(RAW)
    mutate(data)
    with pytest.raises(FormError):
        parse_form(data)


def test_answers_are_checked_and_normalised():
    form = load_form("crisis-account")
    clean = validate_answers(
        form,
        {
            "services": ["police", "ae"],
            "when": "2024-03",
            "impact": "4",
            "police_involved": "yes",
            "what_happened": "words",
            "anything_else": "",
        },
    )
    assert clean == {
        "services": ["ae", "police"],
        "when": "2024-03",
        "impact": 4,
        "police_involved": "yes",
        "what_happened": "words",
    }


@pytest.mark.parametrize(
    ("answers", "question"),
    [
        ({"colour": "red"}, "colour"),
        ({"services": ["spaceship"]}, "services"),
        ({"area": "mars"}, "area"),
        ({"when": "March 2024"}, "when"),
        ({"when": "2024-13"}, "when"),
        ({"impact": 9}, "impact"),
        ({"impact": True}, "impact"),
        ({"what_happened": 5}, "what_happened"),
        ({"police_involved": "maybe"}, "police_involved"),
    ],
)
def test_bad_answers_name_the_question(answers, question):
    with pytest.raises(InvalidAnswer) as info:
        validate_answers(load_form("crisis-account"), answers)
    assert info.value.details["question"] == question


def test_text_for_index_and_title():
    form = load_form("crisis-account")
    answers = {
        "what_happened": "First line\nmore",
        "would_have_helped": "kindness",
        "area": "london",
    }
    assert searchable_text(form, answers) == "First line\nmore\n\nkindness"
    # A list on a shared screen never quotes what happened (issue 12).
    assert short_title(form, answers) == ""
    assert short_title(form, {"short_name": "The March night", **answers}) == "The March night"


@pytest.mark.parametrize("day", ["2024-02-31", "2023-02-29", "2024-04-31", "2024-00", "2024-06-00"])
def test_days_that_are_not_in_the_calendar_are_refused(day):
    """Issue 9 item 11: the standard library's calendar decides, not a 1..31 range."""
    with pytest.raises(InvalidAnswer) as info:
        validate_answers(load_form("crisis-account"), {"when": day})
    assert info.value.details["question"] == "when"


@pytest.mark.parametrize("day", ["2024-02-29", "2023-12-31", "2024-02"])
def test_real_days_and_months_are_kept(day):
    assert validate_answers(load_form("crisis-account"), {"when": day}) == {"when": day}
