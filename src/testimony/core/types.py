"""Plain data that crosses layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from testimony.core.consent import Level
from testimony.core.forms import AnswerValue


class Status(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


@dataclass(frozen=True)
class NewAccount:
    form_id: str
    form_version: int
    answers: dict[str, AnswerValue]
    status: Status = Status.DRAFT
    supported: bool = False


@dataclass(frozen=True)
class Account:
    id: int
    form_id: str
    form_version: int
    answers: dict[str, AnswerValue] = field(hash=False)
    status: Status
    supported: bool
    created: str
    updated: str
    consent: Level


@dataclass(frozen=True)
class AccountRow:
    """What a list of accounts shows: no answers beyond a short title."""

    id: int
    created: str
    updated: str
    status: Status
    consent: Level
    supported: bool
    title: str
    when: str
    # Its place in the list: the most recently saved account has the lowest (the key that
    # pages of the list follow on from).
    place: int = 0
