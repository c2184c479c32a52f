"""An NHS number whose check digit is 0 (the weighted sum is a multiple of 11, so
11 - 0 = 11, which the rule writes as 0). A mutation that dropped that case went unnoticed:
such numbers, about one in eleven of all real ones, would then leave unredacted."""

from __future__ import annotations

import pytest

from testimony.core.redaction import detect
from testimony.core.redaction.checksums import nhs_number_ok

CHECK_ZERO = ("9434765080", "4120000060")


@pytest.mark.parametrize("number", CHECK_ZERO)
def test_the_checksum_accepts_check_digit_zero(number):
    assert sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1), strict=True)) % 11 == 0
    assert nhs_number_ok(number)
    # The same digits with any other last digit are not an NHS number.
    assert not any(nhs_number_ok(number[:9] + str(d)) for d in range(1, 10))


@pytest.mark.parametrize("number", CHECK_ZERO)
def test_the_detector_finds_it_as_an_nhs_number(number):
    written = f"{number[:3]} {number[3:6]} {number[6:]}"
    text = f"My NHS number is {written} and they had it on file."
    start = text.index(written)
    spans = [s for s in detect(text) if s.type == "NHS_NUMBER"]
    assert any(s.start <= start and start + len(written) <= s.end for s in spans), spans
