"""Word and place lists bundled in resources/redaction/, loaded once on first use.

See resources/redaction/SOURCES.md for where each list comes from and its licence.
"""

from __future__ import annotations

from functools import cache

from testimony.core.resources import read_text


def _load(name: str) -> frozenset[str]:
    return frozenset(line.strip() for line in read_text("redaction", name).splitlines() if line)


@cache
def common_words() -> frozenset[str]:
    """Lower-case English dictionary words: a capitalised one is usually just sentence case."""
    return _load("common_words.txt") | _EXTRA_COMMON


@cache
def first_names() -> frozenset[str]:
    return _load("first_names.txt")


@cache
def surnames() -> frozenset[str]:
    return _load("surnames.txt")


@cache
def places() -> frozenset[str]:
    return _load("places.txt")


@cache
def place_first_words() -> frozenset[str]:
    """First words of multi-word places, so "south africa" can be matched word by word."""
    return frozenset(p.split(" ", 1)[0] for p in places() if " " in p)


@cache
def demonyms() -> frozenset[str]:
    return _load("demonyms.txt")


@cache
def name_words() -> frozenset[str]:
    return first_names() | surnames()


MONTHS: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

# Words written with a capital in ordinary prose that the dictionary keeps capitalised (so
# they are missing from its lower-case list) but that never identify anyone on their own.
_EXTRA_COMMON = frozenset(
    [
        *WEEKDAYS,
        *MONTHS,
        "i",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "ok",
        "okay",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "sir",
        "madam",
        "mum",
        "mam",
        "dad",
        "nan",
        "gran",
        "grandad",
        "grandma",
        "grandpa",
        "christmas",
        "easter",
        "xmas",
        "boxing",
        "eid",
        "diwali",
        "ramadan",
        "hanukkah",
        "halloween",
        "bonfire",
        "new",
        "year",
        "english",
        "british",
        "welsh",
        "scottish",
        "irish",
        "god",
        "jesus",
        "christ",
        "internet",
        "tv",
        "dvd",
        "uk",
        "us",
        "usa",
        "eu",
        "gp",
        "gps",
        "icu",
        "hdu",
        "ae",
        "a&e",
        "nhs",
        "cpn",
        "amhp",
        "cmht",
        "crhtt",
        "hbpos",
        "pos",
        "ed",
        "mau",
        "cdu",
        "ctr",
        "dols",
        "picu",
        "camhs",
        "htt",
        "ptsd",
        "bpd",
        "eupd",
        "adhd",
        "ocd",
        "asd",
        "cctv",
        "asap",
        "bame",
        "lgbt",
        "lgbtq",
        "rmn",
        "rgn",
        "hca",
        "sho",
        "cad",
        "ae&e",
        "mhs",
        "mha",
        "dwp",
        "pip",
        "esa",
        "uc",
        "ssri",
        "snri",
        "ect",
        "mri",
        "ct",
        "ecg",
        "ekg",
        "dna",
        "covid",
        "ok",
        "nhs111",
        "hmp",
        "cps",
        "ipcc",
        "iopc",
        "im",
        "ive",
        "dont",
        "cant",
        "wont",
        "didnt",
        "doesnt",
        "isnt",
        "wasnt",
        "werent",
        "couldnt",
        "wouldnt",
        "shouldnt",
        "thats",
        "theres",
        "whats",
        "youre",
        "theyre",
        "hes",
        "shes",
        "lol",
        "omg",
        "idk",
        "tbh",
        "btw",
        "pls",
        "plz",
        "cos",
        "coz",
        "gonna",
        "wanna",
        "gotta",
        "ya",
        "yeah",
        "yep",
        "nope",
        "hiya",
        "hey",
        "mum's",
        "dad's",
        "nan's",
        "mums",
        "dads",
        "nans",
        "gp's",
        "whatsapp",
        "facebook",
        "google",
        "twitter",
        "instagram",
        "tiktok",
        "snapchat",
        "youtube",
        "zoom",
        "teams",
        "iphone",
        "android",
        "uber",
        "tesco",
        "asda",
        "lidl",
        "aldi",
        "sertraline",
        "fluoxetine",
        "citalopram",
        "mirtazapine",
        "venlafaxine",
        "diazepam",
        "lorazepam",
        "olanzapine",
        "quetiapine",
        "risperidone",
        "aripiprazole",
        "clozapine",
        "lithium",
        "zopiclone",
        "pregabalin",
        "promethazine",
        "haloperidol",
        "propranolol",
        "naloxone",
        "codeine",
        "tramadol",
        "co-codamol",
        "paracetamol",
        "ibuprofen",
    ]
)
