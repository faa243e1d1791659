// name: statement_evidence
// description: The evidence and source of one responsibility statement: holder, modality, duty, the sentence that states it with its offsets in the original file, the document, and how it was found.
// param: statement — the statement IRI (the statement column of who_is_responsible or stakeholder_duties)
// example: zhkg run-query statement_evidence --param statement=https://w3id.org/zhkg/id/...
MATCH (s:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r:Responsibility)
WHERE rf.statement = $statement
OPTIONAL MATCH (r)-[ev:EVIDENCED_BY]->(sent:Sentence)
WHERE ev.statement = $statement
OPTIONAL MATCH (sent)-[:IN_DOCUMENT]->(d:Document)
RETURN rf.statement AS statement,
       s.name AS stakeholder,
       coalesce(rf.modality, '') AS modality,
       r.name AS duty,
       coalesce(r.category, '') AS category,
       coalesce(sent.text, '') AS evidence,
       coalesce(sent.position, -1) AS sentence,
       coalesce(sent.start_offset, -1) AS start_offset,
       coalesce(sent.end_offset, -1) AS end_offset,
       coalesce(d.title, '') AS document,
       coalesce(d.source, '') AS source,
       rf.confidence AS confidence,
       coalesce(rf.rule, '') AS rule,
       coalesce(rf.surface, '') AS surface
ORDER BY statement, sentence
