#!/usr/bin/env bash
# The PostgreSQL recipe of docs/search.md, on a real server: starts a throwaway PostgreSQL
# (Debian's package, installed if missing) as the postgres user on a temporary directory and
# a Unix socket, loads the records of corpus/ with schema.sql, runs queries.sql, and checks
# every answer against the same questions answered in Python from the records.
#
#   examples/postgres/check.sh            (from .ci/run; needs root for apt-get and runuser)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ]; then
  apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
vnextract="${CARGO_TARGET_DIR:-target}/release/vnextract"
work=$(mktemp -d /tmp/vnextract-pg.XXXXXX)
chown postgres "$work"
as_postgres() { runuser -u postgres -- "$@"; }
cleanup() {
  as_postgres "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"$vnextract" extract corpus/gold corpus/sample --words -q -o "$work/records.jsonl"
chmod a+r "$work/records.jsonl"
as_postgres "$bin/initdb" -D "$work/data" -E UTF8 --locale=C.UTF-8 -A trust >/dev/null
as_postgres "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-c listen_addresses='' -k $work -p 54329" start >/dev/null
psql() { as_postgres /usr/bin/psql -h "$work" -p 54329 -d postgres -X -q -v ON_ERROR_STOP=1 "$@"; }

psql -f examples/postgres/schema.sql
psql -c "\copy incoming FROM STDIN WITH (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')" \
  <"$work/records.jsonl"
psql -f examples/postgres/load.sql

# The questions, and their answers from the records themselves.
python3 - "$work/records.jsonl" >"$work/expected.txt" <<'PY'
import json, sys
from collections import Counter
from decimal import Decimal
records = {}
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line, parse_float=Decimal)
    records[r["id"]] = r
ok = [r for r in records.values() if "error" not in r]
names = Counter(o["name"] for r in ok for o in r["officials"])
official = names.most_common(1)[0][0]
organization, word, min_vnd = "UBND", "ngân_sách", 1_000_000_000_000
def ids(pred):
    return sorted(i for i, r in records.items() if "error" not in r and pred(r))
answers = {
    "by_official": ids(lambda r: any(o["name"] == official for o in r["officials"])),
    "by_organization": ids(lambda r: any(organization in o["organization"] for o in r["officials"])),
    "by_word": ids(lambda r: any(w["text"].lower().replace(" ", "_") == word for w in r["words"])),
    "by_money": ids(lambda r: any(m["currency"] == "VND" and m["amount"] >= min_vnd for m in r["money"])),
    "vnd_total": [str(sum(m["amount"] for r in ok for m in r["money"] if m["currency"] == "VND"))],
}
print(f"{official}\t{organization}\t{word}\t{min_vnd}")
for name, answer in answers.items():
    assert answer and answer != [str(0)], f"{name}: the corpus gives no answer to check"
    print(name)
    print("\n".join(answer))
PY
IFS=$'\t' read -r official organization word min_vnd <"$work/expected.txt"
psql -At -v official="$official" -v organization="$organization" -v word="$word" \
  -v min_vnd="$min_vnd" -f examples/postgres/queries.sql >"$work/got.txt"
if ! diff <(tail -n +2 "$work/expected.txt") "$work/got.txt"; then
  echo "PostgreSQL answers differ from the records' (< expected, > PostgreSQL)" >&2
  exit 1
fi
echo "PostgreSQL recipe: $(grep -c . "$work/got.txt") answer lines as expected" \
  "($(psql -At -c 'SELECT count(*) FROM articles') articles; official '$official')"
