#!/usr/bin/env bash
# The Spark job on local[2] over generated articles, both routes, checked against the CLI:
#
#   examples/spark/run.sh [MEGABYTES] [PYTHON]
#
# PYTHON is an interpreter with the vnextract wheel, pyspark and pyarrow installed (default
# python3);
# MEGABYTES of generated articles (default 45: about 20,000 articles). Prints each step's
# wall time and MB/s beside the CLI's on the same input and thread count.
set -euo pipefail
cd "$(dirname "$0")/../.."
megabytes=${1:-45}
python=${2:-python3}
vnextract="${CARGO_TARGET_DIR:-target}/release/vnextract"
work="${CARGO_TARGET_DIR:-target}/spark"
rm -rf "$work" && mkdir -p "$work/in"

"$vnextract" generate --megabytes "$megabytes" -o "$work/in/articles.jsonl" 2>/dev/null
# Two files, so that Spark reads them as several partitions as it would an archive.
split -n l/2 -d --additional-suffix=.jsonl "$work/in/articles.jsonl" "$work/in/part-"
rm "$work/in/articles.jsonl"
articles=$(cat "$work"/in/*.jsonl | wc -l)
echo "input: $articles generated articles, $megabytes MB"

seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>"$work/last.log" || { cat "$work/last.log" >&2; return 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
report() { printf '%-34s %6.1f s  %5.1f MB/s\n' "$1" "$2" "$(echo "$megabytes / $2" | bc -l)"; }
# The job's time once Spark has started (the JVM's start is a constant 10-20 s).
job_seconds() { sed -n 's/.*vnextract-spark: job done in \([0-9.]*\) s$/\1/p' "$work/last.log"; }

t=$(seconds "$vnextract" extract "$work/in" --threads 2 -o "$work/cli.jsonl")
report "CLI, 2 threads" "$t"
export PYSPARK_PYTHON=$python
job=(examples/spark/extract_archive.py --master 'local[2]')
t=$(seconds "$python" "${job[@]}" "$work/in" "$work/out-python")
report "Spark local[2], Python package" "$t"
report "  the same, without Spark's start" "$(job_seconds)"
"$python" examples/spark/compare.py "$work/cli.jsonl" "$work/out-python"
t=$(seconds "$python" "${job[@]}" --route pipe --binary "$vnextract" "$work/in" "$work/out-pipe")
report "Spark local[2], rdd.pipe over CLI" "$t"
report "  the same, without Spark's start" "$(job_seconds)"
"$python" examples/spark/compare.py "$work/cli.jsonl" "$work/out-pipe"

# Parquet in and out: the articles as a Parquet table (pyarrow), records as Parquet.
mkdir -p "$work/in-parquet"
"$python" -c "
import sys, pyarrow.json as pj, pyarrow.parquet as pq
for i, path in enumerate(sys.argv[1:]):
    pq.write_table(pj.read_json(path), f'$work/in-parquet/part-{i}.parquet')
" "$work"/in/*.jsonl
t=$(seconds "$python" "${job[@]}" --input-format parquet --format parquet "$work/in-parquet" "$work/out-parquet")
report "Spark local[2], Parquet in and out" "$t"
report "  the same, without Spark's start" "$(job_seconds)"
"$python" examples/spark/compare.py "$work/cli.jsonl" "$work/out-parquet" --parquet
