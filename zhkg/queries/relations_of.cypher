// name: relations_of
// description: Every relation of some stakeholders (a class with its subclasses, or named parties), in both directions, with evidence.
// param: stakeholders: list — the stakeholders (平台)
// example: zhkg run-query relations_of --param stakeholders=平台,直播营销平台
MATCH (a:Stakeholder)-[e]->(b:Stakeholder)
WHERE a.name IN $stakeholders OR b.name IN $stakeholders
OPTIONAL MATCH (d:Document {iri: e.document})
RETURN a.name AS subject,
       e.relation AS relation,
       b.name AS object,
       coalesce(e.evidence, '') AS evidence,
       coalesce(d.title, '') AS document,
       coalesce(e.sentence, -1) AS sentence
ORDER BY subject, relation, object, document, sentence, evidence
