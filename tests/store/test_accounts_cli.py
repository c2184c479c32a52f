"""`account add` and `account list`: the JSON shape of docs/architecture.md,
"Command line"."""

from __future__ import annotations

import json

import pytest

from tests.helpers import PASSPHRASE


def add(cli, vault, payload) -> object:
    body = payload if isinstance(payload, str) else json.dumps(payload)
    return cli(["account", "add", vault, "--json", "-"], stdin=PASSPHRASE + "\n" + body)


def listing(cli, vault, *extra):
    result = cli(["account", "list", vault, "--json", *extra], stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_full_shape_round_trips(vault_dir, cli):
    given = {
        "form": "crisis-account",
        "form_version": 1,
        "answers": {
            "services": ["police", "ae"],
            "when": "2024-03-14",
            "impact": 4,
            "what_happened": "They said I was a “high intensity user”.",
            "threats": ["prosecution"],
        },
        "consent": "words",
        "supported": True,
        "status": "draft",
    }
    assert add(cli, vault_dir, given).code == 0
    [got] = listing(cli, vault_dir)
    assert got["answers"] == {**given["answers"], "services": ["ae", "police"]}
    assert {k: got[k] for k in ("form", "form_version", "consent", "supported", "status")} == {
        "form": "crisis-account",
        "form_version": 1,
        "consent": "words",
        "supported": True,
        "status": "draft",
    }
    assert {"id", "created", "updated"} <= set(got)


def test_defaults(vault_dir, cli):
    assert add(cli, vault_dir, {"answers": {"what_happened": "x"}}).code == 0
    [got] = listing(cli, vault_dir)
    assert (got["form_version"], got["consent"], got["supported"], got["status"]) == (
        1,
        "private",
        False,
        "complete",
    )


def test_a_list_is_all_or_nothing(vault_dir, cli):
    batch = [{"answers": {"what_happened": "good"}}, {"answers": {"services": ["spaceship"]}}]
    result = add(cli, vault_dir, batch)
    assert result.code != 0
    assert "Question 'services'" in result.err and "spaceship" in result.err
    assert listing(cli, vault_dir) == []


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "holds no accounts"),
        ({"answers": {"colour": "red"}}, "Question 'colour'"),
        ({"form": "other-form"}, "question set this version of Testimony does not know"),
        ({"form_version": 7}, "does not know"),
        ({"consent": "everyone"}, "'consent' must be"),
        ({"supported": "yes"}, "'supported' must be"),
        ({"answers": {}, "extra": 1}, "unknown field 'extra'"),
        (["x"], "not a JSON object"),
    ],
)
def test_bad_input_is_refused_clearly(vault_dir, cli, payload, words):
    result = add(cli, vault_dir, payload)
    assert result.code != 0
    assert words in result.err
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_missing_json_file(vault_dir, cli, tmp_path):
    result = cli(
        ["account", "add", vault_dir, "--json", tmp_path / "none.json"], stdin=PASSPHRASE + "\n"
    )
    assert result.code != 0 and "no file" in result.err


def test_search_uses_the_index(vault_dir, cli, tmp_path):
    f = tmp_path / "a.json"
    f.write_text(
        json.dumps(
            [
                {"answers": {"what_happened": "The paramedics were kind to me."}},
                {"answers": {"what_happened": "Police came instead of the crisis team."}},
                {"answers": {"would_have_helped": "Someone who listened. Café staff helped."}},
            ]
        )
    )
    assert cli(["account", "add", vault_dir, "--json", f], stdin=PASSPHRASE + "\n").code == 0
    found = lambda text: [a["answers"] for a in listing(cli, vault_dir, "--search", text)]  # noqa: E731
    assert len(found("police")) == 1
    assert len(found("paramed")) == 1  # prefix
    assert len(found("cafe")) == 1  # accents folded
    assert found("police kind") == []  # every word must match
    assert found('"; DROP TABLE accounts --') == []  # search syntax is never interpreted
    assert len(listing(cli, vault_dir)) == 3
    plain = cli(["account", "list", vault_dir, "--search", "zebra"], stdin=PASSPHRASE + "\n")
    assert plain.out.strip() == "No accounts match."


def test_version_flag(cli):
    assert cli(["--version"]).out.startswith("testimony ")
