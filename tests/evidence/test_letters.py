"""Letters (issue 15): drafted from sample accounts, saved as PDF, read back for the parts
each kind must have; the template filling itself is checked without any files."""

from __future__ import annotations

import json
from datetime import date

import pytest

from testimony.core.errors import FormError
from testimony.core.forms import load_form
from testimony.core.letter_templates import available_templates, load_template
from testimony.core.letters import (
    ORGANISATION_TYPES,
    Sender,
    answer_values,
    fill,
    guess_type,
    parse_template,
)
from tests.evidence.pdf_text import pdf_text
from tests.helpers import PASSPHRASE

SAMPLES = {
    "police": {
        "answers": {
            "services": ["ae", "police"],
            "when": "2023-11",
            "what_happened": (
                "I went to A&E. PC Okafor said I was a {sender_name} high intensity user."
            ),
            "police_involved": "yes",
            "care_refused": "refused",
            "label_or_plan": "told",
            "shared_with_police": "yes",
            "threats": ["prosecution"],
            "how_affected": "I stopped asking for help.",
        },
        "consent": "private",
    },
    "short": {"answers": {"services": ["gp"]}, "consent": "private"},
}
OMBUDSMEN = (
    "Parliamentary and Health Service Ombudsman",
    "Public Services Ombudsman for Wales",
    "Scottish Public Services Ombudsman (SPSO)",
    "Northern Ireland Public Services Ombudsman (NIPSO)",
    "Independent Office for Police Conduct (IOPC)",
    "Police Investigations and Review Commissioner (PIRC)",
    "Police Ombudsman for Northern Ireland",
)


def test_templates_ship_for_both_kinds_and_parse():
    assert available_templates() == {"access": (1,), "complaint": (1,)}
    for kind in ("access", "complaint"):
        t = load_template(kind)
        assert (t.kind, t.version) == (kind, 1)
        assert set(t.teams) == set(ORGANISATION_TYPES)


def test_every_legal_fact_has_a_source_comment():
    """Each block that states a time limit, a law or a regulator has a comment above it."""
    from testimony.core.resources import read_text

    for kind in ("access", "complaint"):
        source = read_text("letters", f"{kind}-v1.toml")
        blocks = source.split("[[block]]")[1:]
        for block in blocks:
            body = "\n".join(line for line in block.splitlines() if not line.startswith("#"))
            legal = any(
                w in body
                for w in ("Article", "month", "Act", "Ombudsman", "Commissioner", "ICO", "days")
            )
            if legal:
                assert "\n#" in block or block.lstrip().startswith("#"), block[:120]


@pytest.mark.parametrize("bad", ["kind = 1", "", "kind = 'access'\nversion = 1\n[[block]]\nx=1"])
def test_a_broken_template_is_a_clear_error(bad):
    with pytest.raises(FormError):
        parse_template(bad)


def test_what_the_person_wrote_is_never_read_as_a_template():
    form = load_form("crisis-account")
    answers = SAMPLES["police"]["answers"]
    letter = fill(
        load_template("complaint"),
        answers,
        answer_values(form, answers),
        "Anytown Trust",
        "nhs_trust",
        Sender("Sam Example", "1 Test Street"),
        "1 May 2025",
    )
    assert "a {sender_name} high intensity user" in letter.text
    assert letter.text.startswith("Sam Example\n1 Test Street")
    assert "November 2023" in letter.text


def test_blocks_follow_the_answers_and_the_organisation():
    form = load_form("crisis-account")
    t = load_template("complaint")
    full = SAMPLES["police"]["answers"]
    short = SAMPLES["short"]["answers"]
    with_all = fill(t, full, answer_values(form, full), "X", "police", Sender(), "today").text
    bare = fill(t, short, answer_values(form, short), "X", "gp", Sender(), "today").text
    assert "refused care" in with_all and "refused care" not in bare
    assert "Police Reform Act 2002" in with_all and "Police Reform Act" not in bare
    assert "3 working days" in bare and "3 working days" not in with_all
    assert "[Your name]" in bare
    assert "What happened" not in bare  # no heading over an empty answer


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Anytown Police", "police"),
        ("Police Service of Northern Ireland", "police"),
        ("Greater Anytown Constabulary", "police"),
        ("North West Ambulance Service NHS Trust", "ambulance"),
        ("The Elms Surgery", "gp"),
        ("Riverside Medical Centre", "gp"),
        ("Anytown Borough Council", "council"),
        ("Anytown and District NHS Foundation Trust", "nhs_trust"),
    ],
)
def test_guess_type(name, kind):
    assert guess_type(name) == kind


@pytest.fixture
def sample_vault(cli, vault_dir):
    body = json.dumps([SAMPLES["police"], SAMPLES["short"]])
    assert (
        cli(["account", "add", vault_dir, "--json", "-"], stdin=f"{PASSPHRASE}\n{body}").code == 0
    )
    return vault_dir


@pytest.mark.parametrize(
    ("account", "org"),
    [
        ("1", "Anytown NHS Foundation Trust"),
        ("1", "Anytown Police"),
        ("2", "The Elms Surgery"),
        ("2", "North West Ambulance Service"),
        ("2", "Anytown Borough Council"),
    ],
)
def test_access_letter_pdf_has_its_required_parts(cli, sample_vault, tmp_path, account, org):
    out = tmp_path / "access.pdf"
    done = cli(
        ["letter", sample_vault, account, "--kind", "access", "--to", org, "--pdf", out],
        stdin=PASSPHRASE + "\n",
    )
    assert done.code == 0, done.err
    assert "not encrypted" in done.out
    text = pdf_text(out.read_bytes())
    for part in (
        "Article 15 of the UK General Data Protection Regulation",
        "within one month",
        '"high intensity user" flag',
        "Serenity Integrated Mentoring (SIM)",
        "risk marker, alert",
        "what information was shared",
        "when it was shared",
        "the legal basis you used to share it",
        "where you got it from",
        "who you have shared it with",
        "Information Commissioner's Office (ICO)",
        "not legal advice",
        "Healthwatch",
        org,
    ):
        assert part in text, part
    police = guess_type(org) == "police"
    assert ("section 45 of the Data Protection Act 2018" in text) is police
    assert ("shared with the police, or received from them" in text) is not police


def test_complaint_letter_pdf_has_its_required_parts(cli, sample_vault, tmp_path):
    for account, org, team in (
        ("1", "Anytown NHS Foundation Trust", "Patient Advice and Liaison Service (PALS)"),
        ("1", "Anytown Police", "Professional Standards Department"),
    ):
        out = tmp_path / f"complaint-{team[:4]}.pdf"
        done = cli(
            ["letter", sample_vault, account, "--kind", "complaint", "--to", org, "--pdf", out],
            stdin=PASSPHRASE + "\n",
        )
        assert done.code == 0, done.err
        text = pdf_text(out.read_bytes())
        for part in (
            team,
            "PC Okafor said I was a",  # the person's own words, unredacted
            "I was refused care when I needed it",
            "Information about my health was shared with the police",
            "12 months",
            "not legal advice",
            "NHS complaints advocacy",
            *OMBUDSMEN,
        ):
            assert part in text, (org, part)


def test_letter_refuses_to_replace_a_file(cli, sample_vault, tmp_path):
    out = tmp_path / "exists.pdf"
    out.write_bytes(b"mine")
    done = cli(
        ["letter", sample_vault, "1", "--kind", "access", "--to", "X", "--pdf", out],
        stdin=PASSPHRASE + "\n",
    )
    assert done.code == 1 and "already exists" in done.err
    assert out.read_bytes() == b"mine"


def test_readable_copy_pdf(cli, sample_vault, tmp_path):
    from tests.evidence.files import png

    photo = tmp_path / "care-plan-photo.png"
    photo.write_bytes(png())
    assert cli(["attach", sample_vault, "1", photo], stdin=PASSPHRASE + "\n").code == 0
    out = tmp_path / "copy.pdf"
    done = cli(["account", "copy", sample_vault, "1", "--pdf", out], stdin=PASSPHRASE + "\n")
    assert done.code == 0, done.err
    assert "not encrypted" in done.out and "Anyone who gets it can read" in done.out
    text = pdf_text(out.read_bytes())
    for part in (
        "This copy is not encrypted",
        "PC Okafor said I was a {sender_name} high intensity user",
        "Were you refused care",
        "Yes, I was refused care",
        "November 2023",
        "care-plan-photo.png",
        "Photo (PNG)",
        "Spoken answers",
        "Not answered",
    ):
        assert part in text, part
    missing = cli(
        ["account", "copy", sample_vault, "9", "--pdf", tmp_path / "x.pdf"], stdin=PASSPHRASE + "\n"
    )
    assert missing.code == 1 and "no account with that id" in missing.err
    assert not (tmp_path / "x.pdf").exists()


def test_draft_uses_the_kept_sender_and_today(tmp_path):
    from testimony.services import accounts
    from testimony.services.evidence import draft_letter, forget_sender, keep_sender, saved_sender
    from testimony.services.session import Session
    from testimony.services.vault import create_vault

    created = create_vault(tmp_path / "l.testimony", PASSPHRASE)
    with Session(created.paths) as s:
        s.unlock(PASSPHRASE).result()
        aid = s.call_write(accounts.create_draft)
        assert s.call(saved_sender) is None
        s.call_write(keep_sender, Sender("Alex Kept", "2 Kept Road"))
        letter = s.call(draft_letter, aid, "access", "Trust", "nhs_trust", None, date(2025, 5, 1))
        assert letter.text.startswith("Alex Kept\n2 Kept Road\n\n1 May 2025")
        s.call(forget_sender)
        assert s.call(saved_sender) is None


def test_cli_sender_is_typed_after_the_passphrase_and_kept_only_when_asked(
    cli, sample_vault, tmp_path
):
    first = tmp_path / "first.pdf"
    done = cli(
        [
            "letter",
            sample_vault,
            "1",
            "--kind",
            "access",
            "--to",
            "Anytown Police",
            "--pdf",
            first,
            "--sender",
            "--keep-sender",
        ],
        stdin=f"{PASSPHRASE}\nRobin Typed\n4 Lane, Anytown, AN1 2BB\n",
    )
    assert done.code == 0, done.err
    assert "Robin Typed" in pdf_text(first.read_bytes())
    again = tmp_path / "again.pdf"
    cli(
        ["letter", sample_vault, "2", "--kind", "complaint", "--to", "X", "--pdf", again],
        stdin=PASSPHRASE + "\n",
    )
    assert "Robin Typed 4 Lane Anytown AN1 2BB" in pdf_text(again.read_bytes())
    refused = cli(
        [
            "letter",
            sample_vault,
            "1",
            "--kind",
            "access",
            "--to",
            "X",
            "--pdf",
            tmp_path / "n.pdf",
            "--keep-sender",
        ],
        stdin=PASSPHRASE + "\n",
    )
    assert refused.code == 1 and not (tmp_path / "n.pdf").exists()


def _letter_pdf(cli, vault, tmp_path, account, org, kind, *extra):
    out = tmp_path / f"{kind}-{abs(hash((account, org, extra)))}.pdf"
    done = cli(
        ["letter", vault, account, "--kind", kind, "--to", org, "--pdf", out, *extra],
        stdin=PASSPHRASE + "\n",
    )
    assert done.code == 0, done.err
    return pdf_text(out.read_bytes())


@pytest.mark.parametrize("org", ["Bwrdd Iechyd Prifysgol Hywel Dda", "Heddlu Dyfed-Powys"])
def test_a_welsh_access_letter_renders_in_welsh(cli, sample_vault, tmp_path, org):
    text = _letter_pdf(cli, sample_vault, tmp_path, "1", org, "access", "--language", "cy")
    for part in (
        "Cais gwrthrych am wybodaeth",
        "Erthygl 15 o Reoliad Cyffredinol y DU ar Ddiogelu Data (UK GDPR)",
        "o fewn mis",
        "Swyddfa'r Comisiynydd Gwybodaeth (Information Commissioner's Office, ICO)",
        "tua Tachwedd 2023",  # the month in Welsh
        "Nid cyngor cyfreithiol",
        "Llais (llaiswales.org)",  # Wales: the free help is Llais, not Healthwatch
        "Yn gywir",
        org,
    ):
        assert part in text, part
    police = guess_type(org) == "police"
    assert ("adran 45 o Ddeddf Diogelu Data 2018 (Data Protection Act 2018)" in text) is police
    for english in ("Dear Sir", "Please", "Healthwatch", "Article 15", "within one month"):
        assert english not in text, english


def test_the_welsh_complaint_in_wales_follows_putting_things_right(cli, sample_vault, tmp_path):
    text = _letter_pdf(
        cli, sample_vault, tmp_path, "1", "Bwrdd Iechyd Prifysgol Hywel Dda", "complaint",
        "--language", "cy",
    )  # fmt: skip
    for part in (
        "At: Y Tîm Pryderon (Gweithio i Wella)",
        "pryder o dan Gweithio i Wella (Putting Things Right)",
        "Ches i ddim gofal pan oedd ei angen arna i",
        "PC Okafor said I was a",  # the person's own words, as written
        "Y gwasanaethau dan sylw oedd: Adran achosion brys (A&E); Yr heddlu.",  # Welsh labels
        "o fewn 2 ddiwrnod gwaith",
        "o fewn 30 diwrnod gwaith",
        "Ombwdsmon Gwasanaethau Cyhoeddus Cymru",
        "Llais (llaiswales.org)",
        "12 mis",
    ):
        assert part in text, part
    for other_route in ("PALS", "PHSO", "Parliamentary", "3 diwrnod gwaith", "Healthwatch"):
        assert other_route not in text, other_route


def test_an_english_complaint_in_wales_takes_the_wales_route(cli, sample_vault, tmp_path):
    """The route follows where the organisation is, whatever the letter's language."""
    board = _letter_pdf(
        cli, sample_vault, tmp_path, "1", "Cardiff and Vale University Health Board", "complaint"
    )
    for part in (
        "To: The Concerns Team (Putting Things Right)",
        "as a concern under Putting Things Right",
        "within 2 working days",
        "within 30 working days",
        "Public Services Ombudsman for Wales",
        "Llais (llaiswales.org)",
        "in Welsh or in English",
    ):
        assert part in board, part
    for other_route in ("PALS", "Parliamentary", "3 working days", "Healthwatch"):
        assert other_route not in board, other_route
    # Police in Wales: the same law as England, so the IOPC, and no Ombudsman for Wales.
    police = _letter_pdf(cli, sample_vault, tmp_path, "1", "South Wales Police", "complaint")
    assert "Police Reform Act 2002" in police and "(IOPC)" in police
    assert "Public Services Ombudsman for Wales" not in police
    assert "Putting Things Right" not in police
    # A GP practice in Wales: its health board may take the concern instead.
    gp = _letter_pdf(
        cli, sample_vault, tmp_path, "2", "The Elms Surgery", "complaint", "--nation", "wales"
    )
    assert "health board's concerns team instead" in gp and "Practice Manager (concerns)" in gp


def test_a_welsh_complaint_to_england_keeps_the_english_route(cli, sample_vault, tmp_path):
    text = _letter_pdf(
        cli, sample_vault, tmp_path, "1", "Anytown NHS Foundation Trust", "complaint",
        "--language", "cy", "--nation", "england",
    )  # fmt: skip
    for part in (
        "Gwasanaeth Cyngor a Chyswllt Cleifion (PALS)",
        "3 diwrnod gwaith",
        "Parliamentary and Health Service Ombudsman, PHSO",
        "Ombwdsmon Gwasanaethau Cyhoeddus Cymru",  # still listed, for those in Wales
        "Healthwatch",
    ):
        assert part in text, part
    assert "Gweithio i Wella" not in text


@pytest.mark.parametrize(
    ("name", "nation"),
    [
        ("Hywel Dda University Health Board", "wales"),
        ("Bwrdd Iechyd Prifysgol Betsi Cadwaladr", "wales"),
        ("Welsh Ambulance Services University NHS Trust", "wales"),
        ("Heddlu Gogledd Cymru", "wales"),
        ("Cyngor Sir Ceredigion", "wales"),
        ("Gwent Police", "wales"),
        ("Anytown NHS Foundation Trust", "england"),
        ("Greater Anytown Constabulary", "england"),
    ],
)
def test_guess_nation(name, nation):
    from testimony.core.letters import guess_nation

    assert guess_nation(name) == nation
    assert guess_nation("The Elms Surgery", "wales") == "wales"  # the default when unknown
