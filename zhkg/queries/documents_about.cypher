// name: documents_about
// description: Which documents state a responsibility of some stakeholders about a topic (a category label or keyword, or a word of the duty text), with the statements and evidence.
// param: stakeholders: list — stakeholder names (平台,直播营销平台)
// param: topic — a category label or keyword (信息保护) or a word of the duty text
// example: zhkg run-query documents_about --param stakeholders=电子商务平台经营者 --param topic=信息保护
MATCH (s:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r:Responsibility)
OPTIONAL MATCH (r)-[:IN_CATEGORY]->(c:Category)
WITH s, rf, r, c
WHERE s.name IN $stakeholders
  AND (r.name CONTAINS $topic OR c.name CONTAINS $topic OR $topic IN c.keywords)
MATCH (d:Document {iri: rf.document})
RETURN coalesce(d.title, '') AS document,
       coalesce(d.source, '') AS source,
       s.name AS stakeholder,
       coalesce(rf.modality, '') AS modality,
       r.name AS duty,
       coalesce(rf.evidence, '') AS evidence,
       coalesce(rf.sentence, -1) AS sentence,
       rf.statement AS statement
ORDER BY document, sentence, stakeholder, duty, statement
