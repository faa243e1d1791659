// name: duties_with_verb
// description: Duties stating a relation verb (监督, 报告 …): duties of some stakeholders whose text has the verb (role subject), or duties of others whose evidence has the verb and names them (role object), with evidence: how the texts state a relation the relation edges lack.
// param: verb — the verb the duty text contains (报告)
// param: stakeholders: list — the stakeholders asked about (电子商务平台经营者)
// param: role = "subject" — subject: duties they hold (X向谁报告); object: duties of others naming them (谁监督X)
// example: zhkg run-query duties_with_verb --param verb=报告 --param stakeholders=电子商务平台经营者
UNWIND $stakeholders AS party
MATCH (s:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r:Responsibility)
WHERE ($role = 'subject' AND s.name = party AND r.name CONTAINS $verb)
   OR ($role = 'object' AND s.name <> party
       AND rf.evidence CONTAINS party AND rf.evidence CONTAINS $verb)
OPTIONAL MATCH (d:Document {iri: rf.document})
RETURN DISTINCT s.name AS stakeholder,
       coalesce(rf.modality, '') AS modality,
       r.name AS duty,
       coalesce(r.category, '') AS category,
       coalesce(rf.evidence, '') AS evidence,
       coalesce(d.title, '') AS document,
       coalesce(rf.sentence, -1) AS sentence,
       rf.statement AS statement
ORDER BY stakeholder, modality, duty, document, sentence, statement
