"""Titles, role words and suffixes that tell a name's kind ("PC Davies", "Ward 7", "Ltd")."""

from __future__ import annotations

# Honorifics: part of a person's name for redaction ("Mrs Barbara Yudina" → "[PERSON 1]").
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "reverend",
        "fr",
        "father",
        "mister",
        "madam",
        "master",
    ]
)

# Role titles written before a name → the kind of staff. The role stays visible in the label.
ROLE_TITLES: dict[str, str] = {
    **dict.fromkeys(
        [
            "pc",
            "wpc",
            "dc",
            "ds",
            "di",
            "dci",
            "dsi",
            "dcs",
            "sgt",
            "sergeant",
            "insp",
            "inspector",
            "constable",
            "ch",
            "supt",
            "superintendent",
            "officer",
            "detective",
            "pcso",
            "special",
            # spellings people use: "Sergent Okafor", "sargeant lewis"
            "sergent",
            "sargent",
            "seargent",
            "sargeant",
            "sarge",
        ],
        "police",
    ),
    **dict.fromkeys(
        [
            "dr",
            "doctor",
            "docter",
            "doc",
            "prof",
            "professor",
            "consultant",
            "registrar",
            "psychiatrist",
        ],
        "doctor",
    ),
    **dict.fromkeys(["nurse", "sister", "matron", "charge", "staff"], "nurse"),
    **dict.fromkeys(["paramedic", "emt", "technician"], "paramedic"),
    **dict.fromkeys(["judge", "magistrate"], "judge"),
}

ROLE_LABELS: dict[str, str] = {
    "police": "POLICE OFFICER",
    "doctor": "DOCTOR",
    "nurse": "NURSE",
    "paramedic": "PARAMEDIC",
    "judge": "JUDGE",
    "cpn": "CPN",
    "social_worker": "SOCIAL WORKER",
    "care_coordinator": "CARE COORDINATOR",
    "therapist": "THERAPIST",
    "support_worker": "SUPPORT WORKER",
    "staff": "STAFF",
}

# Role nouns written before a name ("my CPN Sarah", "the paramedic, Jones"): only the name
# is redacted, so the sentence keeps who did what.
ROLE_NOUNS: dict[str, str] = {
    "cpn": "cpn",
    "care coordinator": "care_coordinator",
    "social worker": "social_worker",
    "paramedic": "paramedic",
    "nurse": "nurse",
    "doctor": "doctor",
    "psychiatrist": "doctor",
    "consultant": "doctor",
    "gp": "doctor",
    "officer": "police",
    "police officer": "police",
    "sergeant": "police",
    "therapist": "therapist",
    "psychologist": "therapist",
    "counsellor": "therapist",
    "support worker": "support_worker",
    "key worker": "support_worker",
    "amhp": "social_worker",
    "receptionist": "staff",
    "call handler": "staff",
    "security guard": "staff",
    # spellings people use
    "keyworker": "support_worker",
    "care co-ordinator": "care_coordinator",
    "care cordinator": "care_coordinator",
    "care coordinater": "care_coordinator",
    "care cordinater": "care_coordinator",
    "docter": "doctor",
    "nurce": "nurse",
    "sergent": "police",
    "social wroker": "social_worker",
    "advocate": "staff",
    "crisis worker": "support_worker",
    "mental health nurse": "nurse",
    "duty worker": "staff",
}

# Kinship and everyday relations: the word after one is often a name, in any case
# ("my nan brenda", "my mate jodie"). The relation itself stays visible.
KIN_WORDS = frozenset(
    """mum mam mom mummy mammy mother dad daddy father nan nana nanna nanny gran granny
    grandad grandma grandpa grandmother grandfather sister sis brother bro son daughter
    cousin aunt auntie aunty uncle niece nephew husband hubby wife partner bf gf boyfriend
    girlfriend fiance fiancé fiancee fiancée ex mate friend frend freind pal bestie flatmate
    housemate neighbour neighbor carer stepdad stepmum stepson stepdaughter client lad lass
    kid boy girl baby fella feller missus bezzie bff""".split()  # noqa: SIM905
)

ORG_SUFFIXES = frozenset(
    [
        "ltd",
        "limited",
        "llc",
        "inc",
        "incorporated",
        "plc",
        "llp",
        "corp",
        "corporation",
        "co",
        "company",
        "group",
        "trust",
        "foundation",
        "council",
        "bank",
        "university",
        "college",
        "school",
        "academy",
        "church",
        "mosque",
        "synagogue",
        "temple",
        "society",
        "association",
        "insurance",
        "partners",
        "associates",
        "agency",
        "services",
        "solutions",
        "systems",
        "technologies",
        "technology",
        "labs",
        "media",
        "orchestra",
        "club",
        "fc",
        "party",
        "charity",
        "network",
        "institute",
        "federation",
        "union",
        "ministry",
        "department",
        "authority",
        "commission",
        "holdings",
        "industries",
        "enterprises",
        "consulting",
        "international",
        "global",
        "software",
        "resources",
        "insights",
        "analytics",
        "ventures",
        "digital",
        "capital",
        "data",
        "research",
        "consultancy",
        "logistics",
        "partnership",
    ]
)
FACILITY_SUFFIXES = frozenset(
    [
        "hospital",
        "ward",
        "unit",
        "centre",
        "center",
        "clinic",
        "surgery",
        "practice",
        "station",
        "house",
        "lodge",
        "suite",
        "infirmary",
        "hospice",
        "prison",
        "barracks",
        "custody",
        "hostel",
        "home",
        # old names UK mental-health units often keep: "Lynfield Mount", "The Grange"
        "mount",
        "grange",
        "manor",
        "priory",
        "abbey",
    ]
)
# Services named by kind rather than by name: "the Mental Health Unit", "Crisis Resolution
# Team" tell the campaign what service it was and identify no one. Facility words above are
# among them; the one list is used both to find named services and to leave generic ones.
SERVICE_HEADS = FACILITY_SUFFIXES | frozenset(
    """team service services general college cafe café hub crisis recovery resource wellbeing
    support access rehab rehabilitation outpatients outpatient inpatients health line
    helpline""".split()  # noqa: SIM905
)
GENERIC_SERVICE_WORDS = SERVICE_HEADS | frozenset(
    [
        "the",
        "a",
        "an",
        "my",
        "our",
        "his",
        "her",
        "their",
        "this",
        "that",
        "mental",
        "health",
        "psychiatric",
        "psychiatry",
        "assessment",
        "acute",
        "emergency",
        "place",
        "safety",
        "treatment",
        "medical",
        "community",
        "inpatient",
        "secure",
        "day",
        "custody",
        "care",
        "home",
        "local",
        "county",
        "city",
        "new",
        "old",
        "children's",
        "women's",
        "maternity",
        "accident",
        "urgent",
        "walk-in",
        "intensive",
        "liaison",
        "resolution",
        "bus",
        "train",
        "railway",
        "coach",
        "petrol",
        "fire",
        "ambulance",
        "trust",
        "department",
        "social",
        "district",
        "and",
        "of",
        "for",
    ]
)
# High-street names people give as landmarks: "the Tesco on Kirk Street".
SHOPS = frozenset(
    """tesco asda lidl aldi morrisons sainsbury's sainsburys co-op coop greggs boots spar costa
    wetherspoons spoons mcdonald's mcdonalds maccies kfc iceland primark b&m poundland subway
    starbucks superdrug argos wilko currys londis nisa premier waitrose m&s halfords b&q
    burger king nando's nandos""".split()  # noqa: SIM905
)
STREET_SUFFIXES = frozenset(
    [
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "lane",
        "ln",
        "drive",
        "close",
        "way",
        "crescent",
        "place",
        "gardens",
        "terrace",
        "grove",
        "hill",
        "park",
        "square",
        "walk",
        "row",
        "mews",
        "rise",
        "green",
        "parade",
        "boulevard",
        "blvd",
        "vale",
        "view",
        "court",
        "estate",
        "heights",
        "wharf",
        "quay",
    ]
)
