"""docs/architecture.md, promise 1: the app never opens a network connection."""

from __future__ import annotations

import json
import socket

from tests.helpers import PASSPHRASE, account
from tests.socket_audit import no_sockets


def test_the_hook_sees_a_socket():
    with no_sockets() as events:
        socket.socket().close()
    assert events, "the audit hook must notice a socket, or the test below proves nothing"


def test_whole_cli_workflow_opens_no_socket(tmp_path, cli):
    vault = tmp_path / "v.testimony"
    with no_sockets() as events:
        assert cli(["vault", "create", vault, "--recovery-code"], stdin=PASSPHRASE + "\n").code == 0
        body = json.dumps([account(what_happened="words"), account(services=["police"])])
        assert (
            cli(["account", "add", vault, "--json", "-"], stdin=f"{PASSPHRASE}\n{body}").code == 0
        )
        assert cli(["account", "list", vault], stdin=PASSPHRASE + "\n").code == 0
        assert (
            cli(
                ["account", "list", vault, "--search", "words", "--json"], stdin=PASSPHRASE + "\n"
            ).code
            == 0
        )
        assert cli(["vault", "check", vault], stdin=PASSPHRASE + "\n").code == 0
        assert (
            cli(["vault", "backup", vault, "--out", tmp_path / "b"], stdin=PASSPHRASE + "\n").code
            == 0
        )
        assert (
            cli(
                ["vault", "restore", tmp_path / "b", tmp_path / "r.testimony"],
                stdin=PASSPHRASE + "\n",
            ).code
            == 0
        )
        assert cli(["vault", "passwd", vault], stdin=f"{PASSPHRASE}\nnew\n").code == 0
        assert cli(["account", "list", vault], stdin="wrong\n").code != 0
    assert events == []
