// name: stakeholders
// description: Every stakeholder with its class and how many responsibility statements and relations it has.
// example: zhkg run-query stakeholders
MATCH (s:Stakeholder)
OPTIONAL MATCH (s)-[rf:RESPONSIBLE_FOR]->(:Responsibility)
WITH s, count(rf) AS statements
OPTIONAL MATCH (s)-[e]-(:Stakeholder)
RETURN s.name AS stakeholder, s.kind AS kind, statements, count(e) AS relations
ORDER BY statements DESC, stakeholder, kind
