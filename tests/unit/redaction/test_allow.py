"""Words that carry the campaign's meaning are never redacted."""

from __future__ import annotations

import pytest

from testimony.core.redaction import detect, redact

CAMPAIGN = [
    "A&E",
    "999",
    "111",
    "NHS",
    "section 136",
    "s136",
    "SIM",
    "Serenity Integrated Mentoring",
    "police",
    "ambulance",
    "paramedic",
    "crisis team",
    "CPN",
    "Samaritans",
    "Mental Health Act",
]


@pytest.mark.parametrize("word", CAMPAIGN)
@pytest.mark.parametrize(
    "frame",
    [
        "{w}",
        "I went to {w} yesterday.",
        "{w} was no help at all.",
        "When I called {w} at 3am nobody came.",
        "Then {w} Jones arrived.",
        "Under the {w}, PC Davies took me in.",
    ],
)
def test_campaign_words_survive(word: str, frame: str) -> None:
    text = frame.format(w=word)
    spans = detect(text)
    start = text.index(word)
    end = start + len(word)
    assert not any(s.start < end and start < s.end for s in spans), [
        (s.type, text[s.start : s.end]) for s in spans
    ]
    assert word in redact(text, spans).text


def test_role_names_keep_the_role() -> None:
    text = "My CPN Sarah and the paramedic Jonny were kind; PC Davies was not."
    result = redact(text, detect(text))
    assert "CPN" in result.text and "paramedic" in result.text
    assert "[POLICE OFFICER]" in result.text
    assert "Sarah" not in result.text and "Jonny" not in result.text
