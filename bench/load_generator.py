"""wrk, driven from Python: one scenario = one wrk run; figures come back as a dict."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).parent / "wrk" / "request.lua"


def wrk(
    url: str,
    *,
    method: str = "GET",
    headers: dict | None = None,
    body: str | None = None,
    seconds: int = 10,
    connections: int = 20,
    threads: int = 2,
    script: Path = SCRIPT,
    env: dict | None = None,
) -> dict:
    """One wrk run of `script` (a Lua file in bench/wrk/ whose done() prints one JSON
    line); `env` adds variables for the script (e.g. WRK_VISITORS for visitors.lua)."""
    exe = shutil.which("wrk")
    if exe is None:
        raise RuntimeError("wrk is not installed: scripts/ensure-system-deps wrk")
    env = dict(
        os.environ,
        WRK_METHOD=method,
        WRK_HEADERS="\n".join(f"{k}: {v}" for k, v in (headers or {}).items()),
        WRK_THREADS=str(threads),
        **(env or {}),
    )
    if body is not None:
        env["WRK_BODY"] = body
    out = subprocess.run(
        [
            exe,
            "-t",
            str(threads),
            "-c",
            str(connections),
            "-d",
            f"{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            url,
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("{"))
    return json.loads(line)
