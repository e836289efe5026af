#!/usr/bin/env bash
# Runs the shell examples of the documentation, so that they stay true.
#
#   scripts/doc-examples.sh [FILE.md]...     # default: README.md and docs/*.md
#
# Every ```sh block is run by bash (-e, -o pipefail) in its own scratch copy of the
# repository's files, with the release binary on PATH as `vnextract`, and with `../shared`
# pointing at the repository's `../shared` when there is one. The files the examples name
# (archive.tar.gz, dump.jsonl, tokenizer.json …) are made from corpus/ first. A block is
# skipped when the line right before its fence is
#   <!-- not run: REASON -->            (long runs, installs, cargo commands), or
#   <!-- needs: PATH -->                and PATH (relative to the repository) is absent.
# The README's first block (`cargo run … extract corpus/gold corpus/sample`, `cargo test`) is not run here:
# .ci/run runs both of its commands itself. A block fails when a command fails or when a
# vnextract run's summary line counts error records; a failing block is named by its file
# and line, with its output, and the script then exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

if [ $# -gt 0 ]; then
  files=("$@")
else
  files=(README.md docs/*.md)
fi

cargo build --release --quiet
real_bin="$(cd "${CARGO_TARGET_DIR:-target}/release" && pwd)/vnextract"

work=$(mktemp -d "${TMPDIR:-/tmp}/vnextract-doc-examples.XXXXXX")
trap 'rm -rf "$work"' EXIT

# `vnextract` on PATH is the release binary, except that a run whose summary line counts
# error records fails: an example's input that cannot be read must not pass unnoticed.
mkdir -p "$work/bin"
cat > "$work/bin/vnextract" <<WRAPPER
#!/usr/bin/env bash
stderr=\$(mktemp)
status=0
"$real_bin" "\$@" 2>"\$stderr" || status=\$?
cat "\$stderr" >&2
if grep -qE ', [1-9][0-9]* errors;' "\$stderr"; then
  echo "doc-examples: this run wrote error records" >&2
  status=1
fi
rm -f "\$stderr"
exit \$status
WRAPPER
chmod +x "$work/bin/vnextract"
export PATH="$work/bin:$PATH"

# The blocks: one file each, and an index of `N<TAB>FILE<TAB>LINE<TAB>MODE<TAB>ARG`.
mkdir -p "$work/blocks"
awk -v out="$work/blocks" '
  FNR == 1 { first_in_file = 1 }
  !in_block && /^```sh[[:space:]]*$/ {
    in_block = 1; n++; body = out "/" n ".sh"; printf "" > body
    mode = "run"; arg = ""
    if (match(prev, /^<!-- not run: .* -->$/)) { mode = "skip"; arg = substr(prev, 15, length(prev) - 18) }
    else if (match(prev, /^<!-- needs: .* -->$/)) { mode = "needs"; arg = substr(prev, 13, length(prev) - 16) }
    else if (FILENAME == "README.md" && first_in_file) { mode = "skip"; arg = "run by .ci/run (the README sample and test commands)" }
    first_in_file = 0
    printf "%d\t%s\t%d\t%s\t%s\n", n, FILENAME, FNR, mode, arg > (out "/index")
    next
  }
  in_block && /^```[[:space:]]*$/ { in_block = 0; close(body); prev = $0; next }
  in_block { print > body; next }
  { prev = $0 }
' "${files[@]}"
touch "$work/blocks/index"

# The repository's files (tracked or new, not ignored), and the inputs the examples name.
template="$work/template"
mkdir -p "$template"
git ls-files -z --cached --others --exclude-standard \
  | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$template"
(
  cd "$template"
  tar -czf archive.tar.gz -C corpus gold                       # an archive of JSON Lines
  cp corpus/gold/part-a.gold.jsonl articles.jsonl
  cp corpus/gold/part-b.gold.jsonl my-gold.jsonl
  gzip -c corpus/gold/part-a.gold.jsonl > news.jsonl.gz
  # Other field names: the first "id", "text" and "title" of each line are the article's.
  sed 's/"id":/"doc_id":/; s/"text":/"body":/; s/"title":/"headline":/' corpus/gold/part-b.gold.jsonl > dump.jsonl
  # One sentence of syllables a line, as `segment --lines` expects.
  vnextract segment --quiet corpus/sample | grep -v -e '^# ' -e '^$' > corpus.txt
  printf '# format: vnextract-lexicon 1\nposition\tTrưởng khoa\n' > my-lexicon.tsv
  # A small WordLevel tokenizer.json (what --hf-tokenizer reads), words as PhoBERT writes them.
  cat > tokenizer.json <<'JSON'
{"version": "1.0", "truncation": null, "padding": null, "added_tokens": [], "normalizer": null,
 "pre_tokenizer": null, "post_processor": null, "decoder": null,
 "model": {"type": "WordLevel", "vocab": {"<unk>": 0, "Chủ_tịch": 1, "tỷ": 2, "đồng": 3, ".": 4, ",": 5},
           "unk_token": "<unk>"}}
JSON
)

ran=0 failed=0 skipped=0
while IFS=$'\t' read -r n file line mode arg; do
  where="$file:$line"
  if [ "$mode" = skip ]; then
    echo "skip $where: not run: $arg"
    skipped=$((skipped + 1))
    continue
  fi
  if [ "$mode" = needs ] && [ ! -e "$repo/$arg" ]; then
    echo "skip $where: needs $arg, absent"
    skipped=$((skipped + 1))
    continue
  fi
  dir="$work/run/$n"
  mkdir -p "$dir"
  cp -r "$template" "$dir/repo"
  if [ -d "$repo/../shared" ]; then
    ln -s "$(cd "$repo/../shared" && pwd)" "$dir/shared"
  fi
  ran=$((ran + 1))
  if (cd "$dir/repo" && timeout 300 bash -e -o pipefail "$work/blocks/$n.sh") >"$dir/log" 2>&1; then
    echo "ok   $where"
  else
    status=$?
    failed=$((failed + 1))
    echo "FAIL $where (exit $status):"
    sed 's/^/    | /' "$work/blocks/$n.sh"
    echo "    output:"
    tail -n 20 "$dir/log" | sed 's/^/    > /'
  fi
  rm -rf "$dir/repo"
done < "$work/blocks/index"

echo "doc examples: $ran run, $failed failed, $skipped not run"
[ "$failed" -eq 0 ]
