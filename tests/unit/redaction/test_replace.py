"""Typed, consistent replacement labels and the generalisation helpers."""

from __future__ import annotations

from testimony.core.redaction import Pseudonyms, Span, detect, generalise, merge_spans, redact


def test_pc_davies_becomes_police_officer() -> None:
    text = "PC Davies put me in the van."
    assert redact(text, detect(text)).text == "[POLICE OFFICER] put me in the van."


def test_people_numbered_consistently_across_texts() -> None:
    names = Pseudonyms()
    first = redact("Marek came, then Priya.", detect("Marek came, then Priya."), names)
    second = redact("priya's sister and Marek", detect("priya's sister and Marek"), names)
    assert first.text == "[PERSON 1] came, then [PERSON 2]."
    assert second.text == "[PERSON 2]'s sister and [PERSON 1]"


def test_first_name_alone_keeps_full_name_label() -> None:
    text = "Gemma Thornton is my sister. Gemma drove."
    assert redact(text, detect(text)).text == "[PERSON 1] is my sister. [PERSON 1] drove."


def test_labels_by_type() -> None:
    text = "On 14th March at 3am, aged 34, I rang 07700 900123 from LS6 2QT."
    out = redact(text, detect(text)).text
    for label in ("[DATE]", "[TIME]", "[AGE]", "[PHONE]", "[POSTCODE]"):
        assert label in out


def test_redact_clamps_and_merges() -> None:
    spans = [Span(0, 5, "PERSON"), Span(3, 8, "PLACE"), Span(50, 90, "DATE")]
    result = redact("abcdefghij", spans)
    assert result.text == "[PERSON 1]ij"
    assert merge_spans([Span(0, 5, "A", ("x",)), Span(2, 4, "B", ("y",))]) == [
        Span(0, 5, "A", ("x", "y"))
    ]


def test_generalise() -> None:
    assert generalise.to_month("2024-03-14") == "2024-03"
    assert generalise.to_quarter("2024-03-14") == "2024-Q1"
    assert generalise.to_quarter("2024-11") == "2024-Q4"
    assert generalise.to_month("not a date") is None
    assert generalise.part_of_day("03:10") == "night"
    assert generalise.part_of_day("9am") == "morning"
    assert generalise.part_of_day("14:00") == "afternoon"
    assert generalise.part_of_day("7.30pm") == "evening"
    assert generalise.part_of_day("25:00") is None
    assert generalise.age_band(34) == "30-39"
    assert generalise.age_band("19") == "18-24"
    assert generalise.age_band(15) == "under 18"
    assert generalise.age_band(81) == "70+"
    assert generalise.age_band("old") is None
    assert generalise.area("LS6 2QT") == "LS"
    assert generalise.area("ls6 2qt", level="district") == "LS6"
    assert generalise.area("Leeds") is None
