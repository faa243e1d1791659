// name: relation_path
// description: How one stakeholder reaches another through relations: direct relations and chains through one intermediate stakeholder (who supervises the party that serves consumers?), each step with its type.
// param: source — the stakeholder the chain starts from (监管部门)
// param: target — the stakeholder the chain ends at (消费者)
// example: zhkg run-query relation_path --param source=市场监督管理部门 --param target=消费者
MATCH (a:Stakeholder)-[r1]->(b:Stakeholder)
WHERE a.name = $source AND b.name <> $source
OPTIONAL MATCH (b)-[r2]->(c:Stakeholder {name: $target})
WITH a, r1, b, r2, c
WHERE b.name = $target OR c IS NOT NULL
RETURN DISTINCT a.name AS source,
       r1.relation AS first,
       CASE WHEN b.name = $target THEN '' ELSE b.name END AS via,
       CASE WHEN b.name = $target THEN '' ELSE r2.relation END AS second,
       $target AS target,
       CASE WHEN b.name = $target THEN 1 ELSE 2 END AS steps
ORDER BY steps, first, via, second
