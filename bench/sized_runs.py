"""Shared driver of the size-scaling benchmarks (bench/stories.py, bench/storylines.py): each
size runs in a fresh Python process (``SCRIPT --one SIZE``, printing one JSON line) so memory
peaks do not carry over, and each result gets its per-item cost ratio to the smallest size."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from typing import Any


def run_sizes(
    script: str, sizes: list[int], *, ratio_key: str, cost_key: str, count_key: str
) -> list[dict[str, Any]]:
    """Run ``script --one SIZE`` for every size; add ``ratio_key`` = cost per item relative to
    the first size's; print each result as it comes."""
    results: list[dict[str, Any]] = []
    for size in sizes:
        proc = subprocess.run(
            [sys.executable, script, "--one", str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        base = results[0] if results else result
        result[ratio_key] = round((result[cost_key] / size) / (base[cost_key] / base[count_key]), 3)
        results.append(result)
        print(json.dumps(result), flush=True)
    return results


def sized_main(
    script: str,
    doc: str | None,
    default_sizes: str,
    run: Callable[[int], dict[str, Any]],
    **ratio: str,
) -> list[dict[str, Any]] | None:
    """The command line of a size-scaling benchmark: ``--one SIZE`` (the child process) prints
    ``run(SIZE)`` and returns None; otherwise every ``--sizes`` value runs in a child (see
    :func:`run_sizes`, ``ratio`` its key names) and the results are returned."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--sizes", default=default_sizes)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run(args.one)))
        return None
    sizes = [int(s) for s in args.sizes.split(",")]
    return run_sizes(script, sizes, **ratio)
