// name: related_parties
// description: The stakeholders related to some stakeholders by one relation type, as its subject (Y REPORTS_TO whom) or its object (who SUPERVISES Y), with evidence.
// param: relation — the relation type (SUPERVISES, REPORTS_TO, SERVES …)
// param: stakeholders: list — the stakeholders asked about (主播)
// param: role = "object" — object: who relates to them (谁监管主播); subject: whom they relate to (主播向谁报告)
// example: zhkg run-query related_parties --param relation=SUPERVISES --param stakeholders=平台内经营者
MATCH (a:Stakeholder)-[e]->(b:Stakeholder)
WHERE e.relation = $relation
  AND (($role = 'object' AND b.name IN $stakeholders)
       OR ($role = 'subject' AND a.name IN $stakeholders))
OPTIONAL MATCH (d:Document {iri: e.document})
RETURN a.name AS subject,
       e.relation AS relation,
       b.name AS object,
       coalesce(e.evidence, '') AS evidence,
       coalesce(d.title, '') AS document,
       coalesce(e.sentence, -1) AS sentence
ORDER BY subject, relation, object, document, sentence, evidence
