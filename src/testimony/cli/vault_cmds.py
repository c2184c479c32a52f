"""`testimony vault …`: create, check, passwd, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from testimony.cli.common import CliError, PassphraseReader
from testimony.crypto.recovery import BITS
from testimony.services import backup, vault
from testimony.services.session import Session


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("vault", help="create, check and look after vaults")
    vsub = p.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    c = vsub.add_parser("create", help="create a new vault (a folder)")
    c.add_argument("path", type=Path)
    c.add_argument(
        "--recovery-code",
        action="store_true",
        help="also make a recovery code, shown once, that can open the vault",
    )
    c.set_defaults(func=cmd_create)

    k = vsub.add_parser("check", help="check that a vault is whole")
    k.add_argument("path", type=Path)
    k.set_defaults(func=cmd_check)

    w = vsub.add_parser("passwd", help="change a vault's passphrase")
    w.add_argument("path", type=Path)
    w.add_argument(
        "--recovery-code",
        action="store_true",
        help="open with the recovery code instead of the old passphrase",
    )
    w.add_argument(
        "--new-recovery-code",
        action="store_true",
        help="also make a new recovery code, shown once (the old one stops working either way)",
    )
    w.set_defaults(func=cmd_passwd)

    b = vsub.add_parser("backup", help="write an encrypted one-file backup")
    b.add_argument("path", type=Path)
    b.add_argument("--out", type=Path, required=True)
    b.set_defaults(func=cmd_backup)

    r = vsub.add_parser("restore", help="make a vault from a backup file")
    r.add_argument("backup", type=Path)
    r.add_argument("path", type=Path)
    r.set_defaults(func=cmd_restore)


def cmd_create(args: argparse.Namespace) -> int:
    passphrase = PassphraseReader().read_new("Passphrase for the new vault: ")
    created = vault.create_vault(args.path, passphrase, with_recovery=args.recovery_code)
    print(f"Created the vault at {created.paths.folder}")
    if created.recovery_code:
        print(
            "Your recovery code is below. Write it down and keep it somewhere safe.\n"
            "It is shown only this once. Anyone who has it can open this vault.\n"
            f"({BITS} bits of randomness.)"
        )
        print(created.recovery_code)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    paths = vault.vault_paths(args.path)
    older = vault.read_header(paths).format_version == 1
    problems = vault.check_vault(paths, PassphraseReader().read("Passphrase: "))
    if problems:
        raise CliError(
            f"This vault is damaged ({len(problems)} problem(s) found). Nothing was deleted; "
            "restore it from a backup or ask for help.",
            exit_code=3,
        )
    print("The vault is whole.")
    if older:
        # Not a problem (exit 0): the check changes nothing, and opening upgrades it.
        print(
            "It was made by an older version of Testimony, so its key file is in an older "
            "format. It will be brought up to date the next time the vault is opened. "
            "Your accounts stay as they are."
        )
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    paths = vault.vault_paths(args.path)
    had_recovery = vault.read_header(paths).slot("recovery") is not None
    reader = PassphraseReader()
    if args.recovery_code:
        code, old = reader.read("Recovery code: "), None
    else:
        code, old = None, reader.read("Current passphrase: ")
    new = reader.read_new("New passphrase: ")
    print("Changing the passphrase. This re-encrypts the whole vault and can take a while.")
    rekeyed = vault.change_passphrase(
        paths,
        new,
        old_passphrase=old,
        recovery_code=code,
        new_recovery_code=args.new_recovery_code,
    )
    rekeyed.key.wipe()
    print(
        "The passphrase has been changed. The old passphrase, and any old copy of the "
        "vault's key file, no longer open it."
    )
    if rekeyed.recovery_code:
        print(
            "Your new recovery code is below. Write it down and keep it somewhere safe.\n"
            "It is shown only this once. The old recovery code no longer works.\n"
            f"({BITS} bits of randomness.)"
        )
        print(rekeyed.recovery_code)
    elif had_recovery:
        print(
            "The old recovery code no longer works. To make a new one, run this again "
            "with --new-recovery-code."
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    paths = vault.vault_paths(args.path)
    vault.read_header(paths)
    if args.out.exists():
        raise CliError("The backup file already exists. Choose a new name.")
    with Session(paths) as session:
        session.unlock(PassphraseReader().read("Passphrase: ")).result()
        backup.make_backup(session, args.out)
    print(f"Wrote an encrypted backup to {args.out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if not args.backup.is_file():
        raise CliError("There is no backup file at that place.")
    paths = backup.restore_backup(args.backup, args.path, PassphraseReader().read("Passphrase: "))
    print(f"Restored the vault to {paths.folder}")
    return 0
