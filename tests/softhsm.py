"""One SoftHSM2 token for the whole test session (tests/conftest.py's `token_module` fixture).

SoftHSM reads its configuration once, when the library is first initialised in a process, so
every test that uses a token must use this one: a second configuration later in the same process
is ignored, and a second key with the same label on the first token makes look-ups ambiguous.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

_MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/local/lib/softhsm/libsofthsm2.so", "/opt/homebrew/lib/softhsm/libsofthsm2.so")
LABEL, PIN, KEY = "iomed-test", "246810", "party-key"


def make_token(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    util = shutil.which("softhsm2-util")
    module = next((m for m in _MODULES if Path(m).exists()), None)
    if util is None or module is None:
        pytest.skip("SoftHSM2 is not installed (Debian package softhsm2)")
    pytest.importorskip("pkcs11", reason="python-pkcs11 is not installed (extra 'pkcs11')")
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    # SoftHSM reads its configuration when the library is first initialised in this process.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOFTHSM2_CONF", str(conf))
        subprocess.run([util, "--init-token", "--free", "--label", LABEL, "--so-pin", "12345678",
                        "--pin", PIN], check=True, capture_output=True, env=os.environ.copy())
        _generate_key(module)
        yield module


def _generate_key(module: str) -> None:
    import pkcs11
    from pkcs11.util.ec import encode_named_curve_parameters

    token = pkcs11.lib(module).get_token(token_label=LABEL)
    with token.open(rw=True, user_pin=PIN) as session:
        params = session.create_domain_parameters(
            pkcs11.KeyType.EC,
            {pkcs11.Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")}, local=True)
        params.generate_keypair(store=True, label=KEY)


