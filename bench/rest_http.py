"""What do the REST API's layers cost? wrk against ``claimgraph serve`` beside a constant-JSON FastAPI route.

Ingests the shipped corpus and ``tests/data/trace`` (the real extractor) into a store on disk, starts
``claimgraph serve`` on it (a separate process, as users run it) and, in another process, a FastAPI app with one
route returning a constant JSON body, served by the same uvicorn (httptools, uvloop). Then drives, in turn and in
the same run, with wrk (Debian's ``wrk``; keep-alive connections on loopback):

- ``/claims`` filtered (``modality=asserted&limit=50``), ``/claims/{id}/trace``, ``/sources/{id}``;
- the constant route, whose throughput and latency say what uvicorn + FastAPI cost by themselves.

Reports requests/s and p50/p99 latency of each, and their ratios to the constant route, with the machine, in
bench/results/rest_http.json. Run: `.venv/bin/python -m bench.rest_http [--seconds S] [--connections C]`.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from bench.machine import machine
from claimgraph.ingest import ingest, make_extractor
from claimgraph.settings import Settings
from claimgraph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from sparql_server import LOOPBACK, serve_cli  # noqa: E402  (the tests' way of starting `claimgraph serve`)

RESULTS = ROOT / "bench" / "results" / "rest_http.json"
CONSTANT_APP = """
import sys
import uvicorn
from fastapi import FastAPI

app = FastAPI()
BODY = {"status": "ok", "version": "0.1.0", "quads": 3911}

@app.get("/constant")
def constant() -> dict[str, object]:
    return BODY

uvicorn.run(app, host=sys.argv[1], port=int(sys.argv[2]), log_level="warning")
"""
_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def parse_wrk(output: str) -> dict[str, float]:
    """Requests/s and the 50th/99th latency percentiles (ms) from ``wrk --latency`` output."""
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    percentiles = {}
    for name in ("50", "99"):
        value, unit = re.search(rf"\s{name}%\s+([\d.]+)(us|ms|s)\b", output).groups()  # type: ignore[union-attr]
        percentiles[f"p{name}_ms"] = round(float(value) * _UNITS[unit], 3)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"requests_per_s": rate, **percentiles, "non_2xx": int(errors.group(1)) if errors else 0}


def run_wrk(url: str, seconds: int, connections: int) -> dict[str, float]:
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return parse_wrk(output)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
        return port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", default="1,4", help="comma-separated connection counts, each a run")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (Debian: apt-get install wrk)")
    with tempfile.TemporaryDirectory() as folder:
        store_dir = Path(folder) / "store"
        settings = Settings(store=store_dir)
        with open_store(store_dir) as store:
            report = ingest([ROOT / "corpus", ROOT / "tests" / "data" / "trace"], store, settings,
                            extractor=make_extractor(settings))  # fmt: skip
            quads = store.count_quads()
        port = free_port()
        constant = subprocess.Popen([sys.executable, "-c", CONSTANT_APP, LOOPBACK, str(port)])
        try:
            with serve_cli(store_dir, Path(folder) / "serve.log") as url:
                claims = httpx.get(url + "/claims", params={"modality": "asserted", "limit": 50}).json()
                huawei = httpx.get(url + "/claims", params={"source": "t1_omdia_wire"}).json()["items"][0]["id"]
                targets = {
                    "claims_filtered": url + "/claims?modality=asserted&limit=50",
                    "claim_trace": url + "/claims/" + huawei.split("/claim/", 1)[1] + "/trace",
                    "source": url + "/sources/000_12e874cc8a214095",
                    "constant_json": f"http://{LOOPBACK}:{port}/constant",
                }
                deadline = time.monotonic() + 20
                while httpx.get(targets["constant_json"]).status_code != 200 and time.monotonic() < deadline:
                    time.sleep(0.1)  # pragma: no cover - the constant app starts in well under a second
                counts = [int(n) for n in args.connections.split(",")]
                for target in targets.values():
                    assert httpx.get(target).status_code == 200, target
                    run_wrk(target, 2, max(counts))  # warm-up
                runs = {
                    f"connections_{n}": {name: run_wrk(target, args.seconds, n) for name, target in targets.items()}
                    for n in counts
                }
        finally:
            constant.terminate()
            constant.wait(timeout=10)
    for results in runs.values():
        base = results["constant_json"]
        for result in results.values():
            result["throughput_ratio_to_constant"] = round(base["requests_per_s"] / result["requests_per_s"], 2)
            result["p99_ratio_to_constant"] = round(result["p99_ms"] / base["p99_ms"], 2)
    document = {
        "machine": machine(),
        "load_average_at_end": Path("/proc/loadavg").read_text(encoding="ascii").split()[:3],
        "tool": f"wrk -t1 -c{{{args.connections}}} -d{args.seconds}s --latency (keep-alive, loopback)",
        "store": {"sources": len(report.new), "claims": report.claims, "quads": quads},
        "claims_filtered_items": len(claims["items"]),
        "results": runs,
    }
    RESULTS.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(document, indent=2))


if __name__ == "__main__":
    main()
