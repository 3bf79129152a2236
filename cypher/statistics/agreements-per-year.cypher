// Agreements per year of signing, oldest first. inferredCount: how many of them have an
// inferred date (the source gave no year, e.g. "Rabu (22/3)"; see Agreement.dateInference).
// Agreements without a date form one row with year null, last.
MATCH (a:Agreement)
WITH a.date.year AS year, count(*) AS count, count(CASE WHEN a.dateInferred THEN 1 END) AS inferredCount
RETURN year, count, inferredCount
ORDER BY year
