"""Checking a decrypted bundle or withdrawal notice before anything of it is applied.

Order: size, UTF-8, JSON (with a nesting guard), which format, the JSON Schema (Draft
2020-12, through the `jsonschema` library), then what a schema cannot say: export ids that
repeat, forms this app knows, question and option ids that fit the form. Any failure raises
BundleInvalid with a stable `reason` code (and for the schema, `where`: a path made only of
field names and positions, never of the file's content).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from testimony.coalition.analysis import facet
from testimony.core.errors import BundleInvalid, FormError
from testimony.core.forms import Form, load_form, validate_answers
from testimony.core.resources import read_text
from testimony.store.workspace_records import RecordRow

EXPORT_FORMAT = "testimony-export/2"
# Every export format this version imports, with the name of its published schema.
EXPORT_FORMATS = {"testimony-export/1": "testimony-export-1", EXPORT_FORMAT: "testimony-export-2"}
WITHDRAWAL_FORMAT = "testimony-withdrawal/1"
MiB = 1024 * 1024
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_SAFE_KEY = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")


@dataclass(frozen=True)
class Limits:
    sealed_bytes: int = 64 * MiB  # checked before decrypting
    plain_bytes: int = 256 * MiB  # checked after
    max_depth: int = 16  # the formats nest 5 deep; anything far deeper is not ours


@dataclass(frozen=True)
class ExportBundle:
    exported: str
    records: tuple[RecordRow, ...]
    format: str = EXPORT_FORMAT


@dataclass(frozen=True)
class WithdrawalNotice:
    withdrawals: tuple[tuple[str, str], ...]  # (export id, secret)


def parse(plaintext: bytes, limits: Limits) -> ExportBundle | WithdrawalNotice:
    """The checked contents of a decrypted file, or BundleInvalid."""
    if len(plaintext) > limits.plain_bytes:
        raise BundleInvalid("decrypted file over the size limit", reason="too_large_decrypted")
    doc = _load_json(plaintext, limits.max_depth)
    fmt = doc.get("format") if isinstance(doc, dict) else None
    if isinstance(fmt, str) and fmt in EXPORT_FORMATS:  # a list or object is not hashable
        _check_export_schema(doc, EXPORT_FORMATS[fmt])
        return _export(doc)
    if fmt == WITHDRAWAL_FORMAT:
        _first_error(_withdrawal_validator(), doc, ())
        return _notice(doc)
    if isinstance(fmt, str) and fmt.startswith(("testimony-export/", "testimony-withdrawal/")):
        raise BundleInvalid("format version not known", reason="unknown_version")
    raise BundleInvalid("not a Testimony file", reason="not_testimony")


# -- JSON ----------------------------------------------------------------------------------


def _refuse_constant(name: str) -> None:
    raise ValueError(f"not JSON: {name}")


def _load_json(data: bytes, max_depth: int) -> Any:
    try:
        text = data.decode("utf-8")
        doc = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise BundleInvalid("nested too deeply", reason="too_deep") from None
    except (UnicodeDecodeError, ValueError):
        raise BundleInvalid("not JSON", reason="not_json") from None
    if _depth(doc) > max_depth:
        raise BundleInvalid("nested too deeply", reason="too_deep")
    return doc


def _depth(doc: Any) -> int:
    """How deeply lists and objects nest, without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest


# -- the schemas ---------------------------------------------------------------------------


@cache
def _withdrawal_validator() -> Draft202012Validator:
    withdrawal = json.loads(read_text("schemas", "testimony-withdrawal-1.schema.json"))
    Draft202012Validator.check_schema(withdrawal)
    return Draft202012Validator(withdrawal)


@cache
def _validators(name: str = EXPORT_FORMATS[EXPORT_FORMAT]) -> dict[str, Draft202012Validator]:
    """The export schema, split into parts that are checked separately but mean exactly the
    same: the envelope, each record's shape, and each *distinct* answer value. Records
    repeat the same few shapes and values (option ids, months) thousands of times, so
    checking each distinct one once makes validating 100,000 records affordable (checked
    whole, jsonschema takes ~0.3 ms a record). A hypothesis test checks on random
    documents that the split agrees exactly with the whole schema."""
    export = json.loads(read_text("schemas", f"{name}.schema.json"))
    Draft202012Validator.check_schema(export)
    envelope = copy.deepcopy(export)
    envelope["properties"]["records"]["items"] = True
    record = copy.deepcopy(export["$defs"]["record"])
    value = record["properties"]["answers"]["additionalProperties"]
    record["properties"]["answers"]["additionalProperties"] = True
    return {
        "full": Draft202012Validator(export),
        "envelope": Draft202012Validator(envelope),
        "record": Draft202012Validator(record),
        "value": Draft202012Validator(value),
    }


def _first_error(
    validator: Draft202012Validator, instance: Any, prefix: tuple[str | int, ...]
) -> None:
    error = next(validator.iter_errors(instance), None)
    if error is not None:
        where = "/".join(_safe(p) for p in (*prefix, *error.absolute_path))
        raise BundleInvalid("does not match the schema", reason="schema", where=where or "/")


def _safe(part: object) -> str:
    """A path step that cannot carry content: positions and plain field names only."""
    if isinstance(part, int):
        return str(part)
    return part if isinstance(part, str) and _SAFE_KEY.match(part) else "…"


@dataclass(frozen=True)
class _Shape:
    """What makes one record's check the same as another's (see `_shape`), from the schema
    file itself so the two cannot drift apart."""

    patterns: tuple[tuple[str, re.Pattern[str], str], ...]  # field, pattern, a value it fits
    text_max: int


@cache
def _shape_rules(name: str) -> _Shape:
    record = json.loads(read_text("schemas", f"{name}.schema.json"))["$defs"]["record"]
    props = record["properties"]
    patterns = []
    for name, stand_in in (("export_id", "0" * 32), ("withdrawal_hash", "0" * 64)):
        rule = props[name]
        assert set(rule) - {"description"} == {"type", "pattern"} and rule["type"] == "string"
        compiled = re.compile(rule["pattern"])
        assert compiled.search(stand_in)
        patterns.append((name, compiled, stand_in))
    texts = props["texts"]["additionalProperties"]
    assert texts == {"type": "string", "maxLength": texts["maxLength"]}
    return _Shape(tuple(patterns), int(texts["maxLength"]))


def _shape(rec: Any, name: str) -> str | None:
    """A record with every part that the schema checks on its own replaced by a stand-in
    that passes the same check: the random ids (when they fit their pattern), the words
    (when short enough), the answer values (checked apart). Records with the same shape
    pass or fail the record schema together, so the validator runs once per shape — a few
    dozen per bundle instead of one per record."""
    if type(rec) is not dict:
        return None
    rules = _shape_rules(name)
    shape = dict(rec)
    for name, pattern, stand_in in rules.patterns:
        value = shape.get(name)
        if type(value) is str and pattern.search(value):
            shape[name] = stand_in
    if type(shape.get("answers")) is dict:
        shape["answers"] = dict.fromkeys(shape["answers"], 0)
    if type(shape.get("texts")) is dict:
        shape["texts"] = {
            k: "" if type(v) is str and len(v) <= rules.text_max else v
            for k, v in shape["texts"].items()
        }
    return json.dumps(shape, sort_keys=True)


def _check_export_schema(doc: dict[str, Any], name: str) -> None:
    v = _validators(name)
    _first_error(v["envelope"], doc, ())
    seen: set[object] = set()
    shapes: set[str] = set()
    for index, rec in enumerate(doc["records"]):
        shape = _shape(rec, name)
        if shape is None or shape not in shapes:
            _first_error(v["record"], rec, ("records", index))
            if shape is not None:
                shapes.add(shape)
        for qid, answer in rec["answers"].items():
            key = _value_key(answer)
            if key is None or key not in seen:
                _first_error(v["value"], answer, ("records", index, "answers", qid))
                if key is not None:
                    seen.add(key)


def _value_key(value: Any) -> object | None:
    """A hashable stand-in that only equal, same-typed values share (True == 1 in Python,
    so booleans and anything unusual are always checked afresh)."""
    if type(value) in (str, int):
        return (type(value).__name__, value)
    if type(value) is list and all(type(x) is str for x in value):
        return ("list", tuple(value))
    return None


def is_valid_export(doc: Any, name: str = EXPORT_FORMATS[EXPORT_FORMAT]) -> bool:
    """The whole schema, in one piece: for tests that the split check agrees with it."""
    return bool(_validators(name)["full"].is_valid(doc))


# -- what the schema cannot say ------------------------------------------------------------


def _export(doc: dict[str, Any]) -> ExportBundle:
    listed = {(f["id"], f["version"]) for f in doc["forms"]}
    ids = [r["export_id"] for r in doc["records"]]
    if len(set(ids)) != len(ids):
        raise BundleInvalid("export ids repeat", reason="duplicate_ids")
    rows = []
    memo: dict[tuple[Any, ...], Any] = {}
    for index, rec in enumerate(doc["records"]):
        key = (rec["form"], rec["form_version"])
        if key not in listed:
            raise BundleInvalid("record's form not listed", reason="form_not_listed")
        form = _form(*key)
        answers = _answers(form, rec["answers"], index, memo)
        texts = _texts(form, rec.get("texts"), index)
        rows.append(
            RecordRow(
                export_id=rec["export_id"],
                withdrawal_hash=rec["withdrawal_hash"],
                consent=rec["consent"],
                form=rec["form"],
                form_version=rec["form_version"],
                exported=doc["exported"],
                answers=answers,
                texts=texts,
                quote=bool(rec.get("quote", False)),
                facet=facet(answers),
                # Version 1 could not say: not known, so never treated as reviewed.
                reviewed=rec.get("reviewed") if texts else None,
            )
        )
    return ExportBundle(doc["exported"], tuple(rows), doc["format"])


@cache
def _form(form_id: str, version: int) -> Form:
    try:
        return load_form(form_id, version)
    except FormError:
        raise BundleInvalid("form not known", reason="unknown_form") from None


_SKIPPED = object()  # an empty answer: a skipped question


def _answers(
    form: Form, answers: dict[str, Any], index: int, memo: dict[tuple[Any, ...], Any]
) -> dict[str, Any]:
    """The answers, checked against the form and normalised. Each distinct (question,
    value) is checked once per file: the same few options recur in every record."""
    clean: dict[str, Any] = {}
    for qid, value in answers.items():
        vkey = _value_key(value)
        key = (form.id, form.version, qid, vkey)
        checked = memo.get(key) if vkey is not None else None
        if checked is None:
            checked = _one_answer(form, qid, value, f"records/{index}/answers")
            if vkey is not None:
                memo[key] = checked
        if checked is not _SKIPPED:
            clean[qid] = checked
    return clean


def _one_answer(form: Form, qid: str, value: Any, where: str) -> Any:
    try:
        got = validate_answers(form, {qid: value})
    except FormError:
        raise BundleInvalid(
            "answer does not fit the form", reason="invalid_answers", where=where
        ) from None
    if qid not in got:
        return _SKIPPED
    q = form.question(qid)
    # Structured answers only, as the form's export rules leave them: no free text, no
    # question that is never exported, dates no finer than a month.
    if q.is_free_text or q.export == "never":
        raise BundleInvalid("answer not allowed", reason="invalid_answers", where=where)
    if q.type == "date" and not _MONTH.match(str(got[qid])):
        raise BundleInvalid("date finer than a month", reason="invalid_answers", where=where)
    return got[qid]


def _texts(form: Form, texts: dict[str, str] | None, index: int) -> dict[str, str] | None:
    if not texts:
        return None
    allowed = {q.id for q in form.text_questions if q.export == "redact"}
    if not set(texts) <= allowed:
        where = f"records/{index}/texts"
        raise BundleInvalid("text for an unknown question", reason="invalid_texts", where=where)
    return dict(texts)


def _notice(doc: dict[str, Any]) -> WithdrawalNotice:
    pairs = tuple((w["export_id"], w["secret"]) for w in doc["withdrawals"])
    if len({p[0] for p in pairs}) != len(pairs):
        raise BundleInvalid("export ids repeat", reason="duplicate_ids")
    return WithdrawalNotice(pairs)
