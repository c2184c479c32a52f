"""Argon2id key derivation, with a floor that nothing may go below and a calibration that
goes above it until derivation takes about the target time on this machine."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from testimony.core.errors import HeaderInvalid
from testimony.crypto.secret import KEY_BYTES, SecretKey, passphrase_bytes, wipe, wipe_bytes

# RFC 9106 §4, second recommended option: 64 MiB, 3 passes, 4 lanes. Never less.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MIN_LANES = 4
# Past this much memory we add passes instead: a shared laptop may not have more to spare.
CALIBRATE_MEMORY_CAP_KIB = 256 * 1024
# Upper bounds keep a header from a hostile source from making us allocate or compute
# without limit: they are checked when the header is read, before any Argon2id runs.
# Calibration never goes past 256 MiB or 16 passes, so 1 GiB and a total of 4 GiB-passes
# leave room for a faster machine and still fail in seconds, not minutes.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 16
MAX_LANES = 16
MAX_COST_KIB_PASSES = CALIBRATE_MEMORY_CAP_KIB * MAX_ITERATIONS
SALT_BYTES = 16
DEFAULT_TARGET_SECONDS = 0.5


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def check(self) -> None:
        """Refuse parameters below the floor (a downgraded header), absurdly high, or not
        whole numbers (a float or a string in a hostile header)."""
        numbers = (self.memory_kib, self.iterations, self.lanes)
        if any(type(n) is not int for n in numbers) or type(self.salt) is not bytes:
            raise HeaderInvalid("kdf parameters are not whole numbers")
        if not (MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
            raise HeaderInvalid("kdf memory out of range")
        if not (MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS):
            raise HeaderInvalid("kdf iterations out of range")
        if not (MIN_LANES <= self.lanes <= MAX_LANES):
            raise HeaderInvalid("kdf lanes out of range")
        if self.memory_kib * self.iterations > MAX_COST_KIB_PASSES:
            raise HeaderInvalid("kdf cost out of range")
        if len(self.salt) != SALT_BYTES:
            raise HeaderInvalid("kdf salt has the wrong length")

    def with_new_salt(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.lanes, os.urandom(SALT_BYTES))


def minimum_params() -> KdfParams:
    return KdfParams(MIN_MEMORY_KIB, MIN_ITERATIONS, MIN_LANES, os.urandom(SALT_BYTES))


def derive(secret: str, params: KdfParams) -> SecretKey:
    params.check()
    material = passphrase_bytes(secret)
    frozen = bytes(material)  # the library wants bytes; wiped below like the bytearray
    try:
        kdf = Argon2id(
            salt=params.salt,
            length=KEY_BYTES,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        )
        return SecretKey(kdf.derive(frozen))  # SecretKey wipes the bytes it is given
    finally:
        wipe(material)
        wipe_bytes(frozen)


def calibrate(target_seconds: float | None = None) -> KdfParams:
    """Parameters at or above the floor that take about `target_seconds` here.

    The target comes from TESTIMONY_KDF_SECONDS when set (tests use 0 to stay at the floor);
    it can only raise the cost above the floor, never lower it.
    """
    if target_seconds is None:
        target_seconds = _target_from_env()
    params = minimum_params()
    if target_seconds <= 0:
        return params
    elapsed = _time_once(params)
    if elapsed >= target_seconds:
        return params
    memory, iterations = MIN_MEMORY_KIB, MIN_ITERATIONS
    # Cost is not quite linear in memory (caches), so estimate, measure, and correct twice.
    for _ in range(3):
        factor = target_seconds / elapsed
        if 0.8 <= factor <= 1.25:
            break
        cost = memory * iterations * factor
        memory = max(MIN_MEMORY_KIB, min(CALIBRATE_MEMORY_CAP_KIB, int(cost / MIN_ITERATIONS)))
        memory -= memory % 1024
        iterations = max(MIN_ITERATIONS, min(MAX_ITERATIONS, round(cost / memory)))
        elapsed = _time_once(KdfParams(memory, iterations, MIN_LANES, params.salt))
    return KdfParams(memory, iterations, MIN_LANES, params.salt)


def _target_from_env() -> float:
    raw = os.environ.get("TESTIMONY_KDF_SECONDS")
    if raw is None:
        return DEFAULT_TARGET_SECONDS
    try:
        return max(0.0, min(10.0, float(raw)))
    except ValueError:
        return DEFAULT_TARGET_SECONDS


def _time_once(params: KdfParams) -> float:
    start = time.perf_counter()
    derive("calibration", params).wipe()
    return max(time.perf_counter() - start, 1e-3)
