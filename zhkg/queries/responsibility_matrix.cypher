// name: responsibility_matrix
// description: The stakeholder x category responsibility matrix: how many statements each stakeholder has in each category, split by modality (category empty for uncategorised duties).
// example: zhkg run-query responsibility_matrix --format csv
MATCH (s:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r:Responsibility)
WITH s.name AS stakeholder, coalesce(r.category, '') AS category, rf.modality AS modality
RETURN stakeholder,
       category,
       count(*) AS statements,
       sum(CASE WHEN modality = 'must' THEN 1 ELSE 0 END) AS must,
       sum(CASE WHEN modality = 'must_not' THEN 1 ELSE 0 END) AS must_not,
       sum(CASE WHEN modality = 'should' THEN 1 ELSE 0 END) AS should,
       sum(CASE WHEN modality = 'may' THEN 1 ELSE 0 END) AS may
ORDER BY stakeholder, category
