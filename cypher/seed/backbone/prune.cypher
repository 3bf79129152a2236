// Backbone: deletes the nodes whose code the dataset no longer has (a newer idn-area-data
// merges or renumbers villages), so that after an upgrade the graph holds exactly its rows.
// Runs before the levels are written, and only when the dataset's files are not those the
// backbone was last written from (its Source's seedFingerprint).
// $provinces, $regencies, $districts, $villages, $islands: every code of each level.
CALL () { MATCH (n:Island) WHERE NOT n.code IN $islands DETACH DELETE n RETURN count(*) AS islands }
CALL () { MATCH (n:Village) WHERE NOT n.code IN $villages DETACH DELETE n RETURN count(*) AS villages }
CALL () { MATCH (n:District) WHERE NOT n.code IN $districts DETACH DELETE n RETURN count(*) AS districts }
CALL () { MATCH (n:Regency) WHERE NOT n.code IN $regencies DETACH DELETE n RETURN count(*) AS regencies }
CALL () { MATCH (n:Province) WHERE NOT n.code IN $provinces DETACH DELETE n RETURN count(*) AS provinces }
RETURN islands + villages + districts + regencies + provinces AS deleted
