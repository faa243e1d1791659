// name: who_among
// description: Which of some stakeholders is responsible for a topic (a category label or keyword, or a word of the duty text), with modality and evidence.
// param: stakeholders: list — the stakeholders to choose from (平台,主播)
// param: topic — a category label or keyword (内容审核) or a word of the duty text
// example: zhkg run-query who_among --param stakeholders=平台,主播 --param topic=审核
MATCH (s:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r:Responsibility)
OPTIONAL MATCH (r)-[:IN_CATEGORY]->(c:Category)
WITH s, rf, r, c
WHERE s.name IN $stakeholders
  AND (r.name CONTAINS $topic OR c.name CONTAINS $topic OR $topic IN c.keywords)
OPTIONAL MATCH (d:Document {iri: rf.document})
RETURN s.name AS stakeholder,
       coalesce(rf.modality, '') AS modality,
       r.name AS duty,
       coalesce(c.name, '') AS category,
       coalesce(rf.evidence, '') AS evidence,
       coalesce(d.title, '') AS document,
       coalesce(rf.sentence, -1) AS sentence,
       rf.statement AS statement
ORDER BY stakeholder, modality, duty, document, sentence, statement
