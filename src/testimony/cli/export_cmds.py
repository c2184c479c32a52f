"""`testimony export` and `testimony withdraw`: what leaves, shown first, then sealed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from testimony.cli.account_cmds import open_session
from testimony.cli.common import CliError, PassphraseReader
from testimony.core.forms import Form, load_form
from testimony.core.review import ReviewState
from testimony.crypto.age import fingerprint, parse_recipient
from testimony.exporting.plan import ExportPlan, accept_automatic, plan_export
from testimony.exporting.write import write_export, write_withdrawal
from testimony.store.sharing import list_recipients, receipt_recipients

_EPILOG = (
    "Only accounts whose consent allows it are exported: 'count' shares tick-box answers, "
    "'words' and 'quote' also share the words, with anything that could identify someone "
    "taken out. Everything that will leave is printed first. Words you have not yet checked "
    "in the app are shown with the automatic redactions; answering yes (or giving --yes) "
    "accepts those redactions as shown. Without a terminal to answer on, --yes is required."
)


def register(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser(
        "export", help="export an anonymised copy sealed to a coalition", epilog=_EPILOG
    )
    e.add_argument("path", type=Path)
    e.add_argument(
        "--recipient",
        action="append",
        required=True,
        metavar="AGE1…",
        help="the coalition's public key (may be given more than once)",
    )
    e.add_argument("--out", type=Path, required=True, metavar="FILE")
    e.add_argument(
        "--yes", action="store_true", help="do not ask; accept the automatic redactions shown"
    )
    e.set_defaults(func=cmd_export)

    w = sub.add_parser("withdraw", help="make a sealed notice withdrawing exported accounts")
    w.add_argument("path", type=Path)
    w.add_argument("export_ids", nargs="+", metavar="EXPORT_ID")
    w.add_argument(
        "--recipient",
        action="append",
        metavar="AGE1…",
        help="seal to this key (default: the keys the export was sealed to)",
    )
    w.add_argument("--out", type=Path, required=True, metavar="FILE")
    w.set_defaults(func=cmd_withdraw)


def cmd_export(args: argparse.Namespace) -> int:
    keys = [parse_recipient(r) for r in args.recipient]
    if args.out.exists():
        raise CliError("The output file already exists. Choose a new name.")
    if not args.out.parent.is_dir():
        raise CliError("The folder for the output file does not exist.")
    interactive = sys.stdin.isatty()
    if not interactive and not args.yes:
        raise CliError("Nothing was exported: without a terminal to confirm on, add --yes.")
    with open_session(args.path, PassphraseReader()) as session:
        folder = session.paths.folder
        preview = session.call(plan_export, folder, assume_automatic=True)
        if not preview.leaving:
            raise CliError("Nothing was exported: no account's consent allows sharing.")
        names = dict((r.public_key, r.name) for r in session.call(list_recipients))
        recipients = [(names.get(k, "coalition"), k) for k in keys]
        _show(preview, recipients)
        if not args.yes and not _confirm():
            print("Nothing was exported.")
            return 1
        if preview.needing_review:
            session.call_write(accept_automatic, preview)
        plan = session.call(plan_export, folder)
        result = session.call(write_export, plan, recipients, args.out)
    print(f"Exported {len(result.sent)} account(s) to {result.path}")
    print("Keep this vault: it holds what you need to withdraw them later. Export ids:")
    for s in sorted(result.sent, key=lambda s: s.account_id):
        print(f"  account {s.account_id}: {s.export_id}")
    return 0


def _confirm() -> bool:
    answer = input("Send this? Type yes to export it: ")
    return answer.strip().lower() in ("yes", "y")


def _show(plan: ExportPlan, recipients: list[tuple[str, str]]) -> None:
    print("This is everything that will leave, sealed so only these keys can open it:")
    for name, key in recipients:
        print(f"  {name}: {key}  (fingerprint {fingerprint(key)})")
    for a in plan.accounts:
        form = load_form(a.form_id, a.form_version)
        print(f"\nAccount {a.account_id} — consent: {a.level.value}")
        for qid, value in a.answers.items():
            print(f"  {form.question(qid).title} {_label(form, qid, value)}")
        for t in a.texts:
            title = form.question(t.question_id).title
            why = {
                ReviewState.CONFIRMED: "checked by you",
                ReviewState.STALE: "changed since you checked it; automatic redactions",
            }.get(t.state, "not checked yet; automatic redactions")
            print(f"  {title} ({why})\n    {t.redacted}")
        if a.documents:
            print(f"  How many files are kept with it: {a.documents} (the files never leave)")
    private = sum(1 for x in plan.excluded if x.reason == "private")
    if private:
        print(f"\n{private} account(s) are kept private and will not leave.")
    print()


def _label(form: Form, qid: str, value: object) -> str:
    """Option ids as the words the person chose; months and numbers as they are."""
    labels = {o.id: o.label for o in form.question(qid).options}
    labels.update({"yes": "Yes", "no": "No", "not_sure": "Not sure"})
    values = value if isinstance(value, list) else [value]
    return "; ".join(labels.get(str(v), str(v)) for v in values)


def cmd_withdraw(args: argparse.Namespace) -> int:
    if args.out.exists():
        raise CliError("The output file already exists. Choose a new name.")
    with open_session(args.path, PassphraseReader()) as session:
        keys = [parse_recipient(r) for r in args.recipient or []]
        if not keys:
            keys = [k for _, k in session.call(receipt_recipients, args.export_ids[0])]
        if not keys:
            raise CliError("No export has that id in this vault.")
        done = session.call(write_withdrawal, args.export_ids, keys, args.out)
    print(f"Wrote a withdrawal notice for {len(done)} record(s) to {args.out}")
    print("Send it to the coalition the same way you sent the export.")
    return 0
