// name: duties_of
// description: The duties of some stakeholders (a class with its subclasses, or named parties) of the given modalities, optionally only where the text names the holder as written, with evidence.
// param: stakeholders: list — stakeholder names (平台,直播营销平台)
// param: modalities: list — modalities to include (must,should,must_not,may)
// param: surface = "" — only statements whose holder the text names so (网信部门); empty for all
// example: zhkg run-query duties_of --param stakeholders=主播 --param modalities=must,should
MATCH (s:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r:Responsibility)
WHERE s.name IN $stakeholders
  AND rf.modality IN $modalities
  AND ($surface = '' OR rf.surface = $surface)
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
