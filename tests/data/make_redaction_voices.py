"""Write the project's own labelled set of informal crisis accounts, in eight voices.

    .venv/bin/python tests/data/make_redaction_voices.py      # rewrites the two .jsonl files

Every text is fictional and written for this project. A template is one hand-written
account with its details marked: ``{TYPE:pool}`` takes a value from a pool, ``{TYPE=text}``
is written out, ``[a|b|c]`` picks one wording. The marks give the gold spans, so no label
is placed by hand and none can drift from its text.

HELD-BACK RULE (fixed before any detector was changed for this set): within each voice,
every fourth template (index % 4 == 3) and the second half of every value pool go to
``redaction_voices_heldback.jsonl``; the rest to ``redaction_voices_tuning.jsonl``. So the
held-back texts have sentence shapes and names that tuning never saw.
"""

# ruff: noqa: SIM905 (value pools read best as one string of words)
from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TUNING = HERE / "redaction_voices_tuning.jsonl"
HELD_BACK = HERE / "redaction_voices_heldback.jsonl"
RENDERS = 3  # texts written from each template, each with other values and wordings

POOLS: dict[str, list[str]] = {
    "first": (
        "Brenda Shona Rhys Kerry Dave Amy Tom Mark Leon Dana Gemma Darren Sian Callum Jodie "
        "Wayne Nadia Kieran Chantelle Ryan Bethany Liam Precious Tariq Siobhan Craig Demi "
        "Aled Kayleigh Mohammed Stacey Jamal Leanne Connor Eilidh Shaun Aisha Bradley Megan "
        "Gavin Tasha Dean Zara Lewis Carys Jordan Amira Ricky Paige Marcus Tanya Stuart Keeley "
        "Hamza Lorraine Jason Ffion Declan Roxanne Terry Imani Neil Sade Kelvin Bronwen Gary"
    ).split(),
    # surnames that are also everyday words, then surnames that are not
    "surword": (
        "Smith Brown White Green Wood Hill Baker Walker Cook Young King Bell Ward Moore "
        "Hall Wright Turner Parker Cooper Price Fox Lamb Marsh Stone Hope Day Page Knight "
        "Field Bird Hunt Black Mills Booth Lane Sharp Rose Little Long Short Gold Cross"
    ).split(),
    "surname": (
        "Evans Okafor Patel Khan Nowak Begum Hussain Thornton Whitaker Pemberton Ferguson "
        "McAllister O'Brien Ndlovu Adeyemi Mensah Kowalczyk Jones Davies Williams Robinson "
        "Harrison Akhtar Szymanski Gallagher Docherty Mahmood Oyelaran Fitzgerald Hennessy"
    ).split(),
    "town": (
        "Bradford Hull Wakefield Barnsley Rotherham Doncaster Halifax Dewsbury Keighley "
        "Oldham Rochdale Bolton Wigan Stockport Grimsby Swansea Cardiff Newport Sunderland "
        "Gateshead Middlesbrough Stoke Derby Leicester Coventry Walsall Wolverhampton Luton "
        "Swindon Plymouth Exeter Norwich Ipswich Blackpool Preston Burnley Carlisle Dundee"
    ).split(),
    "district": (
        "Bramley Armley Harehills Seacroft Splott Roath Toxteth Headingley Chapeltown Beeston "
        "Gorton Ancoats Hulme Everton Walton Anfield Pollokshields Easterhouse Sparkbrook "
        "Handsworth Kirkstall Meanwood Ely Canton Byker Heaton Moseley Aston Tuebrook"
    ).split(),
    "pcdistrict": (
        "LS9 CF24 M14 BD3 HU5 S2 L8 NE6 B11 WF1 HD1 DN4 G31 LS11 CF5 M13 BD8 S5 L6 NG7 SA1 "
        "OL9 BL3 ST4 DE23 LE2 CV6 WV10 PL4 NR3"
    ).split(),
    "postcode": (
        "LS13 3PQ CF24 4HG M14 6LT BD3 9QA HU5 2RX S2 4SU L8 0TZ NE6 5AB B11 1JW WF1 2DF "
        "HD1 6NQ DN4 8RT G31 2EU LS11 5BX CF5 1LR M13 9WL BD8 7HJ S5 0QS L6 3BN NG7 1FA"
    ),
    "svcstem": (
        "Riverbank Oakfield Kingsway Meadowbrook Ashgrove Hollinwood Elmfield Fieldhead "
        "Becklin Millbrook Linden Willowdene Bridgewater Larkspur Thornbury Castlegate "
        "Heathcote Greenacres Stonebridge Foxglove Holmewood Beechcroft Parkside Redbrook"
    ).split(),
    "svckind": [
        "Community Mental Health Team",
        "Crisis House",
        "General",
        "General Hospital",
        "Hospital",
        "Mental Health Unit",
        "Centre",
        "Recovery College",
        "Medical Practice",
        "Surgery",
        "Home Treatment Team",
        "Crisis Cafe",
        "Ward",
        "House",
        "Lodge",
        "Health Centre",
        "Resource Centre",
        "Day Hospital",
    ],
    "street": (
        "Mill Lane|Kirk Street|Station Road|Church Street|Victoria Road|Albert Terrace|"
        "Park Avenue|Chapel Street|Garden Close|Hawthorn Crescent|Queen Street|Market Street|"
        "Willow Drive|Oak Road|Green Lane|Cemetery Road|Tong Road|Harehills Lane|Clarence "
        "Street|Cowper Grove|Beech Walk|Laburnum Way|School Lane|Moor Road|Spring Gardens|"
        "Acacia Avenue|Dale View|Brook Street|New Road|Elm Grove"
    ).split("|"),
    "shop": (
        "Tesco|Asda|Lidl|Aldi|Morrisons|Co-op|Greggs|Boots|Spar|Costa|Wetherspoons|"
        "McDonald's|Iceland|Sainsbury's|B&M|Primark"
    ).split("|"),
    "weekday": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "wkshort": "Mon Tues Weds Thurs Fri Sat Sun".split(),
    "month": "January February March April June July August September October November".split(),
    "ordinal": "1st 2nd 3rd 4th 5th 9th 11th 12th 14th 17th 21st 22nd 23rd 28th 30th".split(),
    "year": "2019 2020 2021 2022 2023 2024".split(),
    "clockword": (
        "twenty to nine|half six|quarter past eleven|ten past three|half two|quarter to "
        "four|twenty past one|five to twelve|half ten|quarter past seven|ten to six|half "
        "eight|twenty five to two|quarter to midnight"
    ).split("|"),
    "ish": "10ish|9ish|2ish|11ish|4ish|half 7ish|8ish|3ish|midnightish|6ish".split("|"),
    "clock": "3am|2.15am|11pm|4.30am|10:40pm|1am|23:15|04:20|9.45pm|5am|midnight|7pm".split("|"),
    "age": [str(n) for n in (42, 63, 15, 19, 17, 34, 27, 16, 58, 71, 23, 45, 14, 38, 52, 29)],
    "agechild": [str(n) for n in (15, 14, 16, 13, 17, 12, 15, 16)],
    "ref": (
        "WM/55120/22|INC-20230104-0091|13/44821/23|CR-2023-118834|PALS/2291|55-22-1190|"
        "4471920|YK2210334|LOG-0455|2211/12|CAD 3371|NWP-77341-21|SY/0092/24|WY1300245|"
        "MPS-22-090412|GMP/11/5540"
    ).split("|"),
    "lognum": "0733|1120|0091|2245|0412|1876|0057|3310".split("|"),
    "phone": (
        "07700 900461|07700900128|0113 496 0321|+44 7700 900877|07700 900 342|"
        "0161 496 0555|07700-900-219|029 2018 0763|0114 496 0909|07700 900736"
    ).split("|"),
    "email": (
        "shona.k88@gmail.com|daz_thompson@hotmail.co.uk|bethy.j@outlook.com|"
        "nadiar1990@yahoo.co.uk|kieranwalsh@icloud.com|m.khan77@btinternet.com|"
        "jodie.marsh@live.co.uk|sianlloyd@proton.me"
    ).split("|"),
}


def _nhs_numbers() -> list[str]:
    """Valid mod-11 NHS numbers, made from a fixed seed (no real person's)."""
    rng = random.Random(136)
    out: list[str] = []
    while len(out) < 12:
        body = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 10:
            continue
        digits = "".join(map(str, body)) + str(0 if check == 11 else check)
        out.append(f"{digits[:3]} {digits[3:6]} {digits[6:]}" if len(out) % 2 else digits)
    return out


POOLS["nhs"] = _nhs_numbers()
POOLS["postcode"] = re.findall(r"[A-Z]{1,2}\d{1,2} \d[A-Z]{2}", POOLS["postcode"])  # type: ignore[arg-type]

# Derived values: a whole name, a service, an address.
DERIVED = {
    "full": "{first} {surname}",
    "fullword": "{first} {surword}",
    "service": "{svcstem} {svckind}",
    "address": "{num} {street}, {district}",
    "shopon": "{shop} on {street}",
}

VOICES: dict[str, list[str]] = {}

VOICES["plain"] = [
    "My care coordinator, {PERSON:full}, told me to go to A&E if it got worse. I waited nine "
    "hours at {FACILITY:service} and nobody from the crisis team came.",
    "On {DATE:weekday} {DATE:ordinal} I rang 111 at about {TIME:clock}. They said an "
    "ambulance would come. It came at {TIME:clockword} the next morning.",
    "PC {PERSON:fullword} held my arm and said I was going under section 136. My mum "
    "{PERSON:first} watched from the window of our flat at {ADDRESS:address}.",
    "I am {AGE:age} and I have been known to the {FACILITY:service} for years. My nurse "
    "{PERSON:first} left in {DATE:month} and I was never given another one.",
    "The letter from {FACILITY:service} gave the complaint reference {REFERENCE:ref}. I "
    "still have not had an answer.",
    "We moved from {PLACE:town} to {PLACE:district} last year. The GP there, Dr "
    "{PERSON:surname}, said the waiting list was eighteen months.",
    "My son {PERSON:fullword} ({AGE:agechild}) was taken to the police station instead of a "
    "hospital. The paramedic said there were no beds anywhere.",
    "I was sent to the [place of safety|assessment suite] at {FACILITY:service} on "
    "{DATE:ordinal} {DATE:month} {DATE:year}. My key worker {PERSON:first} was not told.",
    "Under SIM I was called a high intensity user. Sergeant {PERSON:surname} phoned me on "
    "{PHONE:phone} to warn me I would be prosecuted if I rang 999 again.",
    "My NHS number is {NHS_NUMBER:nhs} and my postcode is {POSTCODE:postcode}, please use "
    "them to find my notes.",
    "They discharged me from {FACILITY:service} at {TIME:clock} with no money and no way "
    "home. I walked back to {PLACE:town} along the ring road.",
    "On {DATE=Boxing Day} {DATE:year} my neighbour {PERSON:full} found me and called an ambulance. "
    "The crew were kind.",
    "The crisis line kept me on hold. In the end {PERSON:first} from {FACILITY:service} "
    "rang me back and stayed on the phone till {TIME:clockword}.",
    "I wrote to {EMAIL:email} three times. The incident number they gave me was {REFERENCE:ref}.",
    "My daughter {PERSON:first} is {AGE:agechild}. She waited in A&E with me until "
    "{TIME:clock} because there was nobody else.",
    "I met the officer again outside the {PLACE:shopon}. It was {DATE:wkshort} "
    "{DATE:ordinal} and I was shaking.",
]

VOICES["lower"] = [
    "my nan {PERSON:first} came with me to a&e and we sat there from {TIME:clock} till "
    "{TIME:clockword}. nobody from the crisis team came down.",
    "the care coordinator, {PERSON:full}, said she would ring on {DATE:weekday} but she "
    "never did. i rang the crisis line instead.",
    "pc {PERSON:surname} and pc {PERSON:fullword} put me in the back of the van under "
    "section 136. it was outside {PLACE:shopon}.",
    "i'm in {POSTCODE:pcdistrict} now, i moved out of {PLACE:town} because of what happened. "
    "my new gp is at {FACILITY:service}.",
    "im {AGE:age} and ive been under the {FACILITY:service} since i was a teenager. my "
    "key worker {PERSON:first} is the only one who listens.",
    "dr. {PERSON:surname} said i was just attention seeking. that was at {FACILITY:service} "
    "on {DATE:wkshort} {DATE:ordinal}.",
    "sergeant {PERSON:surname} said i was a high intensity user and that SIM meant they "
    "would be watching me. my mate {PERSON:first} heard him say it.",
    "we live at {ADDRESS:address} and the ambulance went to the wrong street, it took "
    "till {TIME:clock} to find us.",
    "my brother {PERSON:fullword} is {AGE:age}, he rang 999 for me when i couldnt speak. "
    "the paramedic was lovely.",
    "the ref on my letter is {REFERENCE:ref}, it came from {FACILITY:service} about the complaint.",
    "they let me out at about {TIME:ish} with no shoes. i got the bus back to {PLACE:town} "
    "and my sister {PERSON:first} picked me up.",
    "last {DATE:weekday} the {DATE:ordinal} i was at {FACILITY:service} again. the nurse "
    "said {PERSON:first} had gone off sick.",
    "my number is {PHONE:phone} if the crisis team want it, they never have it right.",
    "i moved out to {POSTCODE:pcdistrict} after my dad {PERSON:first} died. the cmht there "
    "lost my notes.",
    "it was gone {TIME=midnight} when pc {PERSON:surname} turned up. my friend {PERSON:fullword} "
    "was with me at {ADDRESS:address}.",
    "the support worker from {FACILITY:service}, {PERSON:first}, said i was too much for "
    "them. i was only {AGE:agechild}.",
]

VOICES["textspeak"] = [
    "omg so last nite i rang 111 n they sed go 2 a&e. waited til {TIME:ish} n my mate "
    "{PERSON:first} had 2 go home",
    "cpn {PERSON:first} never rang bk AGAIN. been waitin since {DATE:weekday} tbh im done",
    "pc {PERSON:fullword} was well out of order, grabbed me outside {PLACE:shopon} n sed "
    "im goin on a 136",
    "im {AGE:age} n ive been in n out of {FACILITY:service} like 20 times lol. ppl there dont care",
    "my bf {PERSON:full} drove me 2 {FACILITY:service} at {TIME:clock} cos the ambulance "
    "wudnt come",
    "txt me on {PHONE:phone} if u no wot 2 do, the crisis team r useless",
    "got a letter ref {REFERENCE:ref} sayin my complaint is closed?? wtf",
    "live in {PLACE:district} now, {POSTCODE:pcdistrict}, its rough but better than {PLACE:town}",
    "dr {PERSON:surname} sed i was fine 2 go home at {TIME:clockword}. i wasnt fine",
    "my lil sis {PERSON:first} is only {AGE:agechild} n she had 2 ring 999 4 me, no1 shud "
    "have 2 do that",
    "{DATE:wkshort} {DATE:ordinal} was the worst nite, sat in a cell til {TIME:clock} "
    "cos there was no place of safety",
    "ma key worker {PERSON:first} from the {FACILITY:service} is sound tho",
    "email me {EMAIL:email} pls i dont answer unknown numbers",
    "sergeant {PERSON:surname} told me im a high intensity user n SIM means im flagged. like wot",
    "got sectioned on {DATE:ordinal} {DATE:month}, was at {FACILITY:service} 4 6 wks",
    "my mum {PERSON:first} sez the police r not a crisis service n shes right",
]

VOICES["dyslexic"] = [
    "I went to A&E becuase I was having thougts of ending it. The docter, Dr "
    "{PERSON:surname}, sed I shud go home and wait for the crissis team.",
    "My frend {PERSON:fullword} rung 999 for me on {DATE:weekday} nite. The parametic was "
    "nice but they tuk me to {FACILITY:service}.",
    "I have bin under {FACILITY:service} sinse I was {AGE:agechild}. My care cordinater "
    "{PERSON:first} left and no one tolled me.",
    "PC {PERSON:surname} put handcufs on me under sechun 136 outside the {PLACE:shopon}.",
    "We live at {ADDRESS:address} and the amblance cudnt find it. It came at {TIME:clockword}.",
    "the refrence on the letter is {REFERENCE:ref}, it says they investergated and found "
    "nothing wrong.",
    "I am {AGE:age} and my sister {PERSON:full} is my carer. She lives in {PLACE:town}.",
    "My nan {PERSON:first} came with me to the hospitle at {TIME:clock}. We waited untill "
    "the morning.",
    "They kept me at {FACILITY:service} for three weeks. My nurse {PERSON:first} was the "
    "only one who was kind to me.",
    "On {DATE:ordinal} {DATE:month} the poilce came to my flat becuase of SIM. Sergent "
    "{PERSON:surname} said I was a high intencity user.",
    "My phone number is {PHONE:phone}, plese ring befor 5 becuase I sleep early.",
    "I moved from {PLACE:town} to {PLACE:district} to get away from my ex {PERSON:first}.",
    "The docter at {FACILITY:service} was Dr {PERSON:fullword}. He sed it was all in my hed.",
    "It was about {TIME:ish} when they let me go. I had to walk home to {POSTCODE:pcdistrict}.",
    "My son {PERSON:first} is {AGE:agechild} and he saw evrything. He still has nitemares.",
    "On {DATE=Boxing Day} {DATE:year} I tried to get help and the crisis line was shut.",
]

VOICES["runon"] = [
    "so i rang 111 and they said they would send someone and then nobody came and then at "
    "{TIME:clockword} my mum {PERSON:first} rang 999 and the police came instead and pc "
    "{PERSON:surname} said i was wasting their time and took me to {FACILITY:service} "
    "anyway",
    "I was at {FACILITY:service} from {DATE:weekday} to {DATE:weekday} and the nurse "
    "{PERSON:full} kept saying there were no beds and my husband {PERSON:first} had to "
    "drive over from {PLACE:town} every day and nobody told him anything",
    "they discharged me at {TIME:clock} and i had no money and no phone and i walked all "
    "the way to {ADDRESS:address} and when i got there my flatmate {PERSON:fullword} had "
    "locked me out so i went back to A&E",
    "my care coordinator {PERSON:first} left and then the new one {PERSON:full} never "
    "came and then i got a letter with the ref {REFERENCE:ref} saying i was discharged "
    "from the {FACILITY:service} because i did not engage",
    "I am {AGE:age} and I have been to A&E more times than I can count and every time they "
    "call the police and every time it is the same sergeant, Sergeant {PERSON:surname}, "
    "who says I am a high intensity user",
    "we were in {PLACE:district} at my nan's and i was really bad and my cousin "
    "{PERSON:fullword} called the crisis team on {PHONE:phone} and they said ring back "
    "in the morning and then hung up",
    "on {DATE:ordinal} {DATE:month} {DATE:year} they sectioned me and took me to "
    "{FACILITY:service} and the doctor Dr {PERSON:surname} said I would be out in a week "
    "and I was there till {DATE:month}",
    "the paramedic was kind and she held my hand and she said her name was {PERSON:first} "
    "and she stayed with me until about {TIME:ish} when the police came and took over",
    "my son is only {AGE:agechild} and he had to watch them restrain me on the floor of "
    "the {PLACE:shopon} and nobody said sorry and nobody from {FACILITY:service} ever "
    "rang",
    "i moved out to {POSTCODE:pcdistrict} to be near my sister {PERSON:first} and the "
    "cmht there lost my referral and then found it and then lost it again",
    "the officer PC {PERSON:fullword} said he knew me from before and that i was always "
    "calling 999 and that SIM meant i would get a letter and then the letter came with "
    "{REFERENCE:ref} on it",
    "I gave them my NHS number {NHS_NUMBER:nhs} and my postcode {POSTCODE:postcode} and "
    "they still could not find my notes and I had to tell the whole story again",
    "it was {DATE:wkshort} {DATE:ordinal} and i was on the bridge and a man called "
    "{PERSON:first} stopped and talked to me and then the police came and then the "
    "ambulance came at {TIME:clock}",
    "i emailed {EMAIL:email} from my mums phone because mine was taken and they replied "
    "to the wrong person and my mum {PERSON:first} read it",
    "my key worker {PERSON:first} from {FACILITY:service} said she would come on "
    "{DATE:weekday} and she never came and when I rang they said she had left",
    "the crisis house was full so they sent me to {FACILITY:service} in {PLACE:town} "
    "which is an hour away and my partner {PERSON:fullword} could not visit",
]

VOICES["advocate"] = [
    "I am writing on behalf of {PERSON:full}, who is {AGE:age}. {PERSON:first} attended "
    "A&E at {FACILITY:service} on {DATE:ordinal} {DATE:month} and waited eleven hours.",
    "My client, {PERSON:fullword} ({AGE:age}), was detained under section 136 by PC "
    "{PERSON:surname} outside the {PLACE:shopon}.",
    "Ms {PERSON:surname} lives at {ADDRESS:address}. She reports that the crisis team did "
    "not return her calls between {DATE:weekday} and {DATE:weekday}.",
    "{PERSON:first} is {AGE:agechild} and has been known to {FACILITY:service} "
    "since {DATE:year}. His mother, {PERSON:full}, asked me to write this.",
    "He was told by Sergeant {PERSON:surname} that under SIM he was a high intensity user "
    "and that further calls to 999 could lead to prosecution.",
    "The family have asked that the incident log {REFERENCE:ref} be looked at again. "
    "{PERSON:first} was discharged at {TIME:clock} without a care plan.",
    "Mr {PERSON:fullword} moved from {PLACE:town} to {PLACE:district} in {DATE:month}. His "
    "new GP practice, {FACILITY:service}, has no record of his referral.",
    "She can be contacted through me on {PHONE:phone} or at {EMAIL:email}.",
    "On {DATE:wkshort} {DATE:ordinal} {PERSON:first} was seen by Dr {PERSON:surname} at "
    "{FACILITY:service} and sent home at {TIME:clockword}.",
    "My brother {PERSON:first} cannot write this himself. He is {AGE:age} and lives in "
    "{POSTCODE:pcdistrict} with our dad.",
    "The reference number on her letter is {REFERENCE:ref}. Her NHS number is {NHS_NUMBER:nhs}.",
    "{PERSON:full} told me the paramedic was kind, but the police officer, PC "
    "{PERSON:fullword}, laughed at her.",
    "I support {PERSON:first} as her advocate. She was taken to {FACILITY:service} on "
    "{DATE=Boxing Day} {DATE:year} and held for two days.",
    "Her care coordinator, {PERSON:full}, from the {FACILITY:service}, did not attend the "
    "meeting on {DATE:ordinal} {DATE:month}.",
    "{PERSON:first}'s partner {PERSON:full} says he was discharged from {FACILITY:service} at "
    "{TIME:ish} and found on the ring road at {TIME:clock}.",
    "They live at {ADDRESS:address}, postcode {POSTCODE:postcode}. The ambulance took four hours.",
]

VOICES["angry"] = [
    "NOBODY CAME. I rang 111, I rang the crisis team, I rang 999. PC {PERSON:fullword} "
    "turned up at {TIME:clock} and treated me like a criminal!!!",
    "How DARE Dr {PERSON:surname} tell me I was putting it on. {FACILITY:service} should "
    "be ashamed.",
    "I am {AGE:age} years of age and I have never been spoken to like that. Sergeant "
    "{PERSON:surname} can rot.",
    "Nine hours in A&E. NINE. My mum {PERSON:first} had to beg them for a blanket at "
    "{TIME:clockword}.",
    "Reference {REFERENCE:ref}. That is all I am to them. A number. Not a person.",
    "They dumped me outside the {PLACE:shopon} at {TIME:ish} like rubbish. Thanks a lot NHS.",
    "My key worker {PERSON:first} QUIT and nobody told me. I found out on {DATE:weekday} "
    "from a receptionist.",
    "SIM made me a high intensity user. I am not a user, I am a person. Ask PC "
    "{PERSON:surname} why he kept coming to {ADDRESS:address}.",
    "Stop ringing me on {PHONE:phone} to ask if I am 'engaging'. I engaged. You didn't.",
    "My boy {PERSON:fullword} is {AGE:agechild}. FIFTEEN YEARS of this and he has seen all of it.",
    "The {FACILITY:service} lost my notes AGAIN. Three times since {DATE:month}!",
    "On {DATE:ordinal} {DATE:month} they sent police to a mental health crisis. Police! "
    "For a panic attack! In {PLACE:town}!",
    "I told {PERSON:full} from the {FACILITY:service} I was not safe. She said ring the "
    "Samaritans.",
    "Don't tell me to go to {FACILITY:service}. Last time they kept me till {TIME:clock} "
    "and sent me home in a taxi I paid for.",
    "Write to me at {EMAIL:email} if you actually want to listen for once.",
    "I was {AGE:agechild}. A CHILD. And officer {PERSON:fullword} put me in handcuffs on "
    "{DATE:wkshort} {DATE:ordinal}.",
]

VOICES["flat"] = [
    "Date: {DATE:ordinal} {DATE:month} {DATE:year}. Time: {TIME:clock}. Place: "
    "{FACILITY:service}. Seen by: Dr {PERSON:surname}. Outcome: sent home.",
    "Rang 111. Told to go to A&E. Waited. Left at {TIME:clock}.",
    "Detained s136 by PC {PERSON:fullword}. Taken to {FACILITY:service}. Released next day.",
    "Age {AGE:age}. Lives {PLACE:district}, {PLACE:town}. Known to {FACILITY:service}.",
    "Care coordinator {PERSON:full}. Last contact {DATE:weekday}. No follow-up.",
    "Ref: {REFERENCE:ref}. Complaint not upheld.",
    "Address {ADDRESS:address}. Postcode {POSTCODE:postcode}. Phone {PHONE:phone}.",
    "Ambulance called {TIME:clockword}. Arrived four hours later. Crew were kind.",
    "Police attended. Sergeant {PERSON:surname}. Said SIM applied. Called me a high "
    "intensity user.",
    "{DATE:wkshort} {DATE:ordinal}: crisis team visit cancelled. {PERSON:first} off sick.",
    "Son {PERSON:first}, {AGE:agechild}, present throughout.",
    "NHS no. {NHS_NUMBER:nhs}. Email {EMAIL:email}.",
    "Moved to {POSTCODE:pcdistrict} in {DATE:month}. New GP {FACILITY:service}.",
    "Discharged {TIME:ish}. No transport. Walked to {PLACE:shopon}.",
    "Key worker {PERSON:first}. Helpful. Left in {DATE:year}.",
    "{DATE=Boxing Day} {DATE:year}. Rang 999. Police came, not ambulance.",
]

# Texts with nothing that identifies anyone; the campaign's words must all stay.
NEGATIVES = [
    "I rang 111 and they told me to go to A&E. I waited nine hours and then went home.",
    "the crisis team never rang back, i waited all day by the phone",
    "Police took me under section 136 because there was no bed. I spent the night in a cell.",
    "SIM meant I was flagged as a high intensity user. I stopped calling 999 even when I "
    "needed to.",
    "the paramedics were kind but they had to wait four hours to hand me over at a&e",
    "My CPN said the home treatment team would visit. Nobody came for two weeks.",
    "NHS 111 said an ambulance would be six hours. The police came instead.",
    "i got detained on a s136 and held in the back of a police van for hours",
    "The crisis line was engaged all night. I tried the Samaritans instead and they listened.",
    "I will never trust the crisis team again. They said I was not unwell enough.",
    "they said the place of safety was full so i was taken to a police station",
    "The GP gave me a leaflet and told me to self refer. The wait was eighteen months.",
    "Under the Mental Health Act they can hold you for 72 hours. Nobody explained my rights.",
    "we need less police and more crisis houses. police are not a mental health service",
    "I was told to mark my mood out of ten every day. It did not help.",
    "Hope is hard to find when the ambulance takes five hours.",
    "Will anyone read this? I rang 999 three times and was told to stop.",
    "i feel like a number to them, a high intensity user, not a person",
    "The care coordinator changed four times in a year. Each one asked the same questions.",
    "It was a long night. By the morning I just wanted to go home.",
    "the AMHP said section 2 and i didnt know what that meant",
    "A&E at night is loud and bright and frightening when you are in crisis.",
    "Right Care Right Person means the police will not come. So who will?",
    "The crisis cafe was closed on the weekend, which is when I needed it most.",
    "I was kept in the back of an ambulance outside A&E for six hours.",
    "Every call to 999 was logged and used against me under SIM.",
    "nobody told me my rights. not the police, not the paramedic, not the nurse",
    "My mood went down in the winter and up in the spring, like it always does.",
    "The waiting room had one chair and no water. I sat on the floor.",
    "Street triage was good when it worked, but it stopped at midnight.",
    "they want me to ring 111 but 111 just tells me to ring 999",
    "I have been a high intensity user for two years and nothing has changed.",
]

_SLOT_RE = re.compile(r"\{([A-Z_]+)(?::([a-z]+)|=([^}]*))\}")
_ALT_RE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")


class Filler:
    """Takes pool values in turn from a shuffled half of each pool (tuning or held back)."""

    def __init__(self, held: bool, rng: random.Random) -> None:
        self.rng = rng
        self.pools = {}
        for name, values in POOLS.items():
            half = len(values) // 2
            part = values[half:] if held else values[:half]
            self.pools[name] = part or values

    def value(self, pool: str) -> str:
        if pool in DERIVED:
            return re.sub(r"\{(\w+)\}", lambda m: self.value(m.group(1)), DERIVED[pool])
        if pool == "num":
            return str(self.rng.choice([3, 7, 12, 14, 19, 23, 41, 58, 102, 6]))
        return self.rng.choice(self.pools[pool])


def render(template: str, voice: str, filler: Filler, rng: random.Random) -> dict:
    template = _ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    text, spans, pos = "", [], 0
    for m in _SLOT_RE.finditer(template):
        text += _voice_plain(template[pos : m.start()], voice, rng)
        value = m.group(3) if m.group(3) is not None else filler.value(m.group(2))
        value = _voice_value(value, voice, rng)
        spans.append({"start": len(text), "end": len(text) + len(value), "type": m.group(1)})
        text += value
        pos = m.end()
    text += _voice_plain(template[pos:], voice, rng)
    return {"text": text, "spans": _merge_touching(text, spans)}


def _merge_touching(text: str, spans: list[dict]) -> list[dict]:
    """Slots of one type side by side are one detail: "Amy" "White" is one name, "Friday"
    "the" "9th" one date."""
    out: list[dict] = []
    for s in spans:
        gap = text[out[-1]["end"] : s["start"]] if out else None
        joins = (" ", " the ", " of ", ", ") if s["type"] == "DATE" else (" ",)
        if out and out[-1]["type"] == s["type"] and gap in joins:
            out[-1]["end"] = s["end"]
        else:
            out.append(dict(s))
    return out


_TEXTSPEAK = {
    "you": "u",
    "your": "ur",
    "are": "r",
    "because": "cos",
    "tonight": "2nite",
    "night": "nite",
    "people": "ppl",
    "please": "pls",
    "though": "tho",
    "with": "wiv",
    "before": "b4",
    "know": "no",
    "what": "wot",
    "really": "rly",
    "don't": "dont",
    "i'm": "im",
    "said": "sed",
}


def _voice_plain(piece: str, voice: str, rng: random.Random) -> str:
    if voice in ("lower", "textspeak"):
        piece = piece.lower()
    if voice == "textspeak":
        piece = re.sub(r"[a-z']+", lambda m: _TEXTSPEAK.get(m.group(), m.group()), piece)
    return piece


def _voice_value(value: str, voice: str, rng: random.Random) -> str:
    if voice in ("lower", "textspeak", "runon") and (voice != "runon" or rng.random() < 0.5):
        return value.lower()
    if voice == "dyslexic" and rng.random() < 0.3:
        return value.lower()
    if voice == "angry" and rng.random() < 0.15:
        return value.upper()
    return value


def build() -> tuple[list[dict], list[dict]]:
    tuning: list[dict] = []
    held: list[dict] = []
    for voice, templates in VOICES.items():
        for i, template in enumerate(templates):
            is_held = i % 4 == 3
            rng = random.Random(f"{voice}-{i}")
            filler = Filler(is_held, rng)
            for r in range(RENDERS):
                rec = render(template, voice, filler, rng)
                rec = {"id": f"{voice}-{i:02d}-{r}", "voice": voice, **rec}
                (held if is_held else tuning).append(rec)
    for i, text in enumerate(NEGATIVES):
        rec = {"id": f"negative-{i:02d}", "voice": "negative", "text": text, "spans": []}
        (held if i % 4 == 3 else tuning).append(rec)
    return tuning, held


def main() -> None:
    tuning, held = build()
    for path, records in ((TUNING, tuning), (HELD_BACK, held)):
        with path.open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{path.name}: {len(records)} texts")


if __name__ == "__main__":
    main()
