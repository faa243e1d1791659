// name: who_is_responsible
// description: Who is responsible for a topic: the stakeholders whose duty is in a category named by the topic (its label, or one of its keywords: 售后 -> 售后服务) or whose duty text contains the topic, with modality and evidence.
// param: topic — a category label or keyword (售后, 合规, 信息保护) or a word of the duty text
// example: zhkg run-query who_is_responsible --param topic=售后
MATCH (s:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r:Responsibility)
OPTIONAL MATCH (r)-[:IN_CATEGORY]->(c:Category)
WITH s, rf, r, c
WHERE r.name CONTAINS $topic OR c.name CONTAINS $topic OR $topic IN c.keywords
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
