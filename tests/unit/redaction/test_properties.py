"""Property tests: spans in bounds, sorted, merged; labels never leak span text; no crash."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from testimony.core.redaction import KnownDetails, detect, redact

WORDS = st.sampled_from(
    [
        "PC",
        "Davies",
        "Dr",
        "Patel",
        "A&E",
        "999",
        "nurse",
        "Sarah",
        "LS6",
        "2QT",
        "07700",
        "900123",
        "14th",
        "March",
        "at",
        "3am",
        "aged",
        "34",
        "the",
        "police",
        "took",
        "me",
        "to",
        "St",
        "James's",
        "Hospital",
        "on",
        "Tuesday",
        "NHS",
        "943",
        "476",
        "5919",
        "s136",
        "crisis",
        "team",
        "my",
        "CPN",
        "Bernadette",
        "Wythenshawe",
        "sam@example.org",
        "@someone",
        "12",
        "Acacia",
        "Avenue",
        "Mr.",
        "O'Neil",
        "ñandú",
        "Zoë’s",
        "東京",
        "\u200b",
        "\n",
        ",",
        ".",
        ";",
        ":",
        "(",
        ")",
        "'",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXTS)
def test_spans_sorted_merged_in_bounds(text: str) -> None:
    spans = detect(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.type.isupper() and span.reasons
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start


@SETTINGS
@given(TEXTS)
def test_redacted_text_never_contains_a_span(text: str) -> None:
    spans = detect(text)
    result = redact(text, spans)
    kept = [text[: spans[0].start]] if spans else [text]
    kept += [text[a.end : b.start] for a, b in itertools.pairwise(spans)]
    kept += [text[spans[-1].end :]] if spans else []
    outside = "\x00".join(kept)
    bare = result.text
    for _span, label in result.replacements:
        bare = bare.replace(label, "\x00")
    for span in spans:
        secret = text[span.start : span.end]
        # The secret may only survive where the person's own unredacted words contain it.
        if secret in bare:
            assert secret in outside


@SETTINGS
@given(st.text(max_size=200), st.lists(st.text(max_size=20), max_size=3))
def test_arbitrary_unicode_and_known_details_never_raise(text: str, names: list[str]) -> None:
    known = KnownDetails(
        own_names=tuple(names),
        people=tuple(names),
        address=text[:30] or None,
        phone=text[:12] or None,
        postcode=text[:8] or None,
        date_of_birth=text[:10] or None,
        email=text[:15] or None,
        nhs_number=text[:12] or None,
    )
    spans = detect(text, known)
    redact(text, spans)
