"""Extract records from an archive of articles with Apache Spark.

Reads a directory of JSON Lines articles (``.jsonl``, ``.jsonl.gz``; one object a line with
``id`` and ``text``) or of Parquet files (columns ``id``, ``text`` and optionally ``title``,
``url``, ``published``), and writes one record per article, keyed by ``id``, as JSON Lines
(the CLI's own lines, byte for byte) or Parquet (``id``, ``ok``, ``record`` as JSON text).

Two routes give the same records:

* ``--route python`` (default): the ``vnextract`` Python package on the executors, one
  ``Pipeline`` per partition (``mapPartitions``), articles handed to Rust in batches;
* ``--route pipe``: the ``vnextract`` binary on the executors, fed each partition's lines on
  stdin (``rdd.pipe`` with ``checkCode=True``, so that a failed child fails the job instead
  of silently giving fewer records).

Records carry ``source`` as the line number within the partition (``<python>:N`` or
``<stdin>:N``), not the file: key on ``id``.

    spark-submit examples/spark/extract_archive.py INPUT_DIR OUTPUT_DIR [--format parquet]
    spark-submit --master local[2] examples/spark/extract_archive.py in/ out/ --route pipe \\
        --binary target/release/vnextract

See docs/python.md for shipping the package or the binary to a cluster.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import time
from typing import Iterable, Iterator

# Articles handed to Rust at a time: large enough that the call overhead vanishes, small
# enough that a partition's memory stays flat.
BATCH = 2000


def extract_partition(lines: Iterable[str], threads: int) -> Iterator[str]:
    """The records of one partition's JSON Lines lines, as JSON text, in their order."""
    # Blank lines are no articles, as in the CLI.
    articles = (line for line in lines if line.strip())
    return _in_batches(articles, lambda p, batch: p.extract_lines(batch, threads, as_json=True))


def extract_rows(rows: Iterable, threads: int) -> Iterator[str]:
    """The records of one partition of a Parquet table of articles."""
    articles = ({k: v for k, v in row.asDict().items() if v is not None} for row in rows)
    return _in_batches(articles, lambda p, batch: p.extract_many(batch, threads, as_json=True))


def _in_batches(articles: Iterable, extract) -> Iterator[str]:
    """``extract(pipeline, batch)`` over BATCH articles at a time, with one Pipeline for the
    partition; the records as JSON text, in order."""
    import vnextract  # imported on the executor

    pipeline = vnextract.Pipeline()
    batch = []
    for article in articles:
        batch.append(article)
        if len(batch) >= BATCH:
            yield from (record.decode("utf-8") for record in extract(pipeline, batch))
            batch = []
    if batch:
        yield from (record.decode("utf-8") for record in extract(pipeline, batch))


def keyed(record: str):
    """``(id, ok, record)`` for the Parquet output."""
    parsed = json.loads(record)
    return parsed["id"], "error" not in parsed, record


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="directory (or file) of .jsonl[.gz] or .parquet articles")
    parser.add_argument("output", help="output directory (must not exist)")
    parser.add_argument("--input-format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument("--route", choices=["python", "pipe"], default="python")
    parser.add_argument("--binary", default="vnextract", help="the CLI for --route pipe")
    parser.add_argument(
        "--threads-per-task",
        type=int,
        default=1,
        help="Rust threads per Spark task (Spark already runs one task per core)",
    )
    parser.add_argument("--partitions", type=int, default=0, help="repartition the input")
    parser.add_argument("--master", default=None, help="e.g. local[2]; else spark-submit's")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("vnextract-extract-archive").config(
        "spark.ui.showConsoleProgress", "false"
    )
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    started = time.monotonic()
    threads = args.threads_per_task

    if args.input_format == "parquet":
        if args.route == "pipe":
            parser.error("--route pipe reads JSON Lines; convert Parquet with --route python")
        frame = spark.read.parquet(args.input)
        if args.partitions:
            frame = frame.repartition(args.partitions)
        records = frame.rdd.mapPartitions(lambda rows: extract_rows(rows, threads))
    else:
        lines = sc.textFile(args.input)  # .gz is read whole per file by Hadoop's codec
        if args.partitions:
            lines = lines.repartition(args.partitions)
        if args.route == "python":
            records = lines.mapPartitions(lambda part: extract_partition(part, threads))
        else:
            binary = os.path.abspath(args.binary) if os.path.exists(args.binary) else args.binary
            command = [binary, "extract", "--input-format", "jsonl", "--quiet"]
            command += ["--threads", str(threads), "-"]
            # checkCode: a child that fails (a missing binary, a crash) fails the task.
            records = lines.pipe(shlex.join(command), checkCode=True)

    if args.format == "jsonl":
        records.saveAsTextFile(args.output)
    else:
        table = spark.createDataFrame(records.map(keyed), "id string, ok boolean, record string")
        table.write.parquet(args.output)
    # The job's own time, without the JVM's start: what grows with the archive.
    print(f"vnextract-spark: job done in {time.monotonic() - started:.2f} s", file=sys.stderr)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
