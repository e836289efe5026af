#!/usr/bin/env bash
# Word segmentation speed (and accuracy on UD_Vietnamese-VTB test) of vnextract, pyvi and
# underthesea on the same text, in one run. Not part of CI: it installs pyvi and underthesea
# from PyPI into a throwaway virtualenv (in /tmp, or $VENV).
#
#   scripts/compare-segmenters.sh [MEGABYTES]     # default 2
#   OLD=/tmp/old/target/release/vnextract scripts/compare-segmenters.sh 20
#                                     # also an older build of vnextract, in the same run
#
# The text: the first MEGABYTES of the articles of ../shared/data/news-baomoi (real news),
# one line a paragraph; without it, the articles of ../shared/eval/*.gold.jsonl and the
# `# text` lines of ../shared/data/ud-vtb/*.conllu, repeated. Every tool reads the same
# lines on one thread; MB/s counts input UTF-8 bytes. F1 is word F1 on the UD test
# split, words compared as spans of the text without its spaces (so that a tool may split
# punctuation its own way).
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-2}
shared=../shared
venv=${VENV:-/tmp/vnextract-compare-venv}
work=$(mktemp -d /tmp/vnextract-compare.XXXXXX)
trap 'rm -rf "$work"' EXIT

[ -d "$shared/data/ud-vtb" ] || { echo "needs $shared/data/ud-vtb" >&2; exit 2; }
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet underthesea pyvi >&2 || echo "pip install failed; the missing tools are skipped" >&2

cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/vnextract

"$venv/bin/python" - "$shared" "$megabytes" "$work" <<'PY'
import glob, gzip, json, os, sys
shared, megabytes, work = sys.argv[1], float(sys.argv[2]), sys.argv[3]
texts = []
news = f"{shared}/data/news-baomoi/articles.jsonl.gz"
if os.path.exists(news):
    size = 0
    with gzip.open(news, "rt", encoding="utf-8") as articles:
        for line in articles:
            for t in json.loads(line)["text"].split("\n"):
                if t.strip():
                    texts.append(t.strip())
                    size += len(t.strip().encode()) + 1
            if size >= megabytes * 1e6:
                break
for path in sorted(glob.glob(f"{shared}/eval/*.gold.jsonl")) if not texts else []:
    for line in open(path, encoding="utf-8"):
        if line.strip():
            texts.extend(t.strip() for t in json.loads(line)["text"].split("\n") if t.strip())
for path in sorted(glob.glob(f"{shared}/data/ud-vtb/*.conllu")) if not os.path.exists(news) else []:
    for line in open(path, encoding="utf-8"):
        if line.startswith("# text"):
            texts.append(line.split("=", 1)[1].strip())
out, size = [], 0
while size < megabytes * 1e6:
    for t in texts:
        out.append(t)
        size += len(t.encode()) + 1
        if size >= megabytes * 1e6:
            break
open(f"{work}/input.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
# The UD test split as syllable lines, and its gold words.
gold, sentence = [], []
for line in open(f"{shared}/data/ud-vtb/vi_vtb-ud-test.conllu", encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        if sentence:
            gold.append(sentence)
            sentence = []
        continue
    if line.startswith("#"):
        continue
    cols = line.split("\t")
    if "-" in cols[0] or "." in cols[0]:
        continue
    sentence.append(cols[1])
if sentence:
    gold.append(sentence)
open(f"{work}/test.txt", "w", encoding="utf-8").write(
    "\n".join(" ".join(w for w in s) for s in gold) + "\n")
json.dump(gold, open(f"{work}/gold.json", "w", encoding="utf-8"))
print(f"input: {size / 1e6:.2f} MB, {len(out)} lines", file=sys.stderr)
PY

# vnextract, one thread, lines of text in, underscored lines out.
start=$(date +%s.%N)
"$bin" segment --lines --threads 1 --quiet "$work/input.txt" > "$work/vnextract.out"
end=$(date +%s.%N)
echo "vnextract $(echo "$end - $start" | bc)" > "$work/times"
"$bin" segment --lines --threads 1 --quiet "$work/test.txt" > "$work/vnextract.test"
if [ -n "${OLD:-}" ]; then
  start=$(date +%s.%N)
  "$OLD" segment --lines --threads 1 --quiet "$work/input.txt" > /dev/null
  end=$(date +%s.%N)
  echo "vnextract-old $(echo "$end - $start" | bc)" >> "$work/times"
  "$OLD" segment --lines --threads 1 --quiet "$work/test.txt" > "$work/vnextract-old.test"
fi

"$venv/bin/python" - "$work" <<'PY'
import json, sys, time
work = sys.argv[1]
lines = open(f"{work}/input.txt", encoding="utf-8").read().split("\n")[:-1]
test = open(f"{work}/test.txt", encoding="utf-8").read().split("\n")[:-1]
tools = {}
try:
    from pyvi import ViTokenizer
    tools["pyvi"] = ViTokenizer.tokenize
except Exception as e:
    print(f"pyvi unavailable: {e}", file=sys.stderr)
try:
    from underthesea import word_tokenize
    tools["underthesea"] = lambda s: word_tokenize(s, format="text")
except Exception as e:
    print(f"underthesea unavailable: {e}", file=sys.stderr)
with open(f"{work}/times", "a") as times:
    for name, tokenize in tools.items():
        tokenize("khởi động")  # load models outside the timing
        start = time.perf_counter()
        for line in lines:
            tokenize(line)
        times.write(f"{name} {time.perf_counter() - start}\n")
        with open(f"{work}/{name}.test", "w", encoding="utf-8") as out:
            for line in test:
                out.write(tokenize(line) + "\n")
PY

"$venv/bin/python" - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
size = os.path.getsize(f"{work}/input.txt") / 1e6
gold = json.load(open(f"{work}/gold.json", encoding="utf-8"))

def spans(words):
    """Words as (start, end) over the sentence's characters without spaces."""
    out, at = set(), 0
    for w in words:
        n = len(w.replace(" ", "").replace("_", ""))
        if n:
            out.add((at, at + n))
            at += n
    return out

print(f"| tool | MB/s (1 thread, {size:.1f} MB) | UD test P | R | F1 |")
print("|---|---|---|---|---|")
for line in open(f"{work}/times"):
    name, secs = line.split()
    secs = float(secs)
    pred_lines = open(f"{work}/{name}.test", encoding="utf-8").read().split("\n")
    tp = npred = ngold = 0
    for g, p in zip(gold, pred_lines):
        gs, ps = spans(g), spans(p.split())
        tp += len(gs & ps); npred += len(ps); ngold += len(gs)
    prec, rec = tp / max(npred, 1), tp / max(ngold, 1)
    f1 = 2 * prec * rec / max(prec + rec, 1e-9)
    print(f"| {name} | {size / secs:.2f} | {prec:.4f} | {rec:.4f} | {f1:.4f} |")
PY
