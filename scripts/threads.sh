#!/usr/bin/env bash
# How two threads scale against one, and what the machine allows: RUNS interleaved rounds of
# (a) `--threads 1`, (b) `--threads 2` and (c) two `--threads 1` processes side by side on
# the same input. (c) shares nothing in the program, so (c)'s speed-up is the ceiling that
# the cores, caches and memory of this machine give this workload; (b) against (c) is what
# the program itself loses to threading. Prints each round and the medians.
#
#   scripts/threads.sh [INPUT] [RUNS] [BINARY]
#   OLD=/tmp/old/target/release/vnextract scripts/threads.sh …   # and another build's 1 thread
#
# INPUT defaults to the first 40 MB of ../shared/data/news-baomoi (real news). With OLD set,
# each round also runs that build with `--threads 1` (issue 14 compares with 640f32c), and
# the medians are given against it.
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-}
runs=${2:-7}
bin=${3:-}
if [ -z "$bin" ]; then
  cargo build --release --quiet
  bin=target/release/vnextract
fi
if [ -z "$input" ]; then
  input=target/news-40mb.jsonl
  if [ ! -s "$input" ]; then
    # Whole lines only: the 40 MB cut drops the line it falls in.
    zcat ../shared/data/news-baomoi/articles.jsonl.gz | head -c 40000000 | head -n -1 >"$input"
  fi
fi
echo "input: $input ($(du -m "$input" | cut -f1) MB), $runs rounds"

seconds() {
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
one() { "$bin" extract "$input" -o /dev/null --threads "$1" --quiet; }
old=${OLD:-}
old_one() { "$old" extract "$input" -o /dev/null --threads 1 --quiet; }
pair() {
  one 1 &
  one 1
  wait
}

a=() b=() c=() d=()
for n in $(seq "$runs"); do
  a+=("$(seconds one 1)")
  b+=("$(seconds one 2)")
  c+=("$(seconds pair)")
  printf 'round %d: 1 thread %.2f s, 2 threads %.2f s, two 1-thread processes %.2f s' \
    "$n" "${a[-1]}" "${b[-1]}" "${c[-1]}"
  if [ -n "$old" ]; then
    d+=("$(seconds old_one)")
    printf ', OLD 1 thread %.2f s' "${d[-1]}"
  fi
  echo
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ma=$(median "${a[@]}") mb=$(median "${b[@]}") mc=$(median "${c[@]}")
echo "medians: 1 thread $ma s, 2 threads $mb s, two processes $mc s (twice the work)"
echo "2 threads over 1: $(echo "scale=2; $ma / $mb" | bc)x;" \
  "two processes over one (the machine's ceiling): $(echo "scale=2; 2 * $ma / $mc" | bc)x"
if [ -n "$old" ]; then
  md=$(median "${d[@]}")
  echo "OLD: 1 thread $md s; 1 thread over OLD's: $(echo "scale=3; $md / $ma" | bc)x;" \
    "2 threads over OLD's 1 thread: $(echo "scale=2; $md / $mb" | bc)x"
fi
