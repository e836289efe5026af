#!/usr/bin/env bash
# Two builds of vnextract side by side on the same input: RUNS interleaved runs of each
# (old, new, old, new …), so that a machine that speeds up or slows down between runs moves
# both alike; prints each run's wall time and the medians, in MB/s of input.
#
#   scripts/compare-builds.sh OLD_BINARY NEW_BINARY INPUT [RUNS] [THREADS]
#   COMMAND="segment --words" scripts/compare-builds.sh …   # another command [extract]
#
# Build the old one from a commit with, for example:
#   git worktree add /tmp/old 640f32c && (cd /tmp/old && cargo build --release)
# Real news: INPUT=../shared/data/news-baomoi/articles.jsonl.gz (107 MB of text).
set -euo pipefail
old=$1
new=$2
input=$3
runs=${4:-5}
threads=${5:-1}
read -r -a command <<< "${COMMAND:-extract}"

# The text megabytes the run reports (its summary line), read from one quiet pass each.
megabytes=$("$new" "${command[@]}" "$input" -o /dev/null --threads "$threads" 2>&1 |
  sed -n 's/.* \([0-9.]*\) MB in .*/\1/p')
echo "vnextract ${command[*]}: $input ($megabytes MB of text), threads: $threads, runs: $runs each, interleaved"

time_one() {
  local start end
  start=$(date +%s.%N)
  "$1" "${command[@]}" "$input" -o /dev/null --threads "$threads" --quiet
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

old_times=()
new_times=()
for n in $(seq "$runs"); do
  o=$(time_one "$old")
  w=$(time_one "$new")
  old_times+=("$o")
  new_times+=("$w")
  printf 'run %d: old %.2f s, new %.2f s\n' "$n" "$o" "$w"
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mo=$(median "${old_times[@]}")
mn=$(median "${new_times[@]}")
printf 'median: old %.2f s (%.1f MB/s), new %.2f s (%.1f MB/s), new/old time %.3f\n' \
  "$mo" "$(echo "$megabytes / $mo" | bc -l)" "$mn" "$(echo "$megabytes / $mn" | bc -l)" \
  "$(echo "$mn / $mo" | bc -l)"
