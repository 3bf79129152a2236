// Backbone: the one Source every province, regency, district, village and island comes from
// (the regulation idn-area-data follows, and the package version); each of those nodes names
// it in `sourceId` (docs/model.md). Its seedFingerprint is set last (seed/source-fingerprint).
// $rows: [{id, kind, title, publisher, language, url, dataset, datasetVersion, licence, note}].
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.kind = row.kind, s.title = row.title, s.publisher = row.publisher, s.language = row.language,
    s.url = row.url, s.dataset = row.dataset, s.datasetVersion = row.datasetVersion,
    s.licence = row.licence, s.note = row.note
RETURN count(*) AS written
