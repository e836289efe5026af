#!/usr/bin/env bash
# The embedded search index on generated articles: indexing speed (extraction included),
# peak memory, index size, and query latency for five kinds of query.
#
#   scripts/index-bench.sh [ARTICLES] [THREADS]      # default: 100000 articles, 2 threads
#
# Generates about ARTICLES articles (`vnextract generate`, seed 1), indexes them with
# `vnextract index --threads THREADS` under /usr/bin/time, then times 200 queries of each
# kind in-process (examples/search_latency.rs). A benchmark, not a test: it prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
threads=${2:-2}

cargo build --release --quiet --example search_latency
bin="${CARGO_TARGET_DIR:-target}/release/vnextract"
latency="${CARGO_TARGET_DIR:-target}/release/examples/search_latency"
work=$(mktemp -d "${TMPDIR:-/tmp}/vnextract-index-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# `generate` writes about 454 articles a megabyte.
megabytes=$(( (articles + 453) / 454 ))
"$bin" generate --megabytes "$megabytes" --seed 1 -o "$work/news.jsonl" 2>/dev/null
lines=$(wc -l < "$work/news.jsonl")
text_mb=$(python3 -c 'import json,sys; print(round(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8")) / 1e6, 1))' "$work/news.jsonl")
echo "$lines articles, $text_mb MB of text, $threads thread(s)"

/usr/bin/time -f "%e %U %S %M" -o "$work/time" \
  "$bin" index --quiet --threads "$threads" --index "$work/index" "$work/news.jsonl" >/dev/null
read -r wall user sys rss_kb < "$work/time"
python3 - "$text_mb" "$wall" "$user" "$sys" "$rss_kb" <<'PY'
import sys
mb, wall, user, sys_, rss = (float(x) for x in sys.argv[1:])
print(f"indexing: {wall:.1f} s wall, {user + sys_:.1f} s CPU: {mb / wall:.1f} MB/s, "
      f"{mb / (user + sys_):.1f} MB/s per core of CPU; peak RSS {rss / 1024:.0f} MB")
PY
echo "index size: $(du -sh "$work/index" | cut -f1) ($(du -sm "$work/news.jsonl" | cut -f1) MB of JSON Lines in)"
"$latency" "$work/index" 200
