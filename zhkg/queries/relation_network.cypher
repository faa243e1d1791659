// name: relation_network
// description: The stakeholder network: one row per subject, relation type and object with the number of sentences that state it, among the given stakeholders only (both ends in the set) or over the whole graph.
// param: stakeholders: list = "" — stakeholder names separated by 、 or commas (平台、主播、商家); empty for the whole network
// example: zhkg run-query relation_network --param stakeholders=平台、主播、商家
MATCH (a:Stakeholder)-[e]->(b:Stakeholder)
WHERE size($stakeholders) = 0 OR (a.name IN $stakeholders AND b.name IN $stakeholders)
RETURN a.name AS subject,
       e.relation AS relation,
       b.name AS object,
       count(e) AS sentences
ORDER BY subject, relation, object
