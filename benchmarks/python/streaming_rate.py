"""The Python CDK's rate on the streaming benchmark's JSON file (docs/benchmarks.md#streaming).

Builds the file StreamingBenchmark reads (100,000 bench documents as {"items":[...]}, the same
bytes: same fields, order and number formats), feeds it in 64 KiB chunks to the Python CDK's
IncrementalJsonProcessor with prefix "items.item" and the HTTP bench connector's Item model, and
prints the median items/s of 5 runs. Needs ijson, pydantic 2 and the Python CDK on the path;
otherwise prints one line saying what is missing and exits 0.

    PYTHONPATH=benchmarks/python:<connectors checkout>/estuary-cdk python3 benchmarks/python/streaming_rate.py
"""

import asyncio
import json
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta

ITEMS = 100_000
CHUNK = 64 * 1024
RUNS = 5


def render() -> bytes:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    pad = "x" * 64
    items = []
    for i in range(ITEMS):
        at = (start + timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        items.append(
            '{"id":%d,"name":"item-0-%d","updated_at":"%s","score":%s,"active":%s,'
            '"nested":{"a":%d,"b":"nested","c":[1,2,3]},"pad":"%s"}'
            % (i, i, at, json.dumps(i * 0.5), "true" if i % 2 == 0 else "false", i, pad)
        )
    return ('{"items":[' + ",".join(items) + "]}").encode()


async def chunks(body: bytes):
    for offset in range(0, len(body), CHUNK):
        yield body[offset : offset + CHUNK]


async def count(body: bytes, processor_cls, item_cls) -> int:
    n = 0
    async for _ in processor_cls(chunks(body), "items.item", item_cls):
        n += 1
    return n


def main() -> int:
    try:
        import ijson  # noqa: F401
        import pydantic

        from estuary_cdk.incremental_json_processor import IncrementalJsonProcessor
        from source_bench_http.models import Item
    except ImportError as e:
        print(
            f"python: skipped: {sys.executable} cannot import {e.name} ({e}); the Python CDK's rate"
            " needs ijson, pydantic 2 and estuary_cdk (pip install ./estuary-cdk from a checkout of"
            " estuary/connectors) with benchmarks/python on PYTHONPATH"
        )
        return 0
    body = render()
    rates = []
    for _ in range(RUNS):
        began = time.perf_counter()
        n = asyncio.run(count(body, IncrementalJsonProcessor, Item))
        elapsed = time.perf_counter() - began
        if n != ITEMS:
            print(f"read {n} items, expected {ITEMS}", file=sys.stderr)
            return 1
        rates.append(n / elapsed)
    print(
        f"python: {statistics.median(rates):,.0f} items/s ({len(body) / ITEMS:.1f} bytes an item,"
        f" {statistics.median(rates) * len(body) / ITEMS / 1e6:.1f} MB/s), median of {RUNS} runs;"
        f" Python {sys.version.split()[0]}, ijson {ijson.__version__} ({ijson.backend}),"
        f" pydantic {pydantic.VERSION}; file {len(body)} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
