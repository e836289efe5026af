#!/usr/bin/env bash
# Rebuilds models/words.txt, the word segmentation model, from ../shared/data
# (UD_Vietnamese-VTB train and dev, the FrequencyWords syllable list, the Vietnamese
# Wiktionary headwords as a dictionary feature). The epochs are the best on dev, then dev
# joins the training sentences. Deterministic: the same data gives the same file, byte for
# byte.
#
#   scripts/train-segmenter.sh [OUT]      # default: models/words.txt
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
out=${1:-models/words.txt}
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/vnextract
"$bin" train-segmenter \
  --train "$data/ud-vtb/vi_vtb-ud-train.conllu" \
  --dev "$data/ud-vtb/vi_vtb-ud-dev.conllu" \
  --frequency "$data/frequency/vi_50k_2018.txt" \
  --lexicon "$data/wiktionary/words.jsonl" \
  --out "$out"
