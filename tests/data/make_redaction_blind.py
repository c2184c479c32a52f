"""Write the blind redaction set: hand-written fictional accounts of UK crisis services.

    .venv/bin/python tests/data/make_redaction_blind.py          # writes both files
    .venv/bin/python tests/data/make_redaction_blind.py --check  # fails if they would change

Every text below was written by hand, one at a time, by an author who had NOT read the
detectors (``src/testimony/core/redaction/``), their unit tests, the "what it misses" notes
in ``docs/redaction.md`` or the templates of ``make_redaction_voices.py``. The people,
numbers and events are invented; some hospitals and towns are real so that the names have
the shapes people really write. Phone numbers are in Ofcom's drama ranges, e-mails use
example domains, NHS numbers were made up with a valid check digit.

Markup: ``[[TAG:words]]`` marks a gold span; the script removes the marks and records the
offsets, so no offset is set by hand. Tags: P PERSON, F FACILITY, PL PLACE, AD ADDRESS,
PC POSTCODE, D DATE, T TIME, AGE, PH PHONE, EM EMAIL, NHS NHS_NUMBER, REF REFERENCE.
A text with no mark is a negative (campaign words, counts, no personal detail).

Gold rules (what a span covers):

- PERSON: the name, whole — first and last name together ("Dave Smith"), a surname alone,
  a first name, a nickname ("Kez", "Deano"), in any case. Titles and roles stay outside the
  span ("PC [[P:Dave Smith]]", "Dr [[P:Patel]]", "my nan [[P:brenda]]", "Mrs [[P:Jenkins]]");
  a possessive "'s" stays outside.
- FACILITY: the whole name of a named service, hospital, ward, unit or police station,
  with its generic tail words ("Riverbank Community Mental Health Team", "Aspen Ward",
  "Trinity Road police station", "Ward 14"). A leading "the" is never part of a span.
  Generic service words are not details: A&E, the crisis team, police, 111, the ward, CMHT
  alone, the place of safety, the Samaritans, PALS.
- PLACE: towns, cities, districts and named shops or centres ("from bradford", "in ls9" is
  a POSTCODE, "the Tesco on Kirk Street" is one PLACE span without "the").
- ADDRESS: number, street and locality as one span ("14 Mill Lane, Bramley"); a street named
  alone ("on Kirk Street") is an ADDRESS too.
- DATE: a calendar date, whole ("Tues 3rd", "Friday the 9th of June", "Boxing Day 2021"),
  a month or a year on its own ("in March", "in 2019"), named days ("Christmas Eve",
  "Nadolig"). A weekday alone, "yesterday" and "last week" are not marked.
- TIME: a clock time in figures or words, with "in the morning" or "am" when attached
  ("twenty to nine", "half six in the morning", "10ish"); "about", "around", "gone" stay
  outside the span. Durations ("14 hours") are not times.
- AGE: the number or number-words of a person's age ("im [[AGE:19]]", "([[AGE:42]])",
  "a [[AGE:27]]-year-old"); thresholds of a service ("over 18") are not ages.
- PHONE, EMAIL, NHS_NUMBER, REFERENCE: the whole string ("WM/55120/22", "0733 of 4 June").

Split, fixed before the engine was run on any of it: within each voice, the texts are
numbered from 0 in the order written; text ``i`` is held back when ``i % 3 == 2`` (every
third text of each voice). Held back -> ``redaction_blind_heldback.jsonl``, the rest ->
``redaction_blind_tuning.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TUNING = HERE / "redaction_blind_tuning.jsonl"
HELD_BACK = HERE / "redaction_blind_heldback.jsonl"

TAGS = {
    "P": "PERSON",
    "F": "FACILITY",
    "PL": "PLACE",
    "AD": "ADDRESS",
    "PC": "POSTCODE",
    "D": "DATE",
    "T": "TIME",
    "AGE": "AGE",
    "PH": "PHONE",
    "EM": "EMAIL",
    "NHS": "NHS_NUMBER",
    "REF": "REFERENCE",
}
MARK_RE = re.compile(r"\[\[([A-Z]+):([^\[\]]+)\]\]")


def is_held_back(index: int) -> bool:
    """The split rule, fixed before any scoring: every third text of each voice."""
    return index % 3 == 2


# Voices: plain; lower (all lower case); textspeak; dyslexic (phonetic spellings); runon
# (one long unpunctuated sentence); advocate (third person, on someone's behalf); angry;
# flat (clipped notes); carer (a parent writing about a son, some Welsh mixed in).
# Texts are separated by a blank line; the lines of one text are joined with a space.
TEXTS: dict[str, str] = {
    "plain": """
On [[D:Tuesday 3rd May]] I went to A&E at [[F:Pinderfields]] because I had taken an
overdose. I waited 14 hours on a plastic chair. A nurse called [[P:Grace]] was the only one
who spoke to me kindly.

My care coordinator, [[P:Rhys Evans]], told me the crisis team would ring me back by
[[T:five o'clock]]. Nobody rang. I rang 111 at [[T:twenty to nine]] and they sent the
police.

PC [[P:Dave Smith]] and PC [[P:Amy White]] took me to the place of safety at the [[F:Becklin
Centre]] under section 136. I had done nothing wrong. I was [[AGE:19]].

I live at [[AD:14 Mill Lane, Bramley]] and the ambulance took two hours to come. When they
came, the paramedic, [[P:Tom Brown]], said I was wasting their time.

I was discharged from [[F:Riverbank Community Mental Health Team]] in [[D:March 2022]] with
a letter that said I did not meet the threshold. My GP, Dr [[P:Anjali Patel]], was as
shocked as I was.

The crisis team said no. They said I was too well for them and too unwell for talking
therapies. I have been passed between services for six years.

I was told I had been flagged as a high intensity user. I found out by reading my own notes.
Nobody asked me why I kept calling 999.

My name is [[P:Joanna Kowalczyk]] and I am [[AGE:34]]. I moved to [[PL:Wrexham]] from
[[PL:Poznań]] in [[D:2015]]. The crisis line told me to have a bath and a cup of tea.

At [[F:Kingsway General]] the security guard held my arms while I was injected. I had asked
for my sister, [[P:Halima]], to be called. Her number is [[PH:07700 900418]] and it was in
my notes.

The police came at [[T:half six in the morning]] after my neighbour rang them. Sergeant
[[P:Lewis]] said I would be arrested if I did not go with him.

I was sent home from A&E three times in one week. The third time, on [[D:Boxing Day 2021]],
I was found by my flatmate [[P:Jack]] before anything worse happened.

My reference number for the complaint is [[REF:WM/55120/22]]. It has been eleven months and
I have had no answer from [[F:Oakfield Crisis House]].

The home treatment team visited twice and then stopped. Nobody told me why. When I rang, the
duty worker, [[P:Shona]], said my file had been closed.

I am writing this for the coalition because what happened to me at [[F:St Cadoc's Hospital]]
should not happen to anyone. I was held in a side room for nine hours with no water.

My daughter [[P:Summer]] was [[AGE:15]] when she was restrained by three officers in the
corridor at [[F:Leeds General Infirmary]]. She had self-harmed and was frightened.

On [[D:Friday the 9th of June]] the street triage car took me to [[F:Trinity Road police
station]] because there were no beds. I spent the night in a cell.

I phoned the Samaritans more than the crisis team because the Samaritans at least listened.
I had been told not to ring the crisis team more than twice a day.

The consultant, Dr [[P:Obi Okafor]], wrote that I was attention seeking. I have a copy of
the letter dated [[D:12 January 2023]].

My NHS number is [[NHS:083 016 6130]] in case anyone needs to find my records. I want the
people who wrote about me to read what I have written.

I was [[AGE:52]] when I first needed help, and it took until [[D:September 2019]] for anyone
to see me. I live in [[PL:Penarth]] and the nearest crisis house is forty minutes away.

The SIM officer, PC [[P:Sarah Hope]], came to my care review. I did not know the police were
involved in my care until then.

They took my shoelaces and my phone and left me in a room at [[F:Ward 14]] with a camera in
the ceiling. I was there from [[T:10pm]] until the next afternoon.

When I arrived at A&E at [[F:Wythenshawe Hospital]] the triage nurse said I had been there
before and would wait like everyone else. I waited 11 hours.

My mother, [[P:Bernadette O'Sullivan]], drove me to the [[F:Harbour]] in [[PL:Plymouth]] on
[[D:Christmas Eve]]. They said they were full and gave us a leaflet.

I asked for an advocate and was told there were none. I later found out [[F:Voiceability]]
had someone available that week.

The letter from the police said my calls had been logged as incident
[[REF:INC-20230104-0091]]. It also said I could be prosecuted if I kept calling.

Section 136 is meant to be for a place of safety, not a police van. I was in the back of the
van for an hour and a half outside A&E.

I was given a crisis plan that said to call the crisis team. When I called the crisis team,
they told me to call 111. 111 told me to call 999.

A paramedic named [[P:Kwame Mensah]] sat with me for three hours when no bed could be found.
He was the only one who treated me as a person.

I was placed at [[F:Priory Hospital Cheadle Royal]], 140 miles from my home in
[[PL:Carlisle]], because there were no beds nearer. My son [[P:Will]] could not visit for
five weeks.

The police were called to A&E because I tried to leave. Four officers held me down on the
floor. Nobody from mental health came for two hours.

My email is [[EM:k.mensah.testimony@example.org]] if the coalition wants to contact me about
this.

I have been refused by the crisis team four times this year. Each time I was told that I had
a personality disorder and that they could not help.

I went to my GP on [[D:Monday 14th]], who referred me urgently. The appointment letter from
[[F:Aire Valley CMHT]] came eight weeks later.

I live at [[AD:Flat 2, 37 Rose Street, Grangetown]], [[PC:CF11 6QH]]. The police broke my
door because I did not answer quickly enough.

I was labelled a high intensity user after calling 999 thirty times in a month. No one asked
what was happening at home.
""",
    "lower": """
my nan [[P:brenda]] rang the [[F:linden lodge]] at [[T:half six]] and they said to take me
to a&e. we waited till gone [[T:midnight]].

i was sectioned on the [[D:2nd of april]] and taken to [[F:oakwood ward]] at
[[F:fieldhead]]. the nurse [[P:gemma]] was lovely but the rest just watched me through the
window.

pc [[P:okafor]] said if i didnt get in the van he would cuff me. i was in my dressing gown
outside my flat on [[AD:kirk street]].

im [[AGE:19]] and from [[PL:bradford]]. the crisis team came once and never again.

my key worker [[P:shona]] left in [[D:july]] and nobody told me. i found out when i rang and
a man called [[P:bill]] said she'd gone.

the care coordinator, [[P:rhys evans]], wrote that i was "engaging well". i had not seen him
since [[D:january]].

dr. [[P:patel]] at the [[F:hillside surgery]] is the only one who ever listened. she rang
the crisis team herself and they still said no.

they put me on a ward in [[PL:middlesbrough]] when i live in [[PL:hull]]. my mum couldnt
afford the train.

i rang 111 three times this week. the third time they sent police. nobody from mental health
came.

sergeant [[P:lewis]] told my partner [[P:marek]] that i was "known to them". i have never
been arrested in my life.

the paramedic was called [[P:jade]] and she stayed with me in the ambulance for four hours
outside [[F:st james's]] because there was nowhere to go.

we live at [[AD:22 hope street, splott]] and the police came at [[T:four in the morning]].
they had the wrong flat first.

im [[AGE:63]] and i have been under the cmht since i was [[AGE:30]]. this is the worst its
ever been.

i was held under section 136 for 31 hours. the law says 24. nobody could tell me why.

my brother [[P:ifan]] rang from [[PL:aberystwyth]] to ask where i was and the ward wouldnt
tell him.

i got a letter saying i was a high intensity user and my calls would be "managed". i didnt
even know that was a thing.

on [[D:tues 3rd]] i was discharged from the [[F:haven crisis house]] with no plan. on
[[D:thurs 5th]] i was back in a&e.

the woman at the desk, [[P:rose]], said i should have gone to my gp. my gp had sent me
there.

the mental health nurse in a&e was [[P:femi adeyemi]]. he was kind but said there were no
beds in the whole of [[PL:west yorkshire]].

my social worker [[P:claire wood]] put in my notes that i was "manipulative". i asked to see
the notes and they took six months.

the police took me to the suite at the [[F:bradley unit]] and then left. staff there said
they hadnt been told i was coming.

crisis team said no again. said i was known to them and had a plan. the plan is to ring
them.

my girlfriend [[P:aisha]] is [[AGE:22]] and she had to restrain me herself because the
ambulance took five hours.

i waited from [[T:10ish]] until [[T:quarter past three]] for the home treatment team. they
came the next day.

i moved to [[PL:leith]] from [[PL:dundee]] and had to start again with a new team. three
months with nobody.

my complaint ref is [[REF:cmp 44871]] and i still havent heard from pals at the trust.

the place of safety was full so i was kept in a police cell overnight. i was not under
arrest.

my psychiatrist dr [[P:siddiqui]] changed my meds and went on leave the same week. nobody
else knew.

the nurse [[P:will]] at triage said "you again". i had been there twice in a month.

i was restrained face down on [[F:maple ward]] by five staff. i weigh seven stone. i am
[[AGE:17]].

i called the crisis line at [[T:2am]] and the man said to try and get some sleep and ring in
the morning.

my dad [[P:winston]] took me to a&e at [[F:queen elizabeth]] because the crisis team stopped
answering. we got there at [[T:eleven]] and left at [[T:nine]] the next morning.

a&e, then police, then a&e again, then home. nothing changed. 9 hours, 4 officers, 0 beds.

the sim officer came to my house with my cpn. i didnt know the police could read my notes.

my number is [[PH:07700 900762]] if anyone from the group wants to talk. ask for
[[P:kasia]].

they said i couldnt go to the crisis cafe because i had been "disruptive" there once. that
was two years ago.
""",
    "textspeak": """
omg so last nite went 2 a&e cos i wanted 2 end it n they left me 9hrs. nurse [[P:kez]] was
nice tho x

ma mum [[P:tina]] rang 999 @ [[T:3am]] n police came not ambulance. pc [[P:jackson]] sed im
a "regular" wtf

im [[AGE:16]] n in [[PL:wolves]] n cams sed theres a 40 wk wait lol. crisis team sed no

got took 2 the [[F:dales]] on a 136. no1 told me y. [[P:jordan]] my bf wasnt allowd in

crisis team ring bk in 4hrs they sed. its bin 2 days. 111 sed ring crisis team. cant make it
up

dr [[P:rahman]] @ [[F:meadowbank]] sed im "high intensity" n not 2 ring so much. i ring cos
no1 helps

u cant ring 999 4 mental health no more apparently. police dont come. so wat do i do

was in [[F:rosewood ward]] 4 6 wks. [[P:becca]] n [[P:shaz]] the hca's were the only ones
who talked 2 me

my care co is [[P:lauren]] but shes off sick since [[D:nov]] n no1 covers. rang 5 times this
wk

waited 4 ambulance frm [[T:8ish]] to [[T:1am]]. paramedics [[P:gaz]] n [[P:nadia]] were
sound tho

got a txt frm [[PH:07700 900231]] sayin my appt is cancelled. no new date. ffs

me n my m8 [[P:priya]] went 2 a&e in [[PL:brum]] n security watched us all nite like we was
criminals

police @ a&e again. 3 of them. 4 me. im 5ft2. proper scary

im [[AGE:21]] live in [[PC:ls9]] n the cmht is [[F:aire court]]. they lost my referral twice

[[P:dan]] frm the crisis team came round on [[D:wed 7th]] n sed i looked "ok". i had cuts
all up my arm

got sectioned in [[PL:swansea]] but they sent me 2 a bed in [[PL:chester]]. 3hrs away. no
visits

sat in a&e @ the [[F:royal]] frm [[T:half 10]] til [[T:6 in the mornin]]. no food. no1
checked

my nan [[P:pearl]] rang 111 n they sed go 2 a&e. a&e sed go 2 crisis team. crisis team sed
go 2 gp

sim police came 2 my crisis plan meetin. y r police at my care meetin??

mum sez she rang the [[F:lighthouse]] 4 me but they only do ppl over 18. im [[AGE:17]] n 3
months

the new psych dr [[P:mcallister]] sed its "behavioural". cheers m8

ref [[REF:LD-2023-04417]] if any1 wants 2 chase it. i gave up

pc [[P:hussain]] n pc [[P:grey]] put me in handcuffs in the hospital car park. 4 self harm.
not a crime

txt me on [[PH:07700 900554]] not my email cos mum reads it

crisis team sed "wat do u want us 2 do". i sed help. they sed no beds

was in a cell 4 14hrs on a 136 cos the suite was shut. shut!! on a saturday

my sis [[P:jas]] lives in [[PL:slough]] n she had 2 drive up 2 get me out of a&e cos they
wudnt discharge me 2 no1

they sed im [[AGE:fourteen]] n too young 4 the adult ward but there was no kids bed in
[[PL:cornwall]] so i was on a paeds ward 4 a week

[[P:liam]] (my keywrkr) n me made a plan on [[D:18th]]. by [[D:25th]] hed left. new 1 never
heard of me

999 then a&e then cell then home. 12 hrs. no1 from mh saw me

paramedic [[P:stacey]] sed she'd seen me b4 n rolled her eyes. i heard her say "frequent
flyer"

got put on a "behaviour contract" @ [[F:springfield]]. if i ring more than 2x a day they
call police

i go [[F:st luke's]] in [[PL:middlesbrough]] n they lost my notes AGAIN

idk how many times i rang 111 this month. like 20? they sed im on a list now

emailed [[EM:lilz_2007@example.com]] 2 the complaints ppl n it bounced lol

nurse [[P:ola]] sed i shud b grateful theres a bed. the bed was in [[PL:kent]] n i live in
[[PL:leicester]]
""",
    "dyslexic": """
I went to A&E at [[F:Nothern Genral]] on [[D:wensday the 4th]] and wated 12 ours. The nurce
[[P:Shivon]] said I was wasteing there time.

my sosial worker [[P:Kerry Smyth]] rote in my notes that I was "non complient". I never new
she was coming.

The polise took me on a secshun 136 to the [[F:Abbey Unit]]. I was [[AGE:twenty two]] and it
was my frist time.

I have been refuesd by the crisis team so many times I have lost count. They say I am not
unwel enuff.

My frend [[P:Callum]] rang the ambulence at [[T:quater to twelve]] and it came at [[T:for in
the morning]].

Dr [[P:Chowdry]] the sykiatrist said I have a personallity disorder and that there is no
treatmant. I asked for a secont opinion.

I live on [[AD:Beech Grove, Armley]] and the polise came threw the back gate without
nocking.

My mum [[P:Maureen]] is [[AGE:seventy]] and she has to look after me becaus the home
treetment team stoped comming.

the crisis team said no and put the phone down. I rang 111 and they said rign 999.

I was in the plase of safty for 30 ours. The law says 24 ours. Nobody exsplained.

I was sent to [[F:Cygnet Bierley]] wich is miles from my home in [[PL:Scarborugh]]. My
dauter [[P:Kayleigh]] is only [[AGE:6]] and coudnt vist.

The paramedick [[P:Darren Bell]] was rude and said I was docking up ambulances for real
emegencies.

I got a leter with a refrence [[REF:MH/0931/A]] saying my apeal was turned down. It came on
the [[D:1st of Febuary]].

My CPN [[P:Agnieszka]] is the only one who remembers my name. She has told me she has 60
pashents.

I was restrayned by sicurity at [[F:Bristol Royal Infirmery]] and they hert my rist. I was
not violant.

The hi intensity user team rang me and said I had to stop calling 999. I only rang becaus I
was scared.

I am [[AGE:41]] and I have lived in [[PL:Mertyr]] all my life. There is no crisis house in
the valley.

Polise at A&E agian. They stood by the cubical all nite. I fealt like a crimanal.

my nan [[P:Dot]] took me to [[F:Whiston]] and the docter said go home and have a bath.

The nurce on [[F:Larch Ward]] was called [[P:Precious]] and she sat with me when I was
crying. Evry one else just looked at there phones.

I rang the crisis line at [[T:haf eleven]] at nite and it rang out. I tryed agian at
[[T:midnite]] and it rang out agian.

My advocat [[P:Owen Jenkins]] came to the meating but they woudnt let him speek.

They took me to [[F:Lancaster Polise Station]] becaus the sweet at the hospitel was full. I
was in a sell.

I rote to the trust and they said my compliant had been logged under [[REF:COM/2022/1187]].
Nothing happend.

I am on [[F:Aspen Ward]] and my named nurce is [[P:Jim Rose]]. He is nice but he is never
here.

the police came 3 times this weak and every time they said it was not a police matter and
left.

I was flaged as a frequant attender. Nobody told me what that ment or how to get off it.

I moved from [[PL:Glasgow]] to [[PL:Inverness]] and lost my CPN, my docter and my place at
the day centre all at once.

My son [[P:Tyler]] found me and rang 999. The call hander kept him on the phone for 40
minits.

Im [[AGE:27]] and I have ADHD and dyslexia and nobody in the crisis team new what that ment
for me. They gave me forms to fill in.

The ward manager Mrs [[P:Lockwood]] said I was being difficalt for asking for my phone back.

I waited in A&E at [[F:Royal Gwent]] from [[T:too in the afternoon]] to [[T:seven]] the next
morning.

I was given a number to ring, [[PH:01632 960 734]], and it was the wrong number. It was a
taxi firm.

Section 136 agian, A&E agian, home agian. Same thing evry month. Nobody joins it up.

my ex [[P:Nathan]] used to ring the polise on me to get me sectioned. They beleived him evry
time.

The consultent Dr [[P:Akintola]] told me I woud be discharged becaus I had missed two
apointments. I was in hospitel for both.
""",
    "runon": """
so I rang the crisis team and they said ring back later and I did and it was a different
person called [[P:Marie]] who said she had no notes on me and then I rang 111 and they said
go to A&E so my friend [[P:Sunita]] drove me to [[F:Airedale]] and we got there about
[[T:nine]] and we were there until gone [[T:three]] and then they sent me home with nothing

I was walking on the bridge in [[PL:Sunderland]] and a man rang the police and they came and
put me in the van and took me to [[F:Hopewood Park]] on a 136 and I was there all night and
in the morning a doctor called [[P:Ibrahim]] said I could go and that was it nobody rang
after

after my dad died in [[D:August]] I stopped sleeping and I went to my GP Dr [[P:Morgan]] who
said the waiting list was a year and then I went to A&E twice and the second time a nurse
said I was "one of the regulars" and I was only [[AGE:24]] and I had never been before that
summer

the police came and the ambulance came and nobody knew who was in charge and PC [[P:Gill]]
kept asking me if I had taken anything and the paramedic [[P:Hannah Price]] kept asking the
same and I said yes six times and they still argued for an hour on my mum's doorstep at
[[AD:9 Church View, Pontypridd]]

when I was on [[F:Willow Ward]] there was a nurse called [[P:Bukola]] who used to bring me
toast at night and she was the only reason I got through those weeks and then she was moved
to nights on another ward and it all went bad again

I waited and waited and rang and rang and got told no and no again and the crisis team said
I needed to be more specific about what I wanted and I said I want to not die and they said
that's not something they can offer

I was sent to a unit in [[PL:Norwich]] which is nowhere near [[PL:Stoke]] where my kids are
and my partner [[P:Kieran]] had to take two buses and two trains to see me and the staff
said visiting was only [[T:two till four]] so he got half an hour

it was the [[D:23rd of December]] and everything was shut and the crisis line was on a
message and I rang 999 and they sent police who took me to [[F:Castle Hill]] where I sat for
eight hours and then a social worker called Mr [[P:Ahmed]] said I didn't meet the criteria

my mum [[P:Lorraine Hughes]] rang the ward every day to ask how I was and every day they
said they couldn't tell her anything and then on the tenth day they rang her to say I had
been found in the toilets and that's how she found out

I've been told I'm a high intensity user and that my calls are being reviewed and that if I
call again a police officer will come to my door and so I don't call now even when I should
and last month I nearly didn't make it

at [[F:Dewsbury District]] the doctor said it was self-inflicted and so I would wait behind
people who were really ill and the nurse [[P:Faye]] said sorry under her breath and I waited
eleven hours and then walked home to [[PL:Batley]] in the rain

I'm [[AGE:45]] and I've been in and out since I was [[AGE:17]] and I've seen the crisis team
become a phone line and the phone line become a voicemail and the voicemail become a text
that says someone will call within 72 hours

my support worker [[P:Grace Adebayo]] took me to [[F:Chase Farm]] and we sat in the corridor
and I could hear the nurses saying my name and laughing and [[P:Grace]] went and said
something and they stopped but it didn't help

the 136 suite was closed so they took me to [[F:Llanelli police station]] and I was in a
cell with a blanket and a hatch in the door and every hour someone looked in and said are
you alright and I said no and they shut the hatch

I rang [[PH:0113 496 0275]] which is the number on my crisis card and it went to a call
centre in [[PL:Manchester]] and the woman there didn't know who my team were or what my plan
said so she told me to go to A&E

I was on a trolley from [[T:7 in the evening]] until [[T:lunchtime]] the next day in
[[F:Darent Valley]] and I had my period and no one would get me anything and I was too
scared to leave in case I lost my place

my brother [[P:Connor]] was with me and he was [[AGE:sixteen]] and he had to tell the police
what I'd taken because I couldn't speak and they made him stand in the car park for an hour
in [[D:January]]

A&E sent me to the crisis team and the crisis team sent me to the GP and the GP sent me to
A&E and at every place someone said you shouldn't be here and I agreed with them but there
was nowhere else

the nurse [[P:Ewa Nowak]] on [[F:Cedar Ward]] said I would get leave if I ate and I ate and
then the doctor said no leave because I'd been "unsettled" which meant I had cried on the
phone to my nan

I was restrained on the floor of the 136 suite at [[F:Millbrook]] by four people and one of
them knelt on my back and I said I couldn't breathe and he said if you can talk you can
breathe

I live in [[PL:Llandudno]] and the nearest bed was in [[PL:Bodelwyddan]] but it was full so
they sent me to [[PL:Birmingham]] and when I got out I had to get a train home on my own
with my stuff in a bin bag

there was a police officer sat outside my cubicle all night and nobody told me why and when
I asked a nurse she said it was because I was on a 136 and I said I came in myself and she
said well you're on one now

my care coordinator changed four times in a year first [[P:Paula]] then [[P:Ade]] then
someone called [[P:Stephen]] I never met and then nobody and every time I had to tell the
whole story again

it took the ambulance three hours and the paramedics were kind but they said A&E was the
only option and A&E was full so we sat in the ambulance outside for another four hours with
the engine running

I was discharged at [[T:3am]] in my slippers with no money and no phone and it was
[[D:November]] and I walked from [[F:Royal Preston]] to my flat on [[AD:Ribbleton Avenue]]
which took two hours

my psychiatrist Dr [[P:Fernandes]] says I need a longer admission and the bed manager says
there are no beds and the crisis team says I'm too high risk for them and so I'm at home
with a leaflet

when they let me out of The [[F:Retreat]] on [[D:Friday 9th]] they said the home treatment
team would ring on the Monday and they rang on the Thursday and by then I'd been back in A&E
twice

my friend [[P:Mo]] rang me at [[T:ten to one]] and I didn't pick up so he rang the police
and they came and kicked my door in and then left because I was asleep and my door still
doesn't lock

my neighbour Mrs [[P:Jenkins]] is [[AGE:eighty-one]] and she's the one who sits with me when
it's bad because the crisis team said they can't send someone out after [[T:10pm]]

I got a letter from the police with a log number [[REF:0733 of 4 June]] saying I'd been
reported as missing and I hadn't been missing I'd been in A&E at [[F:Worthing Hospital]] for
the whole night

I asked for a female nurse because of what happened to me before and they said there wasn't
one and a male nurse called [[P:Kevin]] did my obs all night and I didn't sleep at all

I was [[AGE:fifteen]] the first time the police took me to A&E and I'm [[AGE:nineteen]] now
and in those four years I have never once seen the same person twice

nobody told me that being on a section 136 meant they could search me and they searched me
in front of three officers and a security guard and I have never felt so ashamed in my life

the crisis team said no on Monday and on Tuesday and on Wednesday they said someone would
come and nobody came and on Thursday I was in A&E again and they said why didn't you call
the crisis team

I moved to [[PL:Kirkcaldy]] to be near my sister [[P:Eilidh]] and the team in [[PL:Fife]]
said they had no record of me even though the team in [[PL:Paisley]] said they'd sent
everything

I was at the [[PL:Tesco on Kirk Street]] when it got too much and I sat down on the floor by
the tills and a security guard called [[P:Wayne]] rang the police and two officers came and
one of them PC [[P:Bill Wood]] was kind and the other one kept his hand on his taser the
whole time
""",
    "advocate": """
I am writing on behalf of Ms [[P:Delroy]]. She attended A&E at [[F:University Hospital of
Wales]] on [[D:14 March 2023]] and waited 16 hours before being seen by the liaison team.

My client, Mr [[P:Ashok Verma]] ([[AGE:58]]), was detained under section 136 on [[D:2
October]] and held at [[F:Bury police station]] for 19 hours because the place of safety was
closed.

[[P:Natalie]] has asked me to share her account. She was told by the crisis team that she
was "too complex" and was discharged without a plan.

As [[P:Jordan]]'s advocate I attended the ward round on [[D:Tuesday 7th February]]. The
consultant, Dr [[P:Halloran]], refused to discuss the use of restraint.

Mrs [[P:Eleni Georgiou]] is [[AGE:72]] and lives alone in [[PL:Haringey]]. She rang 111 on
six occasions in one week and was advised each time to contact her GP.

The person I support, who wishes to be known only as K, was labelled a high intensity user
by the ambulance service after 40 calls in three months.

I support [[P:Hamza Ali]], who is [[AGE:20]] and autistic. The police were called to his
home at [[AD:51 Meadow Road, Beeston]] and he was handcuffed in front of his younger
brothers.

On behalf of [[P:Ceri Pritchard]]: she was placed on an out-of-area bed at [[F:Cygnet Godden
Green]], over 200 miles from her home in [[PL:Carmarthen]].

My client reports that she was refused by the crisis team on three occasions and that police
attended A&E each time she presented. She has asked that no identifying details be shared.

I am the IMHA for Mr [[P:Brown]] on [[F:Juniper Ward]]. He has asked me to say that he was
secluded for four days and was not told his rights.

[[P:Aleksander]] (he prefers [[P:Olek]]) is [[AGE:33]]. He has been waiting since [[D:June
2021]] for an assessment from [[F:Calderdale Adult Autism Service]].

Ms [[P:Grace Kelly-Osei]] asked me to record that the paramedics, while kind, waited seven
hours outside [[F:Northwick Park]] with her in the ambulance.

I advocate for [[P:Dylan]], [[AGE:14]], who was kept on a paediatric ward at [[F:Royal
Stoke]] for nine days because no CAMHS bed could be found.

The person I support was told by a SIM officer that her calls to 999 would be treated as a
criminal matter. She had not been told she was on the SIM programme.

My client Mr [[P:Joseph Mwangi]] was detained at [[T:around 2.15am]] outside his flat on
[[AD:Wellington Street]]. His sister, [[P:Ruth]], was not informed until the next afternoon.

[[P:Stacey-Ann]] is a carer for her mother and has been refused a carer's assessment twice.
The CMHT said her mother "did not meet criteria" for their service.

I have been asked by Mr [[P:Llewellyn]] to share his experience at [[F:Glangwili]]. He
waited 22 hours in A&E and was then transferred to [[F:Hafan y Coed]] by police car.

I write for [[P:Bronwen]], who is [[AGE:66]] and lives in [[PL:Bala]]. The crisis team's
nearest base is in [[PL:Wrexham]] and they told her they could not visit.

Our client reports being told she was "attention-seeking" by a triage nurse. She presented
with a serious overdose and was made to wait four hours.

On behalf of [[P:Sophie Clarke]], whose NHS number is [[NHS:186 091 3903]]: she asks that
her record be corrected to remove the label "frequent attender".

Mr [[P:Nowicki]] has asked me to describe the events of [[D:Saturday 11th]]. He was taken by
police from the [[PL:Arndale Centre]] and held under section 136.

I am [[P:Louise Fenwick]], independent advocate at [[F:Tyneside Advocacy Hub]]. I am
submitting this account for my client, [[P:Darren]], who cannot read or write.

[[P:Abdi]] is a [[AGE:27]]-year-old man from [[PL:Toxteth]]. He was restrained by four
security staff at [[F:Royal Liverpool]] and has a bruised wrist photographed by his sister.

The person I support has asked me to record that the crisis team said no on each of her four
calls, and that the police were then sent to her door instead.

My client [[P:Summer Rose]] was sent home from A&E at [[T:4am]] with no money and no coat.
She is [[AGE:18]].

I am writing for Mr [[P:Iwan Rhys]]. His complaint was given reference
[[REF:HDUHB-COM-2023-0412]] and he has not received a response in nine months.

[[P:Chanelle]] asked me to include that PC [[P:Wright]] told her she was "wasting police
time" while she was in crisis on [[AD:Victoria Road]].

On behalf of Mrs [[P:Patricia Wood]]: she was told on the phone by the crisis team that she
should "try a bath and a cup of tea". She had a plan and the means.

My client, who is [[AGE:forty]], was detained under section 2 and placed in a bed in
[[PL:Harrogate]]. Her children live with her mother in [[PL:Grimsby]].

[[P:Kwabena]], who I support, has asked me to note that he was the only Black patient on
[[F:Poppy Ward]] and was the only one restrained during his stay.

The person I advocate for was held in an ambulance outside A&E for six hours, then inside
A&E for another ten. Nobody from the crisis team attended.

Mr [[P:Farouk]] can be reached through me on [[PH:07700 900109]] or by email at
[[EM:advocacy.farouk@example.net]].

[[P:Lily]] is [[AGE:sixteen]] and was detained in a police cell in [[PL:Aberdeen]] as no
place of safety was available. She has given permission for this to be shared.

On behalf of [[P:Jacob Hill]]: he was discharged from [[F:Mill View Hospital]] on [[D:New
Year's Day]] without medication and readmitted three days later.

I support a man who has been told he may not attend A&E without first calling the high
intensity user service. He has no phone.

I attended with Ms [[P:Kaur]] at [[F:Heartlands]] on the [[D:19th]]. She was seen after nine
hours by a liaison nurse, [[P:Tom]], who apologised for the wait.
""",
    "angry": """
FOURTEEN HOURS in A&E at [[F:Hull Royal]]. Fourteen. And then they sent me home. Disgusting.

PC [[P:Mark Brown]] laughed at me. LAUGHED. While I was sat on the floor of my own kitchen
covered in blood.

Don't tell me the crisis team is there for people in crisis. They said no. Again. They
ALWAYS say no.

I am SICK of being called a "high intensity user". I am a human being. I call because nobody
else picks up!!

The so-called "care" at [[F:Lynfield Mount]] was a joke. Nurse [[P:Carol]] told me to stop
crying because I was upsetting the others.

Why were there POLICE at A&E? I walked in myself. I asked for help. I got four officers and
a cell.

Dr [[P:Whitehead]] should be struck off. He wrote that I was "faking" in my notes on [[D:3
August 2022]]. I have the copy.

I waited for the ambulance from [[T:half nine]] till [[T:gone two]]. My wife [[P:Joy]]
thought I was going to die in front of her.

Three times this week. THREE. And every time 111 tells me to ring the crisis team and the
crisis team doesn't answer.

My son [[P:Reece]] is [[AGE:15]]!!! Fifteen!!! And they put him in a police cell in
[[PL:Gateshead]] because there was "no bed". Shame on all of you.

The so called crisis house, [[F:Saffron House]], told me I was "too risky" for them. What is
it FOR then??

Who decided that Sergeant [[P:Fox]] should sit in on my care plan? I didn't agree to that.
Nobody asked me. SIM is a disgrace.

I have been restrained, I have been injected, I have been stripped and I have been left. All
at [[F:Gartnavel]]. All in [[D:2021]].

Don't you DARE tell me I'm wasting NHS time. I have paid into it for 30 years. I am
[[AGE:55]] and I needed help ONCE.

The [[F:Brockfield House]] staff lost my glasses, my phone charger and my dignity. In that
order.

Section 136 = cell. Crisis team = voicemail. 111 = "go to A&E". A&E = 12 hour wait. That's
the system. Fix it.

[[P:Ayesha Begum]] from the complaints team told me my complaint was "closed". I never got
an answer!! Ref [[REF:PALS-77214]].

That paramedic, [[P:Steve]], told me "next time do it properly". I will never forget those
words.

My mum [[P:Sandra Ward]] rang the ward every single day and every single day they hung up on
her. Every. Single. Day.

Why is a [[AGE:17]] year old on an adult ward in [[PL:Doncaster]]?? Why?? Because there is
NOWHERE ELSE. That's why.

They sent the police to my house at [[T:5am]] for a "welfare check". Kicked in the door at
[[AD:88 Oak Avenue, Heaton]]. I was asleep.

Nobody at A&E looked at me for nine hours. NINE. I could have died in that chair and no one
would have noticed.

Dr [[P:Ogunleye]] took one look at my arms and said "personality disorder". Five minutes.
That's all I got.

I've made a formal complaint to [[F:Leeds and York Partnership]] about Nurse [[P:Grant]] and
I will keep going until someone listens.

Nobody from the crisis team came. Nobody from mental health came. The police came. ALWAYS
the police.

I'm FURIOUS that [[F:Ty Llywelyn]] sent me home in the middle of the night with no shoes on.
I live 20 miles away in [[PL:Pwllheli]].

My partner [[P:Shannon]] had to carry me out of the ambulance because the paramedic [[P:Lee
Carter]] said he "wasn't a taxi".

"You're well known to us" — that's what the nurse at [[F:Pilgrim Hospital]] said. Known for
what? Needing help?

I was refused, refused, REFUSED. Section 136 twice in a month and not one assessment. Not
one.

Thanks for nothing [[F:Derby City CMHT]]. Eight months on a waiting list and a discharge
letter on [[D:Valentine's Day]].

Do you know what it's like to be handcuffed in A&E at [[T:three in the morning]] in front of
a waiting room full of people? I do.

My daughter [[P:Honey]] is [[AGE:9]] and she watched the police drag me out of the house.
She still has nightmares.

They keep saying "high intensity user" like it's a diagnosis. It's a label for people
they've given up on.

I want PC [[P:Evans]] and PC [[P:Jones]] to know that I remember their faces. I remember
everything they said.

Don't ring us, we'll ring you. That's the crisis team. They never ring. Never.

I was told by Mr [[P:Abbott]], the bed manager, that I was "blocking a bed". I was SUICIDAL.
Where was I supposed to go?
""",
    "flat": """
Went to A&E at [[F:Furness General]]. Waited 10 hours. Sent home.

Rang crisis team. No answer. Rang 111. Told to go to A&E.

Taken by police on section 136. Held 20 hours at [[F:Elm House]]. Released.

Age [[AGE:38]]. Live in [[PL:Rochdale]]. Under CMHT since [[D:2017]].

Care coordinator [[P:Jane Hall]]. Left [[D:May 2023]]. Not replaced.

Police at A&E. Four officers. Restraint. No assessment.

Ambulance called [[T:21:40]]. Arrived [[T:02:15]].

Discharged from [[F:Ashworth Ward]] [[D:Friday 9th]]. No follow-up.

Crisis team said no. Again.

Named nurse [[P:Ravi]]. Off sick. No cover for three weeks.

Address [[AD:7 Station Road, Llandrindod Wells]]. Police attended twice.

Told I was high intensity user. Told to stop calling.

Went to [[F:Royal Oldham]]. Seen by Dr [[P:Kaye]]. Given leaflet.

Waited 14 hours. Three times this week.

Out-of-area bed in [[PL:Kettering]]. Home is [[PL:Blackburn]]. 120 miles.

SIM officer at care review. Not told before.

Son [[P:Jack Wood]], [[AGE:22]]. Found me. Rang 999.

[[D:17/08/2022]]. A&E. Restrained. Injected. No explanation.

Referred to [[F:Parkside Psychology Service]]. Waiting list 18 months.

Phoned [[PH:029 2018 0446]]. No reply. Phoned again. No reply.

[[F:Hazel Ward]]. Seclusion four days. Not told rights.

Section 136. Cell. 16 hours. No doctor.

GP Dr [[P:Hussain]]. Urgent referral [[D:3 June]]. Seen [[D:19 September]].

Friend [[P:Olu]]. Drove me to [[F:Warrington Hospital]]. 9 hours.

Nan [[P:Iris]], [[AGE:84]]. Only one who visits.

Crisis line. On hold 40 minutes. Cut off.

Complaint ref [[REF:NWAS/C/10442]]. No response.

PC [[P:Bell]]. Handcuffs in the car park. Said it was for my safety.

Discharged [[T:3am]]. No money. Walked home.

Home treatment team. Two visits. Then nothing.

Born [[D:12.03.1989]]. NHS number [[NHS:996 030 8243]].

Place of safety full. Taken to [[PL:Kendal]]. Then back to A&E.

Postcode [[PC:BD7 2AL]]. Nearest crisis house 25 miles.

Psychiatrist Dr [[P:Ivanova]]. Changed diagnosis. No discussion.

Email [[EM:h.wright1977@example.co.uk]]. Happy to be contacted.

Refused by crisis team. Police sent instead. Section 136. Released next day.
""",
    "carer": """
My son [[P:Gethin]] is [[AGE:23]]. On nos Sadwrn, Saturday night, he walked out of the house
in [[PL:Caernarfon]] and I rang 999. The police found him on the bridge.

I am writing about my boy, [[P:Osian]]. The crisis team in [[PL:Bangor]] said he was "not
engaging". He doesn't speak much English when he's unwell, and none of them speak Welsh.

Our son [[P:Tomos Pugh]] was taken to [[F:Ysbyty Gwynedd]] on a 136. We were not told where
he was for six hours. Duw, I have never been so frightened.

My lad [[P:Kyle]] has been to A&E eleven times since [[D:Easter]]. Every time they send him
home and every time I sit up all night watching him.

I care for my son, he is [[AGE:nineteen]]. He was restrained by police in the kitchen while
I stood there. I called for an ambulance, not the police.

My son [[P:Adam Jones]] is under [[F:Eryri CMHT]]. His care coordinator, [[P:Sioned]], is
lovely but she has 50 people to look after.

As a mam, I was told by the ward that they "couldn't share information" with me. I am the
one he lives with. I am the one who finds him.

My boy [[P:Rhodri]] rang the crisis line at [[T:hanner awr wedi dau]] — [[T:half two]] — and
they told him to go back to bed.

The crisis team said no. They said he was "known to services" and had a plan. The plan said
ring the crisis team.

My son [[P:Jamal]] was labelled a high intensity user at [[AGE:20]]. Nobody asked what was
happening to him. Nobody asked me.

We live at [[AD:3 Heol y Nant, Llanrug]] and it took the ambulance four hours to get to us.
I drove him to [[F:Ysbyty Glan Clwyd]] myself in the end.

I'm a carer for my son [[P:Ben]], [[AGE:31]], who has schizophrenia. The home treatment team
came once at [[T:quarter to ten]] at night and stayed ten minutes.

My son was held in a police cell because there was no place of safety. He had not committed
a crime. I still cannot believe that is allowed.

[[P:Dewi]] is my youngest. He was sent to a bed in [[PL:Northampton]]. That's five hours
from [[PL:Aberaeron]]. I couldn't visit, I don't drive.

I rang the ward at [[F:Hergest Unit]] every morning and a nurse called [[P:Non]] would tell
me how he'd slept. She was the only one.

My son [[P:Callum Reid]] was discharged from [[F:Royal Edinburgh]] on the [[D:30th]] and
nobody told me. He turned up at my door in [[PL:Musselburgh]] with nothing.

The police came to my house at [[T:chwarter i saith]] in the morning. My son was in bed.
They said someone had rung about him.

I'm writing for my son because he can't face it. He's [[AGE:17]]. The CAMHS crisis team said
he had to wait until he was 18 for the adult team.

My son [[P:Hywel]] has an appointment letter from [[F:Tŷ Bryn]] dated [[D:Ebrill 12]],
[[D:April 12th]]. It arrived on [[D:April 20th]].

He tried to end his life on Dydd Llun, the Monday, and by Wednesday he was home with a
leaflet. I am his mam, not a nurse.

My son [[P:Marcus]] is [[AGE:34]] and lives with me in [[PL:Tottenham]]. Police have been
called to our home nine times this year. Not once a doctor.

Sorry my English is not good. My son [[P:Arkadiusz]] was in [[F:Oxleas]] six weeks. The
nurse [[P:Babs]] helped us with the forms.

They put my son on an adult ward at [[AGE:16]]. There were no beds for young people anywhere
in Wales, they said.

I phoned the number on his crisis card, [[PH:029 2018 0773]], and it was a recording saying
the office was closed.

My son was taken to A&E in handcuffs. He's never been in trouble in his life. The police
said it was "procedure".

My son [[P:Ieuan Davies]] was restrained on [[F:Dyfrig Ward]] on [[D:Nadolig]],
[[D:Christmas Day]]. I found out from another patient's mother.

I'm [[AGE:68]] and I'm his only carer. When I'm gone, who will ring the crisis team for him?

My boy [[P:Rory]] went missing from [[F:Leverndale]] and they didn't ring me for nine hours.
Police found him in [[PL:Paisley]].

My son [[P:Harri]] said the psychiatrist, Dr [[P:Prosser]], didn't look up from his laptop
once. Ten minutes and he was discharged.

I asked the CMHT for a carer's assessment in [[D:2019]]. I am still waiting. My son is still
unwell.

Our [[P:Deano]] rang 111 from the car park at [[F:Morriston]] because A&E said they had no
one to see him.

My son was told he was "well known" to the ambulance service. He'd called them four times in
a year, each time because he'd taken an overdose.

My son [[P:Nye]] lives in [[PL:Aberdare]], [[PC:CF44 7]]. The nearest crisis house is in
[[PL:Cardiff]], and it's always full.

I rang [[F:Caniad]] for support as a carer and they put me in touch with someone. I wish the
hospital had done the same.

My son's reference from the health board is [[REF:BCU-PC-22-3391]]. They say they are
investigating. It has been a year.

He was in the ambulance outside A&E for five hours. The paramedics were kind. There was
nowhere to take him.
""",
}


def parse(marked: str) -> tuple[str, list[dict[str, object]]]:
    """Remove the marks and return the plain text with its gold spans."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = length = 0
    for m in MARK_RE.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        tag, words = m.group(1), m.group(2)
        if tag not in TAGS:
            raise ValueError(f"unknown tag {tag!r} in {marked!r}")
        if words != words.strip() or words.lower().startswith("the "):
            raise ValueError(f"span {words!r} has spaces or a leading 'the'")
        spans.append({"start": length, "end": length + len(words), "type": TAGS[tag]})
        out.append(words)
        length += len(words)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unclosed mark in {marked!r}")
    return text, spans


def records() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    tuning: list[dict[str, object]] = []
    held: list[dict[str, object]] = []
    for voice, block in TEXTS.items():
        texts = [" ".join(p.split("\n")) for p in block.strip().split("\n\n")]
        for i, marked in enumerate(texts):
            text, spans = parse(marked)
            rec = {"id": f"blind-{voice}-{i:02d}", "voice": voice, "text": text, "spans": spans}
            (held if is_held_back(i) else tuning).append(rec)
    return tuning, held


def _jsonl(recs: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if a file would change")
    args = parser.parse_args(argv)
    tuning, held = records()
    stale = []
    for path, recs in ((TUNING, tuning), (HELD_BACK, held)):
        body = _jsonl(recs)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != body:
                stale.append(path.name)
        else:
            path.write_text(body, encoding="utf-8")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    every = tuning + held
    negatives = sum(1 for r in every if not r["spans"])
    spans = sum(len(r["spans"]) for r in every)  # type: ignore[arg-type]
    print(
        f"{len(every)} texts ({len(tuning)} tuning, {len(held)} held back), "
        f"{negatives} negatives, {spans} gold spans"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
