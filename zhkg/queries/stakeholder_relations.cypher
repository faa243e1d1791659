// name: stakeholder_relations
// description: The relations of a stakeholder (serves, collaborates with, supervises, gives feedback to, jointly liable with, requires) in both directions, optionally only those with one other stakeholder, with evidence.
// param: stakeholder — the stakeholder's name (平台)
// param: other = "" — the other stakeholder's name; empty for every relation
// example: zhkg run-query stakeholder_relations --param stakeholder=主播 --param other=商家
MATCH (a:Stakeholder)-[e]->(b:Stakeholder)
WHERE (a.name = $stakeholder OR b.name = $stakeholder)
  AND ($other = '' OR a.name = $other OR b.name = $other)
OPTIONAL MATCH (d:Document {iri: e.document})
RETURN a.name AS subject,
       e.relation AS relation,
       b.name AS object,
       coalesce(e.evidence, '') AS evidence,
       coalesce(d.title, '') AS document,
       coalesce(e.sentence, -1) AS sentence
ORDER BY subject, relation, object, document, sentence, evidence
