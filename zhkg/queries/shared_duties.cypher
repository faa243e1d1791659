// name: shared_duties
// description: Duties shared by several stakeholders: every duty text (optionally of a topic) that at least min_holders different stakeholders bear, one row per holder and statement.
// param: topic = "" — a category label or keyword, or a word of the duty text; empty for every duty
// param: min_holders: int = 2 — the least number of different stakeholders sharing the duty
// example: zhkg run-query shared_duties --param topic=合规
MATCH (s:Stakeholder)-[:RESPONSIBLE_FOR]->(r:Responsibility)
OPTIONAL MATCH (r)-[:IN_CATEGORY]->(c:Category)
WITH s, r, c
WHERE $topic = '' OR r.name CONTAINS $topic OR c.name CONTAINS $topic OR $topic IN c.keywords
WITH r.name AS duty, count(DISTINCT s.iri) AS holders
WHERE holders >= $min_holders
MATCH (s2:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r2:Responsibility)
WHERE r2.name = duty
OPTIONAL MATCH (d:Document {iri: rf.document})
RETURN duty,
       holders,
       s2.name AS stakeholder,
       coalesce(rf.modality, '') AS modality,
       coalesce(rf.evidence, '') AS evidence,
       coalesce(d.title, '') AS document,
       coalesce(rf.sentence, -1) AS sentence
ORDER BY holders DESC, duty, stakeholder, modality, document, sentence, evidence
