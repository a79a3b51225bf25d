"""The second process of the replaced-file test: `python -m tests.reliability.replace_child CASE`.

It does what a sync tool or a colleague restoring a copy does while the case is open
elsewhere: copies the case file (`cp`), renames the copy over it (`mv`), opens what is
now at the path and saves notes there. Commands come one JSON object a line on stdin
(`{"op": "replace"}`, `{"op": "open", "key": HEX}`, `{"op": "save", "title": T}`,
`{"op": "close"}`, `{"op": "exit"}`); each gets one JSON line back. The parent may
also kill it with SIGKILL between commands.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.opening import open_with_key
from iomed_desk.core.channels import Channel
from iomed_desk.core.errors import UserError


def main(case: Path) -> None:
    session: CaseSession | None = None
    for line in sys.stdin:
        command = json.loads(line)
        op = command["op"]
        reply: dict[str, object] = {"op": op}
        try:
            if op == "replace":
                copy = case.with_name(f"{case.name}.copy")
                shutil.copyfile(case, copy)
                os.replace(copy, case)
            elif op == "open":
                session = open_with_key(case, bytes.fromhex(command["key"]))
            elif op == "save":
                assert session is not None
                reply["acked"] = session.take_note(Channel.joint(), command["title"], "saved by the second "
                                                   "process").created_id
            elif op == "close":
                assert session is not None
                session.close()
                session = None
            elif op == "exit":
                print(json.dumps(reply), flush=True)
                return
        except UserError as exc:
            reply["error"] = exc.message
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which counts it as a failure
            reply["error"] = f"{type(exc).__name__}: {exc}"
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
