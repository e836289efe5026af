-- Example queries over the schema of schema.sql. Variables: official, organization, word,
-- min_vnd (psql -v official='...' ...).

\echo by_official
-- Articles naming an official (containment: uses the GIN index).
SELECT id FROM articles
WHERE record @> jsonb_build_object('officials', jsonb_build_array(jsonb_build_object('name', :'official')))
ORDER BY id;

\echo by_organization
-- Articles with an official of an organization whose name contains a word.
SELECT id FROM articles
WHERE record @? format('$.officials[*] ? (@.organization like_regex %s)', to_jsonb(:'organization'::text))::jsonpath
ORDER BY id;

\echo by_word
-- Articles containing a word (the query segmented like the text: vnextract segment --lines).
-- A cast, not to_tsquery: the text search parser would split "ngân_sách" at the underscore.
SELECT id FROM articles WHERE words @@ quote_literal(:'word')::tsquery ORDER BY id;

\echo by_money
-- Articles with an amount in VND of at least min_vnd, exactly.
SELECT DISTINCT id FROM money WHERE currency = 'VND' AND amount >= :'min_vnd'::numeric ORDER BY id;

\echo vnd_total
-- Every VND amount summed, exactly (numeric, no rounding).
SELECT sum(amount) FROM money WHERE currency = 'VND';
