#!/usr/bin/env bash
# Time against article length: builds articles of 0.5 to 32 MB (each one JSON Lines line) by
# joining real news texts from ../shared/data/news-baomoi when it exists, else generated text,
# runs `vnextract extract --threads 1` on each and prints seconds and MB per CPU second per
# size. Flat MB per
# CPU second means no stage is quadratic in the length of an article.
#   scripts/scaling.sh [SIZES_MB...]        (default: 0.5 1 2 4 8 16 32)
#   VNEXTRACT_BIN=path/to/vnextract scripts/scaling.sh 0.5 1 2   (another build)
#   SCALING_SOURCE=generated scripts/scaling.sh                  (generated text even with news)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(0.5 1 2 4 8 16 32)
dir=${SCALING_DIR:-target/scaling}
mkdir -p "$dir"

bin=${VNEXTRACT_BIN:-}
if [ -z "$bin" ]; then
  cargo build --release --quiet
  bin=target/release/vnextract
fi

news=../shared/data/news-baomoi/articles.jsonl.gz
if [ -f "$news" ] && [ "${SCALING_SOURCE:-news}" != generated ]; then
  source_name=news-baomoi
  source_cmd=(zcat "$news")
else
  source_name=generated
  generated="$dir/generated-40mb.jsonl"
  [ -s "$generated" ] || "$bin" generate --megabytes 40 -o "$generated"
  source_cmd=(cat "$generated")
fi

# One article of `mb` megabytes: the source's texts, in order, joined by blank lines.
build_article() {
  local mb=$1 out=$2
  # The source is cut short once the article is long enough.
  { "${source_cmd[@]}" 2>/dev/null || true; } | python3 -c '
import json, sys
limit = int(float(sys.argv[1]) * 1_000_000)
parts, size = [], 0
for line in sys.stdin:
    text = json.loads(line).get("text") or ""
    parts.append(text)
    size += len(text.encode()) + 2
    if size >= limit:
        break
text = "\n\n".join(parts)
json.dump({"id": "scaling-" + sys.argv[1] + "mb", "text": text}, sys.stdout, ensure_ascii=False)
sys.stdout.write("\n")
' "$mb" >"$out"
}

echo "== $bin, one article per run from $source_name, --threads 1"
echo "   (CPU = user + system seconds, steadier than wall time on a shared machine)"
printf '%8s %10s %8s %8s %8s\n' "MB" "bytes" "wall s" "CPU s" "MB/CPU s"
for mb in "${sizes[@]}"; do
  article="$dir/$source_name-${mb}mb.jsonl"
  [ -s "$article" ] || build_article "$mb" "$article"
  bytes=$(stat -c %s "$article")
  times=$(/usr/bin/time -f "%e %U %S" "$bin" extract --quiet --threads 1 "$article" \
    -o "$dir/out-${mb}mb.jsonl" 2>&1 >/dev/null | tail -1)
  python3 -c 'import sys; b = int(sys.argv[2]); wall, user, system = map(float, sys.argv[3].split())
cpu = user + system
print(f"{sys.argv[1]:>8} {b:>10} {wall:>8.2f} {cpu:>8.2f} {b / 1e6 / max(cpu, 0.01):>8.2f}")' \
    "$mb" "$bytes" "$times"
done
