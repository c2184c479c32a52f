import json
import unicodedata

import pytest

from testimony.core.errors import HeaderInvalid, WrongPassphrase
from testimony.crypto import header as hdr
from testimony.crypto.kdf import (
    MIN_ITERATIONS,
    MIN_LANES,
    MIN_MEMORY_KIB,
    KdfParams,
    calibrate,
    derive,
    minimum_params,
)
from testimony.crypto.recovery import BITS, new_recovery_code, normalise_recovery_code
from testimony.crypto.secret import SecretKey


def test_calibration_never_goes_below_the_floor():
    for target in (0, 0.05, 0.3):
        p = calibrate(target)
        assert p.memory_kib >= MIN_MEMORY_KIB
        assert p.iterations >= MIN_ITERATIONS
        assert p.lanes >= MIN_LANES


def test_calibration_raises_cost_towards_the_target():
    floor = minimum_params()
    higher = calibrate(0.4)
    assert higher.memory_kib * higher.iterations >= floor.memory_kib * floor.iterations


@pytest.mark.parametrize(
    ("field", "value"),
    [("memory_kib", MIN_MEMORY_KIB - 1024), ("iterations", 1), ("lanes", 1)],
)
def test_weak_parameters_are_refused(field, value):
    p = minimum_params()
    weak = KdfParams(**{**p.__dict__, field: value})
    with pytest.raises(HeaderInvalid):
        derive("x", weak)


def test_same_words_in_either_unicode_form_open_the_same_key():
    p = minimum_params()
    composed = unicodedata.normalize("NFC", "Zoë Ça va")
    decomposed = unicodedata.normalize("NFD", "Zoë Ça va")
    assert composed != decomposed
    assert derive(composed, p).bytes() == derive(decomposed, p).bytes()


def _header(passphrase: str = "pw") -> tuple[hdr.Header, SecretKey]:
    key = SecretKey.generate()
    vault_id = hdr.new_vault_id()
    slot = hdr.seal_slot(vault_id, "passphrase", passphrase, minimum_params(), key)
    return hdr.seal_header(vault_id, 0, (slot,), key), key


def _written(doc: dict) -> bytes:
    """A hand-edited header in the exact written form, so only the edit itself is tested."""
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode()


def test_slot_round_trip_and_wrong_passphrase():
    header, key = _header('it\'s "mine"; ok')
    again = hdr.load_header(hdr.dump_header(header))
    assert hdr.open_slot(again, "passphrase", 'it\'s "mine"; ok').bytes() == key.bytes()
    with pytest.raises(WrongPassphrase):
        hdr.open_slot(again, "passphrase", "its mine")


def test_raising_kdf_cost_in_the_header_also_fails():
    """Parameters are bound as associated data: any edit, up or down, breaks the slot."""
    header, _ = _header()
    doc = json.loads(hdr.dump_header(header))
    doc["slots"][0]["kdf"]["iterations"] = MIN_ITERATIONS + 1
    with pytest.raises(WrongPassphrase):
        hdr.open_slot(hdr.load_header(_written(doc)), "passphrase", "pw")


def test_lowering_kdf_cost_in_the_header_is_refused():
    header, _ = _header()
    doc = json.loads(hdr.dump_header(header))
    doc["slots"][0]["kdf"]["memory_kib"] = 8
    with pytest.raises(HeaderInvalid):
        hdr.load_header(_written(doc))


def test_vault_id_is_bound():
    header, _ = _header()
    doc = json.loads(hdr.dump_header(header))
    doc["vault_id"] = "0" * 32
    with pytest.raises(WrongPassphrase):
        hdr.open_slot(hdr.load_header(_written(doc)), "passphrase", "pw")


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"[]", b'{"format": "other"}', b"\xff\xfe", b"x" * 70_000]
)
def test_unreadable_headers_are_refused(raw):
    with pytest.raises(HeaderInvalid):
        hdr.load_header(raw)


def test_recovery_codes():
    assert BITS >= 128
    code = new_recovery_code()
    assert len(code.split("-")) == 7
    assert not set(code) & set("01OILUV")
    assert normalise_recovery_code(code.lower().replace("-", " ")) == code
    assert normalise_recovery_code(code[:-1] + "0") is None
    assert normalise_recovery_code("short") is None
    assert len({new_recovery_code() for _ in range(200)}) == 200


def test_keys_are_wiped_and_never_shown():
    key = SecretKey.generate()
    assert "hidden" in repr(key)
    key.wipe()
    assert key.wiped
    with pytest.raises(ValueError):
        key.bytes()
