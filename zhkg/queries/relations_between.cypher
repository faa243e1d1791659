// name: relations_between
// description: The relations between two groups of stakeholders (each a class with its subclasses, or named parties), in both directions, with evidence.
// param: stakeholders: list — the first stakeholders (主播)
// param: others: list — the second stakeholders (商家)
// example: zhkg run-query relations_between --param stakeholders=主播 --param others=商家
MATCH (a:Stakeholder)-[e]->(b:Stakeholder)
WHERE (a.name IN $stakeholders AND b.name IN $others)
   OR (a.name IN $others AND b.name IN $stakeholders)
OPTIONAL MATCH (d:Document {iri: e.document})
RETURN a.name AS subject,
       e.relation AS relation,
       b.name AS object,
       coalesce(e.evidence, '') AS evidence,
       coalesce(d.title, '') AS document,
       coalesce(e.sentence, -1) AS sentence
ORDER BY subject, relation, object, document, sentence, evidence
