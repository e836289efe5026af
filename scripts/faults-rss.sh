#!/usr/bin/env bash
# Peak memory on the reading side's worst inputs, at realistic sizes: a 300 MB JSON Lines
# line between two good ones (on stdin), a 1 GiB gzip bomb as a JSON Lines line and as a
# .txt.gz, a zip whose one member is a 1 GiB bomb, and /dev/zero read as text. Each runs
# under `/usr/bin/time -f %M` with the default --max-article-bytes (32 MB); prints its
# peak RSS, records and exit status. The goal is at most 300 MB for each.
#
#   scripts/faults-rss.sh [BINARY]      (default target/release/vnextract)
set -euo pipefail
bin=$(realpath "${1:-target/release/vnextract}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
good='{"id": "g", "text": "Doanh thu tăng 5%, đạt 14.732 tỷ đồng."}'

# Runs `vnextract extract ARGS…` with stdin from $stdin_cmd (or empty), reports one line.
measure() {
  local name=$1
  shift
  local rss status records
  set +e
  if [[ -n ${stdin_cmd:-} ]]; then
    bash -c "$stdin_cmd" | /usr/bin/time -f %M -o "$work/rss" "$bin" extract --quiet "$@" >"$work/out"
  else
    /usr/bin/time -f %M -o "$work/rss" "$bin" extract --quiet "$@" >"$work/out" </dev/null
  fi
  status=$?
  set -e
  rss=$(tail -1 "$work/rss")
  records=$(grep -c . "$work/out" || true)
  kinds=$(grep -o '"kind":"[a-z_]*"' "$work/out" | sort | uniq -c | tr -s ' \n' ' ' || true)
  printf '%-34s peak RSS %7.1f MB  records %s (errors:%s) exit %s\n' \
    "$name" "$(echo "$rss / 1024" | bc -l)" "$records" "${kinds:- none}" "$status"
}

echo "generating the bombs (1 GiB of zeros through gzip, twice) …" >&2
head -c 1073741824 /dev/zero | gzip -1 >"$work/bomb.txt.gz"
{ echo "$good"; head -c 1073741824 /dev/zero; echo; echo "$good"; } | gzip -1 >"$work/bomb.jsonl.gz"
python3 - "$work/bomb.zip" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
    z.writestr("a.txt", "Lãi suất 7%.")
    with z.open("bomb.txt", "w", force_zip64=True) as member:
        zeros = bytes(1 << 20)
        for _ in range(1024):
            member.write(zeros)
    z.writestr("c.txt", "Giá 2 triệu đồng.")
PY
ls -l "$work" >&2

stdin_cmd="echo '$good'; printf '{\"id\": \"huge\", \"text\": \"'; head -c 300000000 /dev/zero | tr '\\\\0' a; echo '\"}'; echo '$good'" \
  measure "300 MB line on stdin" -
stdin_cmd="" measure "1 GiB gzip bomb line (.jsonl.gz)" "$work/bomb.jsonl.gz"
stdin_cmd="" measure "1 GiB gzip bomb (.txt.gz)" "$work/bomb.txt.gz"
stdin_cmd="" measure "1 GiB zip bomb member" "$work/bomb.zip"
stdin_cmd="" measure "/dev/zero as text" --input-format txt /dev/zero
