// name: stakeholder_duties
// description: What a stakeholder must, must not, should or may do: its duties of one modality (or all), with evidence.
// param: stakeholder — the stakeholder's name (主播, 电子商务平台经营者) or class (Streamer)
// param: modality = "" — must, must_not, should or may; empty for every modality
// example: zhkg run-query stakeholder_duties --param stakeholder=主播 --param modality=must_not
MATCH (s:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r:Responsibility)
WHERE (s.name = $stakeholder OR s.kind = $stakeholder)
  AND ($modality = '' OR rf.modality = $modality)
OPTIONAL MATCH (d:Document {iri: rf.document})
RETURN s.name AS stakeholder,
       coalesce(rf.modality, '') AS modality,
       r.name AS duty,
       coalesce(r.category, '') AS category,
       coalesce(rf.evidence, '') AS evidence,
       coalesce(d.title, '') AS document,
       coalesce(rf.sentence, -1) AS sentence,
       rf.statement AS statement
ORDER BY stakeholder, modality, duty, document, sentence, statement
