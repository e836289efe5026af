"""extract_many from Python against the CLI, on the same real news and thread count.

    python python/benches/throughput.py [MEGABYTES] [THREADS] [RUNS]

Reads the first MEGABYTES (default 100) of article text from
../shared/data/news-baomoi/articles.jsonl.gz, then runs, interleaved, RUNS times each (default
3): the CLI over those articles written as JSON Lines (`--threads THREADS -o /dev/null`),
`Pipeline.extract_many` giving dicts, and the same with `as_json=True`. Prints MB/s of
article text (the CLI's measure) for each, medians, the ratio to the CLI, and the CPU time
of a run (user + system, all threads). Needs the
wheel installed and the release binary (VNEXTRACT_BIN, default target/release/vnextract).
"""

import gc
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import vnextract

REPO = Path(__file__).resolve().parents[2]
NEWS = REPO.parent / "shared" / "data" / "news-baomoi" / "articles.jsonl.gz"
CLI = Path(os.environ.get("VNEXTRACT_BIN", REPO / "target" / "release" / "vnextract"))


def main():
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 100
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    articles, size = [], 0
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            articles.append({"id": article["id"], "text": article["text"]})
            size += len(article["text"].encode())
            if size >= megabytes * 1e6:
                break
    mb = size / 1e6
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for article in articles:
            f.write(json.dumps(article, ensure_ascii=False) + "\n")
        path = f.name
    print(f"{len(articles)} articles, {mb:.1f} MB of text, {threads} thread(s), {runs} runs each")
    pipeline = vnextract.Pipeline()
    ways = {
        "CLI": lambda: subprocess.run(
            [str(CLI), "extract", path, "--threads", str(threads), "-o", "/dev/null", "--quiet"],
            check=True,
        ),
        "extract_many (dicts)": lambda: pipeline.extract_many(articles, threads=threads),
        "extract_many (as_json)": lambda: pipeline.extract_many(
            articles, threads=threads, as_json=True
        ),
    }
    speeds = {name: [] for name in ways}
    cpu = {name: [] for name in ways}
    for _ in range(runs):
        for name, way in ways.items():
            gc.collect()  # the garbage of one way is not timed in the next
            start, cpu_start = time.perf_counter(), cpu_seconds()
            way()
            speeds[name].append(mb / (time.perf_counter() - start))
            cpu[name].append(cpu_seconds() - cpu_start)
    os.unlink(path)
    cli = statistics.median(speeds["CLI"])
    for name, values in speeds.items():
        median = statistics.median(values)
        runs_text = ", ".join(f"{v:.1f}" for v in values)
        print(
            f"{name:24} {median:6.1f} MB/s ({median / cli:.0%} of the CLI; runs {runs_text}),"
            f" {statistics.median(cpu[name]):.2f} s of CPU"
        )


def cpu_seconds():
    """User and system time of this process and of its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    main()
