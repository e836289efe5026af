#!/usr/bin/env python3
"""How consistently a word segmentation splits the same syllables.

Reads the text output of `vnextract segment --words` (one sentence a line, the syllables of a
word joined by "_", `# id` lines between articles) and, for every multi-syllable word the
output holds (case-folded), counts how often the same run of syllables elsewhere in the
output is *not* that word. A search index built on words misses a phrase wherever it was
segmented differently, so this is the figure to keep low; some of it is right ("đồng bằng"
as a word, and "tỷ đồng | bằng 131%"), most of it is the model being unsure.

    vnextract segment --words --threads 1 ARTICLES | scripts/segment-consistency.py [--top N]

Prints: the word types, the occurrences of their syllable runs, how many of those are split
apart (the syllables in different words: the figure that matters) and how many are inside a
longer word ("đầu tư" in "nhà_đầu_tư", a convention of the treebank), the types split
somewhere, and the N most frequent of them with their counts.
"""
import argparse
import collections
import sys


def sentences(stream):
    for line in stream:
        line = line.rstrip("\n")
        if not line or line.startswith("# "):
            continue
        yield [w.lower().split("_") for w in line.split(" ") if w]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    corpus = list(sentences(sys.stdin))
    types = collections.Counter(
        tuple(w) for s in corpus for w in s if 2 <= len(w) <= 4
    )
    longest = max((len(t) for t in types), default=0)
    joined = collections.Counter()
    apart = collections.Counter()
    inside = collections.Counter()
    for words in corpus:
        syllables, word_spans, word_of = [], set(), []
        for n, w in enumerate(words):
            word_spans.add((len(syllables), len(syllables) + len(w)))
            syllables.extend(w)
            word_of.extend([n] * len(w))
        for i in range(len(syllables)):
            for k in range(2, longest + 1):
                if i + k > len(syllables):
                    break
                key = tuple(syllables[i : i + k])
                if key not in types:
                    continue
                if (i, i + k) in word_spans:
                    joined[key] += 1
                elif word_of[i] == word_of[i + k - 1]:
                    inside[key] += 1
                else:
                    apart[key] += 1

    occurrences = sum(joined.values()) + sum(apart.values()) + sum(inside.values())
    split = sum(apart.values())
    within = sum(inside.values())
    mixed = [t for t in types if apart[t] > 0]
    rate = lambda n: round(n / occurrences, 4) if occurrences else 0.0
    figures = {
        "word_types": len(types),
        "occurrences": occurrences,
        "split_apart": split,
        "split_rate": rate(split),
        "inside_a_longer_word": within,
        "inside_rate": rate(within),
        "types_split_somewhere": len(mixed),
        "share_of_types_split": round(len(mixed) / len(types), 4) if types else 0.0,
    }
    top = sorted(mixed, key=lambda t: -(joined[t] + apart[t]))[: args.top]
    if args.json:
        import json

        figures["top"] = [
            {"word": " ".join(t), "as_word": joined[t], "split": apart[t], "inside": inside[t]}
            for t in top
        ]
        print(json.dumps(figures, ensure_ascii=False))
        return
    for name, value in figures.items():
        print(f"{name:28} {value}")
    print(f"\nthe {len(top)} most frequent words split somewhere (as a word / split / inside):")
    for t in top:
        print(f"  {' '.join(t):24} {joined[t]:7} {apart[t]:7} {inside[t]:7}")


if __name__ == "__main__":
    main()
