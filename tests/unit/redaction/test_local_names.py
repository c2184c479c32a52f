"""Local names in any case (issue 10, "what it misses"): units named by an everyday word,
a shop on a street with no street word, hospitals by their local names, police forces by
their place, and text-speak times. Examples written for these tests; the negatives are
campaign words and everyday phrases that must stay."""

from __future__ import annotations

import pytest

from testimony.core.redaction import Pseudonyms, detect, redact

from .helpers import covered


def _whole(text: str, part: str) -> bool:
    start = text.index(part)
    return covered(text, start, start + len(part), detect(text))


def _untouched(text: str, part: str) -> bool:
    start = text.index(part)
    return not any(s.start < start + len(part) and start < s.end for s in detect(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("they kept me on the rowan ward for a month", "rowan ward"),
        ("i was moved to the beech lodge at night", "beech lodge"),
        ("the heron unit had no beds", "heron unit"),
        ("we sat in the meadow centre waiting", "meadow centre"),
        ("back on the kestrel suite again", "kestrel suite"),
        ("they sent me to the harbour house", "harbour house"),
    ],
)
def test_a_unit_named_by_an_everyday_word_after_the(text: str, name: str) -> None:
    assert _whole(text, name)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("i waited on the ward for hours", "the ward"),
        ("the crisis team came out at last", "the crisis team"),
        ("they put me in the crisis house", "the crisis house"),
        ("i was on the acute ward", "acute ward"),
        ("the psych ward was locked", "psych ward"),
        ("the safe house was full", "safe house"),
        ("i was sent to the day unit", "day unit"),
        ("the mental health unit said no", "mental health unit"),
        ("the next ward over was quiet", "next ward"),
        ("they took me to the assessment centre", "assessment centre"),
    ],
)
def test_kinds_of_unit_stay(text: str, words: str) -> None:
    assert _untouched(text, words)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the kfc on kirkstall was shut", "kfc on kirkstall"),
        ("i was sat outside the greggs on briggate", "greggs on briggate"),
        ("met them at the costa on Albion", "costa on Albion"),
        ("he found me in the lidl on roundhay", "lidl on roundhay"),
    ],
)
def test_a_shop_on_a_street_named_without_a_street_word(text: str, place: str) -> None:
    assert _whole(text, place)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("i went to the tesco on the corner", "tesco on the corner"),
        ("the mcdonalds on my way home", "mcdonalds on my way"),
    ],
)
def test_a_shop_on_an_everyday_phrase_stays(text: str, words: str) -> None:
    assert _untouched(text, words)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the ambulance took me to jimmys", "jimmys"),
        ("ended up at the bri again", "bri"),
        ("they transferred me to the QEH", "QEH"),
        ("i was in the hri for two nights", "hri"),
        ("taken to tommy's by the police", "tommy's"),
        ("they sent me to the maudsley", "maudsley"),
        ("a bed came up at the homerton", "homerton"),
    ],
)
def test_hospitals_by_their_local_names(text: str, name: str) -> None:
    assert _whole(text, name)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("taken to the hopsital in the end", "hopsital"),
        ("i rang 111 and then went to A&E", "A&E"),
        ("i rang 111 and then went to A&E", "111"),
        ("we went to the toilets first", "toilets"),
    ],
)
def test_misspelt_or_campaign_words_after_the_stay(text: str, words: str) -> None:
    assert _untouched(text, words)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("West Yorkshire Police came to the flat", "West Yorkshire"),
        ("south yorkshire police were rough with me", "south yorkshire"),
        ("Cleveland Police kept me overnight", "Cleveland"),
        ("thames valley police took me in", "thames valley"),
        ("Devon and Cornwall Police held me", "Devon and Cornwall"),
        ("greater manchester police said wait", "greater manchester"),
    ],
)
def test_a_police_force_is_its_place_and_police_stays(text: str, place: str) -> None:
    assert _whole(text, place)
    start = text.lower().index("police")
    assert _untouched(text, text[start : start + 6])  # "Police" stays
    spans = [s for s in detect(text) if s.start <= text.index(place) < s.end]
    assert spans and spans[0].type == "PLACE"
    # the place part is a place, never a person: "[PERSON 1] Police" would be wrong
    assert "[PERSON" not in redact(text, detect(text), Pseudonyms()).text


@pytest.mark.parametrize(
    "text",
    [
        "the police came in the end",
        "Then police came round",
        "the local police were no help",
        "i was reading police reports",
    ],
)
def test_police_without_a_place_stays(text: str) -> None:
    assert not detect(text)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("it was gone 2 and still no bed", "2"),
        ("they came gone 11 when i was asleep", "11"),
        ("sat there til 4 then walked home", "4"),
        ("we waited until 9.", "9"),
        ("gone 3, still nobody", "3"),
    ],
)
def test_text_speak_times(text: str, hour: str) -> None:
    start = text.index(" " + hour) + 1
    assert covered(text, start, start + len(hour), detect(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("i had gone 2 the shop", "2"),
        ("she had gone 2 bed", "2"),
        ("he was gone 5 minutes", "5 minutes"),
        ("waited 14 hours in A&E", "14 hours"),
        ("i was held under section 136", "section 136"),
        ("they called me a high intensity user", "high intensity user"),
    ],
)
def test_text_speak_for_to_and_durations_stay(text: str, words: str) -> None:
    assert _untouched(text, words)


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("we reached the hospital at ten and waited", "ten"),
        ("the nurse came about seven the next morning", "seven"),
        ("they said visiting was three till five, no later", "three till five"),
        ("i sat in the cell until gone four.", "gone four"),
        ("rang again at half eight and nobody came", "half eight"),
        ("left at six in the mornin", "six in the mornin"),
        ("she rang at quater past nine", "quater past nine"),
    ],
)
def test_spoken_times(text: str, time: str) -> None:
    assert _whole(text, time)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("at one point i gave up", "one"),
        ("it was two to four people at most", "two to four"),
        ("i was at two appointments", "two"),
        ("i had gone 2 the shop", "2"),
    ],
)
def test_numbers_that_are_not_times_stay(text: str, words: str) -> None:
    assert _untouched(text, words)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("My grandad Clive is ninety and lives alone", "ninety"),
        ("im fifteen and they put me on an adult ward", "fifteen"),
        ("the carer said my dad is sixty-two", "sixty-two"),
        ("Tomasz (he goes by Tom) is 41.", "41"),
    ],
)
def test_ages_in_words_and_after_a_bracket(text: str, age: str) -> None:
    assert _whole(text, age)


def test_the_one_who_is_no_age() -> None:
    assert not detect("she is the one who rang")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("the review was on 14th. nobody came", "14th"),
        ("they said by 30th i would hear", "30th"),
        ("I was seen on wendsday the 9th", "wendsday the 9th"),
        ("the letter came on the 3rd of Febuary", "3rd of Febuary"),
        ("an appointment dated Hydref 21", "Hydref 21"),
    ],
)
def test_dates_as_written(text: str, date: str) -> None:
    assert _whole(text, date)


@pytest.mark.parametrize("text", ["i live on 3rd floor", "by 2nd time i gave up"])
def test_ordinals_that_are_not_days_stay(text: str) -> None:
    assert not detect(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("they held me at Elland Road police station overnight", "Elland Road police station"),
        ("i was taken to pontypridd police station", "pontypridd police station"),
        ("no beds anywhere in north wales", "north wales"),
        ("I was sent to Elysium Farnworth, miles away", "Elysium Farnworth"),
        ("seen at the Royal Infirmary of Edinburgh", "Royal Infirmary of Edinburgh"),
        ("kept at Huddersfield District for a day", "Huddersfield District"),
        ("discharged from the beacon crisis house", "beacon crisis house"),
    ],
)
def test_whole_names_of_stations_regions_and_services(text: str, place: str) -> None:
    assert _whole(text, place)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the local police station was shut", "local police station"),
        ("he lives on the north side of town", "north side"),
        ("the nearest crisis house is an hour away", "nearest crisis house"),
        ("the doctors surgery was shut", "doctors surgery"),
        ("I couldn't visit, I don't drive.", "don't drive"),
        ("rang 111 from the car park", "from the car park"),
    ],
)
def test_generic_places_and_everyday_phrases_stay(text: str, words: str) -> None:
    assert _untouched(text, words)


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("a woman called jade answered the phone", "jade", "called"),
        ("at the desk ask for kasimir", "kasimir", "ask for"),
        ("paramedics tam n priya were lovely", "tam", "paramedics"),
        ("a male nurse called Kevin did my obs", "Kevin", "nurse called"),
    ],
)
def test_names_after_cues_and_role_plurals(text: str, name: str, kept: str) -> None:
    assert _whole(text, name)
    assert _untouched(text, kept)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("ffoniodd e am chwarter wedi pump", "chwarter wedi pump"),
        ("roedd hi'n hanner awr wedi tri yn y bore", "hanner awr wedi tri"),
        ("fe ddaeth yr heddlu am saith o'r gloch", "saith o'r gloch"),
        ("she was put on an adult ward at 17.", "17"),
        ("the ref on the letter is abc 55120 i think", "abc 55120"),
        ("we stayed until teatime the next day", "teatime"),
    ],
)
def test_welsh_times_ages_at_references_and_meal_times(text: str, part: str) -> None:
    assert _whole(text, part)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the bus was at 20 past", "20"),
        ("i waited 14 hours at 2 sites", "14 hours"),
        ("the incident log 4471920 was lost", "log"),
    ],
)
def test_numbers_and_words_near_them_that_stay(text: str, words: str) -> None:
    assert _untouched(text, words)
