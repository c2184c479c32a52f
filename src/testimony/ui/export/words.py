"""What the redaction codes mean, in plain words a person can act on.

core/redaction returns codes ("PERSON", "pattern:nhs_mod11", "role:police"); only here do
they become words, through Qt's translation. Each sentence is written out call by call so
pyside6-lupdate finds it. An unknown code still gets a sensible sentence, never the code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from testimony.core.review import FORCED_TYPE
from testimony.crypto.age import fingerprint

_CTX = "ExportWords"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _types() -> dict[str, str]:
    return {
        "PERSON": _t("a name"),
        "POLICE_OFFICER": _t("a police officer's name"),
        "STAFF": _t("a staff member's name"),
        "PLACE": _t("a place"),
        "ORGANISATION": _t("an organisation"),
        "ADDRESS": _t("an address"),
        "POSTCODE": _t("a postcode"),
        "PHONE": _t("a phone number"),
        "EMAIL": _t("an email address"),
        "URL": _t("a web address"),
        "HANDLE": _t("a social media name"),
        "NHS_NUMBER": _t("an NHS number"),
        "NI_NUMBER": _t("a National Insurance number"),
        "PASSPORT": _t("a passport number"),
        "DRIVING_LICENCE": _t("a driving licence number"),
        "VEHICLE_REG": _t("a number plate"),
        "CARD_NUMBER": _t("a bank card number"),
        "IBAN": _t("a bank account number"),
        "IP_ADDRESS": _t("a computer's internet address"),
        "REFERENCE": _t("a reference number"),
        "DATE": _t("a date"),
        "TIME": _t("a time"),
        "AGE": _t("an age"),
        "GROUP": _t("a group of people, like a nationality or faith"),
        "OTHER": _t("words you chose to take out"),
        FORCED_TYPE: _t("a detail of this computer"),
    }


def _reasons() -> dict[str, str]:
    return {
        "known:own_name": _t("you told us this is your name"),
        "known:nickname": _t("you told us this is a name people call you"),
        "known:person": _t("you told us this is someone you mention"),
        "known:place": _t("you told us this is a place you mention"),
        "known:address": _t("you told us this is your address"),
        "known:postcode": _t("you told us this is your postcode"),
        "known:phone": _t("you told us this is your phone number"),
        "known:email": _t("you told us this is your email address"),
        "known:nhs_number": _t("you told us this is your NHS number"),
        "known:date_of_birth": _t("you told us this is your date of birth"),
        "pattern:nhs_mod11": _t("it looks like an NHS number (the check digit fits)"),
        "pattern:ni_number": _t("it looks like a National Insurance number"),
        "pattern:postcode": _t("it looks like a postcode"),
        "pattern:postcode_district": _t("it looks like the first part of a postcode"),
        "pattern:passport": _t("it looks like a passport number"),
        "pattern:driving_licence": _t("it looks like a driving licence number"),
        "pattern:vehicle_reg": _t("it looks like a number plate"),
        "pattern:card_luhn": _t("it looks like a bank card number (the check digit fits)"),
        "pattern:iban_mod97": _t("it looks like a bank account number (the check digits fit)"),
        "pattern:email": _t("it looks like an email address"),
        "pattern:url": _t("it looks like a web address"),
        "pattern:handle": _t("it looks like a social media name"),
        "pattern:ipv4": _t("it looks like a computer's internet address"),
        "pattern:ipv6": _t("it looks like a computer's internet address"),
        "pattern:ssn": _t("it looks like a reference number"),
        "pattern:phone_gb": _t("it looks like a UK phone number"),
        "pattern:phone_intl": _t("it looks like a phone number"),
        "pattern:phone_us": _t("it looks like a phone number"),
        "context:phone": _t("it looks like a phone number, from the words around it"),
        "context:after_place": _t("it looks like a postcode written after a place"),
        "role:police": _t("a police title like PC or Sgt comes before it"),
        "role:doctor": _t("a title like Dr comes before it"),
        "role:nurse": _t("a title like Nurse or Sister comes before it"),
        "role:paramedic": _t("the word paramedic comes before it"),
        "role:judge": _t("a title like Judge comes before it"),
        "title": _t("a title like Mr or Mrs comes before it"),
        "cue:name": _t("words like “called” or “named” come before it"),
        "namelist": _t("it is a common first name"),
        "placelist": _t("it is the name of a place in the UK"),
        "grouplist": _t("it names a group of people, like a nationality or faith"),
        "capitalised": _t("a word with a capital letter that is not a common word"),
        "unknown_word": _t("a word that is not in our list of English words"),
        "org_suffix": _t("it ends like the name of an organisation, like Ltd or Trust"),
        "facility": _t("it ends like the name of a place, like Ward or Hospital"),
        "street_shape": _t("it looks like part of an address, like Road or Street"),
        "unit_number": _t("it looks like a flat or house number"),
        "prose:date": _t("it looks like a date"),
        "prose:time": _t("it looks like a time"),
        "prose:age": _t("it looks like someone's age"),
        "machine": _t("it is the name of this computer, your user name or a folder name"),
        "manual": _t("you chose to take it out"),
    }


def shown_code(recipient: str) -> str:
    """A key's short code for the screen, kept on one line (it is read in groups)."""
    return fingerprint(recipient).replace(" ", "\u00a0")


def type_words(span_type: str) -> str:
    """'a name', 'a phone number'… for a span type code."""
    return _types().get(span_type, _t("something that could identify someone"))


def reason_words(reason: str) -> str:
    """Why a span was found, for one reason code."""
    reasons = _reasons()
    if reason in reasons:
        return reasons[reason]
    if reason.startswith("role:"):
        return _t("a job title comes before it")
    if reason.startswith("context:"):
        return _t("it is a number written after a word like ref, case or crime")
    if reason.startswith("known:"):
        return _t("you told us about it")
    return _t("it looks like something that could identify someone")


def why_found(reasons: tuple[str, ...]) -> str:
    """Every reason a span was found, as one phrase ('… and …')."""
    phrases = list(dict.fromkeys(reason_words(r) for r in reasons))
    if not phrases:
        return reason_words("")
    if len(phrases) == 1:
        return phrases[0]
    return _t("%1, and %2").replace("%1", "; ".join(phrases[:-1])).replace("%2", phrases[-1])
