#!/usr/bin/env python3
"""Draws the articles of news-baomoi that the project annotates, reproducibly.

    scripts/sample-baomoi.py [ARTICLES.jsonl.gz] > corpus/baomoi/sample.jsonl

Procedure (issue 13): keep the articles of 500 to 8,000 characters whose text names at least
one position head of models/positions.txt (as whole words, in any case); sort their ids; shuffle
them with Python's random.Random(SEED); the first COUNT are the sample, in that order. The
first TEST of them are the held-out test set that training never sees, the rest are training.
Each line is {"id", "sha256" (of the text as UTF-8), "split", "order"}: no article text.
"""

import gzip
import hashlib
import json
import random
import re
import sys
import unicodedata

SEED = 13
COUNT = 400
TEST = 100
MIN_CHARS, MAX_CHARS = 500, 8000


def position_heads(path="models/positions.txt"):
    heads = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                heads.append(unicodedata.normalize("NFC", line.split("\t")[0]).lower())
    return heads


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/news-baomoi/articles.jsonl.gz"
    heads = position_heads()
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) + r")(?!\w)"
    )
    kept = {}
    with gzip.open(source, "rt", encoding="utf-8") as f:
        for line in f:
            article = json.loads(line)
            text = article["text"]
            if MIN_CHARS <= len(text) <= MAX_CHARS and pattern.search(text.lower()):
                kept[article["id"]] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    ids = sorted(kept)
    random.Random(SEED).shuffle(ids)
    for order, id_ in enumerate(ids[:COUNT], start=1):
        split = "test" if order <= TEST else "train"
        print(json.dumps({"id": id_, "sha256": kept[id_], "split": split, "order": order}))
    print(f"{len(kept)} articles name a position; sampled {min(COUNT, len(ids))}", file=sys.stderr)


if __name__ == "__main__":
    main()
