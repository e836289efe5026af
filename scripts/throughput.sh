#!/usr/bin/env bash
# End-to-end throughput: generate a news-like JSONL corpus of N megabytes (default 100), run
# `vnextract extract` over it, and print MB/s and peak resident memory.
#   scripts/throughput.sh [MEGABYTES] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-100}
threads=${2:-0}
dir=${THROUGHPUT_DIR:-target/throughput}
mkdir -p "$dir"
corpus="$dir/synth-${megabytes}mb.jsonl"

cargo build --release --quiet
bin=target/release/vnextract
if [ ! -s "$corpus" ]; then
  "$bin" generate --megabytes "$megabytes" -o "$corpus"
fi

echo "== extract: $corpus ($(du -h "$corpus" | cut -f1)), threads=${threads} (0 = one per core)"
/usr/bin/time -f "peak RSS: %M KB, wall: %e s, user: %U s" \
  "$bin" extract --threads "$threads" "$corpus" -o /dev/null
