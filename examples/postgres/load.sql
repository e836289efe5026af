-- Moves the records COPYed into `incoming` into `articles`, upserting by id (the last
-- record of an id wins), then empties `incoming`. Before it, from the shell:
--   psql -c "\copy incoming FROM STDIN WITH (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')" < records.jsonl
-- CSV with \x01 and \x02, which JSON text never holds unescaped, makes each line one value
-- with its backslashes kept.
INSERT INTO articles (id, record)
SELECT DISTINCT ON (line->>'id') line->>'id', line
FROM (SELECT line, row_number() OVER () AS n FROM incoming) AS lines
ORDER BY line->>'id', n DESC
ON CONFLICT (id) DO UPDATE SET record = excluded.record;
TRUNCATE incoming;
ANALYZE articles;
