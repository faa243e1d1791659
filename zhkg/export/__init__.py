"""The property graph as files other tools read: GraphML, GEXF, CSV, neo4j-admin import."""
