"""detect(): run every detector, respect the allow-list, merge overlapping spans."""

from __future__ import annotations

from testimony.core.redaction.addresses import find_addresses, glue_address_numbers
from testimony.core.redaction.allow import allowed_ranges
from testimony.core.redaction.context import apply_role_nouns, find_role_spans
from testimony.core.redaction.identifiers import find_identifiers
from testimony.core.redaction.informal import extend_names, find_kin_names
from testimony.core.redaction.known import KnownDetails, find_known
from testimony.core.redaction.local import (
    find_local_places,
    find_textspeak_times,
    join_over_of,
)
from testimony.core.redaction.lowercase import find_lowercase_names
from testimony.core.redaction.names import find_names
from testimony.core.redaction.prose_dates import find_dates_times_ages
from testimony.core.redaction.services import add_localities, find_services, find_streets
from testimony.core.redaction.spans import Span, drop_inside, merge_spans, subtract_ranges


def detect(text: str, known: KnownDetails | None = None) -> list[Span]:
    """Every span of ``text`` that could identify someone: sorted, merged, within bounds.

    Details the person gave and checksummed identifiers are kept whole; guesses (names,
    places, dates) never cover an allow-listed campaign word.
    """
    if not isinstance(text, str) or not text:
        return []
    sure = find_known(text, known) + find_identifiers(text)
    guesses = [*find_names(text), *find_lowercase_names(text), *find_kin_names(text)]
    guesses = apply_role_nouns(text, guesses)
    guesses += find_role_spans(text)
    guesses = extend_names(text, guesses)
    guesses += find_addresses(text)
    guesses += find_streets(text)
    guesses = add_localities(text, glue_address_numbers(text, guesses))
    guesses += find_dates_times_ages(text)
    guesses += find_textspeak_times(text)
    guesses = subtract_ranges(guesses, allowed_ranges(text), text)
    # a named service is one name, campaign words inside it too ("Oakfield Crisis House"),
    # and one place: a guess inside it ("Kingsway" as a person) gives way to it; so do
    # local names ("Cleveland" in "Cleveland Police" is a place, not a person)
    services = [*find_services(text), *find_local_places(text)]
    return join_over_of(text, merge_spans(sure + drop_inside(guesses, services) + services))
