// name: stakeholder_relations
// description: The relations of a stakeholder (supervises, requires, collaborates with, serves, informs, reports to, gives feedback to, contracts with, compensates, jointly liable with) in both directions, optionally only with one other stakeholder, of one type, or with the stakeholder as subject or object; with modality and evidence.
// param: stakeholder — the stakeholder's name (平台)
// param: other = "" — the other stakeholder's name; empty for every relation
// param: relation = "" — a relation type (SUPERVISES, SERVES …); empty for every type
// param: role = "" — subject (the stakeholder acts), object (it is acted on); empty for both
// param: kinds: list = "" — classes (Platform, Regulator …) whose every member counts as the stakeholder too; empty for the name alone
// example: zhkg run-query stakeholder_relations --param stakeholder=平台 --param relation=SUPERVISES --param role=object
MATCH (a:Stakeholder)-[e]->(b:Stakeholder)
WHERE (((a.name = $stakeholder OR a.kind IN $kinds) AND $role <> 'object')
    OR ((b.name = $stakeholder OR b.kind IN $kinds) AND $role <> 'subject'))
  AND ($other = '' OR a.name = $other OR b.name = $other)
  AND ($relation = '' OR e.relation = $relation)
OPTIONAL MATCH (d:Document {iri: e.document})
RETURN a.name AS subject,
       e.relation AS relation,
       b.name AS object,
       coalesce(e.modality, '') AS modality,
       coalesce(e.evidence, '') AS evidence,
       coalesce(d.title, '') AS document,
       coalesce(e.sentence, -1) AS sentence,
       coalesce(e.start_offset, -1) AS start_offset,
       coalesce(e.end_offset, -1) AS end_offset
ORDER BY subject, relation, object, document, sentence, evidence
