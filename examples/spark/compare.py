"""Checks that a Spark job's records equal the CLI's for the same ids.

    python examples/spark/compare.py CLI_RECORDS.jsonl SPARK_OUTPUT_DIR [--parquet]

Records are compared as JSON values without ``source`` (a partition's line number under
Spark, the file's under the CLI). Exits 1, naming the first differences, when an id is
missing, repeated or its record differs.
"""

import glob
import json
import os
import sys
from decimal import Decimal


def load(lines, where):
    records = {}
    for line in lines:
        record = json.loads(line, parse_float=Decimal)
        record.pop("source", None)
        if record["id"] in records:
            sys.exit(f"{where}: id {record['id']!r} twice")
        records[record["id"]] = record
    return records


def spark_lines(directory, parquet):
    if parquet:
        import pyarrow.parquet as pq  # optional: only for --parquet

        for path in sorted(glob.glob(os.path.join(directory, "*.parquet"))):
            yield from pq.read_table(path, columns=["record"]).column("record").to_pylist()
    else:
        for path in sorted(glob.glob(os.path.join(directory, "part-*"))):
            with open(path, encoding="utf-8") as f:
                yield from (line for line in f if line.strip())


def main():
    cli_path, spark_dir = sys.argv[1], sys.argv[2]
    parquet = "--parquet" in sys.argv[3:]
    with open(cli_path, encoding="utf-8") as f:
        cli = load(f, cli_path)
    spark = load(spark_lines(spark_dir, parquet), spark_dir)
    missing = sorted(set(cli) - set(spark))
    extra = sorted(set(spark) - set(cli))
    differ = [i for i in cli if i in spark and cli[i] != spark[i]]
    print(f"{len(cli)} CLI records, {len(spark)} Spark records, {len(differ)} differ, "
          f"{len(missing)} missing, {len(extra)} extra")
    for name, ids in [("missing", missing), ("extra", extra), ("differ", differ)]:
        if ids:
            print(f"{name}: {ids[:5]}")
    return 1 if missing or extra or differ else 0


if __name__ == "__main__":
    sys.exit(main())
