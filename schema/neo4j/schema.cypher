// The Neo4j schema of the knowledge graph. `kg load` runs exactly these statements, in this
// order, before it writes (src/store/neo4j/cypher.ts, SCHEMA_STATEMENTS; a test keeps the two
// identical). Every statement is idempotent (IF NOT EXISTS): run it in Browser or cypher-shell
// to prepare an empty database by hand.

// One node per entity, briefing and article id; the constraints also index the id lookups.
CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_briefing_id IF NOT EXISTS FOR (n:Briefing) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// Search over every name form. The cjk analyzer indexes Han text as overlapping bigrams
// (中环联合 -> 中环, 环联, 联合), folds full-width Latin to half-width and lower-cases it.
// Query it with: CALL db.index.fulltext.queryNodes('kg_entity_names', '中环联合') YIELD node, score
CREATE FULLTEXT INDEX kg_entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameZh, n.nameEn, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// Timelines sort and filter events by date; analysts look entities up by name and kind.
CREATE INDEX kg_event_start_date IF NOT EXISTS FOR (n:Event) ON (n.startDate);
CREATE INDEX kg_entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX kg_entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
