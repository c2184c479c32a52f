"""What the redaction codes mean, in plain words a person can act on.

core/redaction returns codes ("PERSON", "pattern:nhs_mod11", "role:police"); only here do
they become words, through Qt's translation. Each sentence is written out call by call so
pyside6-lupdate finds it. An unknown code still gets a sensible sentence, never the code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from testimony.core.review import FORCED_TYPE
from testimony.services.sharing import fingerprint


def _types() -> dict[str, str]:
    return {
        "PERSON": QCoreApplication.translate("ExportWords", "a name"),
        "POLICE_OFFICER": QCoreApplication.translate("ExportWords", "a police officer's name"),
        "STAFF": QCoreApplication.translate("ExportWords", "a staff member's name"),
        "PLACE": QCoreApplication.translate("ExportWords", "a place"),
        "ORGANISATION": QCoreApplication.translate("ExportWords", "an organisation"),
        "ADDRESS": QCoreApplication.translate("ExportWords", "an address"),
        "POSTCODE": QCoreApplication.translate("ExportWords", "a postcode"),
        "PHONE": QCoreApplication.translate("ExportWords", "a phone number"),
        "EMAIL": QCoreApplication.translate("ExportWords", "an email address"),
        "URL": QCoreApplication.translate("ExportWords", "a web address"),
        "HANDLE": QCoreApplication.translate("ExportWords", "a social media name"),
        "NHS_NUMBER": QCoreApplication.translate("ExportWords", "an NHS number"),
        "NI_NUMBER": QCoreApplication.translate("ExportWords", "a National Insurance number"),
        "PASSPORT": QCoreApplication.translate("ExportWords", "a passport number"),
        "DRIVING_LICENCE": QCoreApplication.translate("ExportWords", "a driving licence number"),
        "VEHICLE_REG": QCoreApplication.translate("ExportWords", "a number plate"),
        "CARD_NUMBER": QCoreApplication.translate("ExportWords", "a bank card number"),
        "IBAN": QCoreApplication.translate("ExportWords", "a bank account number"),
        "IP_ADDRESS": QCoreApplication.translate("ExportWords", "a computer's internet address"),
        "REFERENCE": QCoreApplication.translate("ExportWords", "a reference number"),
        "DATE": QCoreApplication.translate("ExportWords", "a date"),
        "TIME": QCoreApplication.translate("ExportWords", "a time"),
        "AGE": QCoreApplication.translate("ExportWords", "an age"),
        "GROUP": QCoreApplication.translate(
            "ExportWords", "a group of people, like a nationality or faith"
        ),
        "OTHER": QCoreApplication.translate("ExportWords", "words you chose to take out"),
        FORCED_TYPE: QCoreApplication.translate("ExportWords", "a detail of this computer"),
    }


def _reasons() -> dict[str, str]:
    return {
        "known:own_name": QCoreApplication.translate(
            "ExportWords", "you told us this is your name"
        ),
        "known:nickname": QCoreApplication.translate(
            "ExportWords", "you told us this is a name people call you"
        ),
        "known:person": QCoreApplication.translate(
            "ExportWords", "you told us this is someone you mention"
        ),
        "known:place": QCoreApplication.translate(
            "ExportWords", "you told us this is a place you mention"
        ),
        "known:address": QCoreApplication.translate(
            "ExportWords", "you told us this is your address"
        ),
        "known:postcode": QCoreApplication.translate(
            "ExportWords", "you told us this is your postcode"
        ),
        "known:phone": QCoreApplication.translate(
            "ExportWords", "you told us this is your phone number"
        ),
        "known:email": QCoreApplication.translate(
            "ExportWords", "you told us this is your email address"
        ),
        "known:nhs_number": QCoreApplication.translate(
            "ExportWords", "you told us this is your NHS number"
        ),
        "known:date_of_birth": QCoreApplication.translate(
            "ExportWords", "you told us this is your date of birth"
        ),
        "pattern:nhs_mod11": QCoreApplication.translate(
            "ExportWords", "it looks like an NHS number (the check digit fits)"
        ),
        "pattern:ni_number": QCoreApplication.translate(
            "ExportWords", "it looks like a National Insurance number"
        ),
        "pattern:postcode": QCoreApplication.translate("ExportWords", "it looks like a postcode"),
        "pattern:postcode_district": QCoreApplication.translate(
            "ExportWords", "it looks like the first part of a postcode"
        ),
        "pattern:passport": QCoreApplication.translate(
            "ExportWords", "it looks like a passport number"
        ),
        "pattern:driving_licence": QCoreApplication.translate(
            "ExportWords", "it looks like a driving licence number"
        ),
        "pattern:vehicle_reg": QCoreApplication.translate(
            "ExportWords", "it looks like a number plate"
        ),
        "pattern:card_luhn": QCoreApplication.translate(
            "ExportWords", "it looks like a bank card number (the check digit fits)"
        ),
        "pattern:iban_mod97": QCoreApplication.translate(
            "ExportWords", "it looks like a bank account number (the check digits fit)"
        ),
        "pattern:email": QCoreApplication.translate(
            "ExportWords", "it looks like an email address"
        ),
        "pattern:url": QCoreApplication.translate("ExportWords", "it looks like a web address"),
        "pattern:handle": QCoreApplication.translate(
            "ExportWords", "it looks like a social media name"
        ),
        "pattern:ipv4": QCoreApplication.translate(
            "ExportWords", "it looks like a computer's internet address"
        ),
        "pattern:ipv6": QCoreApplication.translate(
            "ExportWords", "it looks like a computer's internet address"
        ),
        "pattern:ssn": QCoreApplication.translate(
            "ExportWords", "it looks like a reference number"
        ),
        "pattern:phone_gb": QCoreApplication.translate(
            "ExportWords", "it looks like a UK phone number"
        ),
        "pattern:phone_intl": QCoreApplication.translate(
            "ExportWords", "it looks like a phone number"
        ),
        "pattern:phone_us": QCoreApplication.translate(
            "ExportWords", "it looks like a phone number"
        ),
        "context:phone": QCoreApplication.translate(
            "ExportWords", "it looks like a phone number, from the words around it"
        ),
        "context:after_place": QCoreApplication.translate(
            "ExportWords", "it looks like a postcode written after a place"
        ),
        "role:police": QCoreApplication.translate(
            "ExportWords", "a police title like PC or Sgt comes before it"
        ),
        "role:doctor": QCoreApplication.translate("ExportWords", "a title like Dr comes before it"),
        "role:nurse": QCoreApplication.translate(
            "ExportWords", "a title like Nurse or Sister comes before it"
        ),
        "role:paramedic": QCoreApplication.translate(
            "ExportWords", "the word paramedic comes before it"
        ),
        "role:judge": QCoreApplication.translate(
            "ExportWords", "a title like Judge comes before it"
        ),
        "title": QCoreApplication.translate(
            "ExportWords", "a title like Mr or Mrs comes before it"
        ),
        "cue:name": QCoreApplication.translate(
            "ExportWords", "words like “called” or “named” come before it"
        ),
        "namelist": QCoreApplication.translate("ExportWords", "it is a common first name"),
        "placelist": QCoreApplication.translate(
            "ExportWords", "it is the name of a place in the UK"
        ),
        "grouplist": QCoreApplication.translate(
            "ExportWords", "it names a group of people, like a nationality or faith"
        ),
        "capitalised": QCoreApplication.translate(
            "ExportWords", "a word with a capital letter that is not a common word"
        ),
        "unknown_word": QCoreApplication.translate(
            "ExportWords", "a word that is not in our list of English words"
        ),
        "org_suffix": QCoreApplication.translate(
            "ExportWords", "it ends like the name of an organisation, like Ltd or Trust"
        ),
        "facility": QCoreApplication.translate(
            "ExportWords", "it ends like the name of a place, like Ward or Hospital"
        ),
        "street_shape": QCoreApplication.translate(
            "ExportWords", "it looks like part of an address, like Road or Street"
        ),
        "unit_number": QCoreApplication.translate(
            "ExportWords", "it looks like a flat or house number"
        ),
        "prose:date": QCoreApplication.translate("ExportWords", "it looks like a date"),
        "prose:time": QCoreApplication.translate("ExportWords", "it looks like a time"),
        "prose:age": QCoreApplication.translate("ExportWords", "it looks like someone's age"),
        "machine": QCoreApplication.translate(
            "ExportWords", "it is the name of this computer, your user name or a folder name"
        ),
        "manual": QCoreApplication.translate("ExportWords", "you chose to take it out"),
    }


def shown_code(recipient: str) -> str:
    """A key's short code for the screen, kept on one line (it is read in groups)."""
    return fingerprint(recipient).replace(" ", "\u00a0")


def type_words(span_type: str) -> str:
    """'a name', 'a phone number'… for a span type code."""
    return _types().get(
        span_type,
        QCoreApplication.translate("ExportWords", "something that could identify someone"),
    )


def reason_words(reason: str) -> str:
    """Why a span was found, for one reason code."""
    reasons = _reasons()
    if reason in reasons:
        return reasons[reason]
    if reason.startswith("role:"):
        return QCoreApplication.translate("ExportWords", "a job title comes before it")
    if reason.startswith("context:"):
        return QCoreApplication.translate(
            "ExportWords", "it is a number written after a word like ref, case or crime"
        )
    if reason.startswith("known:"):
        return QCoreApplication.translate("ExportWords", "you told us about it")
    return QCoreApplication.translate(
        "ExportWords", "it looks like something that could identify someone"
    )


def why_found(reasons: tuple[str, ...]) -> str:
    """Every reason a span was found, as one phrase ('… and …')."""
    phrases = list(dict.fromkeys(reason_words(r) for r in reasons))
    if not phrases:
        return reason_words("")
    if len(phrases) == 1:
        return phrases[0]
    return (
        QCoreApplication.translate("ExportWords", "%1, and %2")
        .replace("%1", "; ".join(phrases[:-1]))
        .replace("%2", phrases[-1])
    )
