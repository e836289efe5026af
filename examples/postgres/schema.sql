-- vnextract records in PostgreSQL: one row per article, the record as jsonb.
-- Run once: psql -f schema.sql; then load records with load.sql (see docs/search.md).

-- The words of a record as a tsvector: "Chủ tịch" becomes the one lexeme "chủ_tịch". The text
-- search parser is not used: it would split "chủ_tịch" at the underscore.
CREATE FUNCTION vn_words(record jsonb) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(coalesce(array_agg(lower(replace(w->>'text', ' ', '_'))), '{}'))
  FROM jsonb_array_elements(coalesce(record->'words', '[]')) AS w
$$;

CREATE TABLE articles (
  id      text PRIMARY KEY,
  record  jsonb NOT NULL,
  words   tsvector GENERATED ALWAYS AS (vn_words(record)) STORED
);

-- Records arrive here (COPY, one JSON line a row), then load.sql upserts them by id.
CREATE TABLE incoming (line jsonb);

-- jsonb_path_ops: containment (@>) and jsonpath (@?, @@) queries over the whole record.
CREATE INDEX articles_record ON articles USING gin (record jsonb_path_ops);
CREATE INDEX articles_words ON articles USING gin (words);
-- Money as rows, amounts as exact numeric, for range queries and sums.
CREATE VIEW money AS
SELECT a.id, m->>'currency' AS currency, (m->'amount')::numeric AS amount, m->>'text' AS text
FROM articles a, jsonb_array_elements(a.record->'money') AS m;
