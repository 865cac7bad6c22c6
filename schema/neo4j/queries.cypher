// Ready-to-run Cypher for the analysts' common questions. Paste one query into Neo4j Browser
// (or run the whole file with cypher-shell -f). Each query starts with a WITH line holding its
// inputs: change the names or dates there.
//
// Names: every entity carries `_kgNames`, the list of all its name forms (name, Chinese and
// English names, aliases, id) in lower case, written by `kg load`. So
// `toLower('CEC') IN n._kgNames` finds 中环联合认证中心 by "CEC", "cec", "中环联合" or its
// English name alike. Every fact (relationship) carries `sources` (article ids), `evidence`
// (the sentences it was read from), `method` and `confidence`; reference facts carry a
// `citation` instead of evidence.

// Which GEN members has CEC signed joint standards with, and which standards?
// (A signature counts for an organisation when it signs itself or one of its people signs.)
WITH 'CEC' AS orgName, 'GEN' AS networkName
MATCH (org:Organization) WHERE toLower(orgName) IN org._kgNames
MATCH (net:Organization) WHERE toLower(networkName) IN net._kgNames
MATCH (standard:Standard)<-[:SIGNED]-(ourSigner:Entity)
WHERE ourSigner = org OR EXISTS { (ourSigner)-[:HOLDS_POSITION]->(org) }
MATCH (standard)<-[:SIGNED]-(theirSigner:Entity)
MATCH (partner:Organization)-[:MEMBER_OF]->(net)
WHERE partner <> org
  AND (theirSigner = partner OR EXISTS { (theirSigner)-[:HOLDS_POSITION]->(partner) })
OPTIONAL MATCH (event:Event)-[:PRODUCED]->(standard)
RETURN partner.name AS partner, partner.nameEn AS partnerEn,
  collect(DISTINCT standard.name) AS standards,
  collect(DISTINCT event.name) AS signedAt
ORDER BY partnerEn;

// Who is 任勇: which positions does he hold, and at which events did he appear (when, where, in what role)?
WITH '任勇' AS personName
MATCH (person:Person) WHERE toLower(personName) IN person._kgNames
OPTIONAL MATCH (person)-[position:HOLDS_POSITION]->(employer:Organization)
WITH person, collect(DISTINCT coalesce(position.title, position.titleZh, 'position') + ', ' + employer.name) AS positions
OPTIONAL MATCH (person)-[took:ATTENDED|ORGANIZED|WITNESSED]->(event:Event)
OPTIONAL MATCH (event)-[:HELD_IN]->(place:Place)
RETURN person.name AS person, person.nameEn AS personEn, positions,
  event.startDate AS date, event.name AS event, type(took) AS how, took.role AS role, place.name AS place
ORDER BY date;

// In which briefings and articles is 任勇 mentioned, and how often?
WITH '任勇' AS entityName
MATCH (entity:Entity) WHERE toLower(entityName) IN entity._kgNames
MATCH (briefing:Briefing)-[:HAS_ARTICLE]->(article:Article)-[mention:MENTIONS]->(entity)
RETURN briefing.title AS briefingTitle, article.order AS articleNo, article.title AS articleTitle, mention.count AS times
ORDER BY briefing.id, articleNo;

// What did CEC do in the last quarter of 2017 (its own events, its people's, its projects')?
// Dates compare at the coarser precision: '2017-10' includes every day of October.
WITH 'CEC' AS orgName, '2017-10' AS fromDate, '2017-12' AS toDate
MATCH (org:Organization) WHERE toLower(orgName) IN org._kgNames
MATCH (event:Event)
WHERE (EXISTS { (event)--(org) }
    OR EXISTS { (event)<-[:ATTENDED|ORGANIZED]-(:Person)-[:HOLDS_POSITION]->(org) }
    OR EXISTS { (event)-[:PART_OF]->(:Project)<-[:OPERATES|ORGANIZED|INVOLVED_IN|FUNDED]-(org) })
  AND left(coalesce(event.endDate, event.startDate), size(fromDate)) >= left(fromDate, size(coalesce(event.endDate, event.startDate)))
  AND left(event.startDate, size(toDate)) <= left(toDate, size(event.startDate))
OPTIONAL MATCH (event)-[:HELD_IN]->(place:Place)
RETURN event.startDate AS start, event.endDate AS end, event.name AS event, event.nameEn AS eventEn,
  event.kind AS kind, collect(place.name) AS places
ORDER BY start, event;

// Which eco-label programmes does UL run, according to the briefings (with the evidence)?
WITH 'UL' AS orgName
MATCH (org:Organization)-[runs:OPERATES]->(label:EcoLabel)
WHERE toLower(orgName) IN org._kgNames
RETURN label.name AS ecoLabel, label.nameEn AS ecoLabelEn, label.aliases AS alsoCalled, runs.evidence AS evidence
ORDER BY ecoLabelEn;

// How are Green Seal and CEC connected? (a shortest chain of facts, in either direction; Browser draws it)
WITH 'Green Seal' AS fromName, 'CEC' AS toName
MATCH (a:Entity) WHERE toLower(fromName) IN a._kgNames
MATCH (b:Entity) WHERE toLower(toName) IN b._kgNames
MATCH path = shortestPath((a)-[:MEMBER_OF|HOLDS_POSITION|SIGNED|WITNESSED|ORGANIZED|ATTENDED|HELD_IN|LOCATED_IN|OPERATES|HOLDS_LABEL|PUBLISHED|CONTRIBUTED_TO|INVOLVED_IN|FUNDED|COOPERATES_WITH|PART_OF|PRODUCED|AWARDED*..6]-(b))
RETURN path,
  [n IN nodes(path) | n.name] AS through,
  [r IN relationships(path) | type(r)] AS facts
ORDER BY length(path)
LIMIT 1;

// Who launched the Asia Pacific Green Public Procurement Network? (organisers of the network, or of a launch event linked to it)
WITH 'Asia Pacific Green Public Procurement Network' AS networkName
MATCH (network:Entity) WHERE toLower(networkName) IN network._kgNames
OPTIONAL MATCH (direct:Entity)-[:ORGANIZED|OPERATES]->(network)
OPTIONAL MATCH (launch:Event)--(network) WHERE launch.kind = 'launch'
OPTIONAL MATCH (launcher:Entity)-[:ORGANIZED]->(launch)
RETURN network.name AS network, network.nameEn AS networkEn,
  collect(DISTINCT direct.name) + collect(DISTINCT launcher.name) AS launchedBy,
  collect(DISTINCT launch.startDate) AS launchDates;

// What part do Chinese organisations play in the Asia Pacific Green Public Procurement Network?
WITH 'Asia Pacific Green Public Procurement Network' AS networkName, 'China' AS country
MATCH (network:Entity) WHERE toLower(networkName) IN network._kgNames
MATCH (org:Organization)-[part]->(network)
WHERE org.country = country
  AND type(part) IN ['MEMBER_OF', 'INVOLVED_IN', 'ORGANIZED', 'OPERATES', 'CONTRIBUTED_TO', 'FUNDED', 'COOPERATES_WITH']
RETURN org.name AS organisation, org.nameEn AS organisationEn, type(part) AS relation, part.role AS role, part.evidence AS evidence
ORDER BY organisationEn;

// Which organisations are members of GEN, since when, and on what authority (evidence or citation)?
WITH 'GEN' AS networkName
MATCH (network:Organization) WHERE toLower(networkName) IN network._kgNames
MATCH (member:Entity)-[membership:MEMBER_OF]->(network)
RETURN member.name AS member, member.nameEn AS memberEn, member.country AS country, membership.since AS since,
  membership.role AS role, membership.method AS method, coalesce(membership.citation, membership.evidence[0]) AS authority
ORDER BY memberEn;

// Who works at EDC, with which titles, as of when?
WITH 'EDC' AS orgName
MATCH (org:Organization) WHERE toLower(orgName) IN org._kgNames
MATCH (person:Person)-[position:HOLDS_POSITION]->(org)
RETURN person.name AS person, person.nameEn AS personEn, position.title AS title, position.titleZh AS titleZh, position.asOf AS asOf
ORDER BY asOf DESC, personEn;

// Which events took place in Beijing, and who organised them?
WITH '北京' AS placeName
MATCH (place:Place) WHERE toLower(placeName) IN place._kgNames
MATCH (event:Event)-[:HELD_IN]->(place)
OPTIONAL MATCH (organiser:Entity)-[:ORGANIZED]->(event)
RETURN event.startDate AS date, event.name AS event, event.kind AS kind, collect(organiser.name) AS organisers
ORDER BY date;

// Which joint standards exist, who signed them, and at which event?
MATCH (standard:Standard)
WHERE standard.kind = 'joint_standard' OR standard.name CONTAINS '共同标准'
OPTIONAL MATCH (signer:Entity)-[signed:SIGNED]->(standard)
OPTIONAL MATCH (event:Event)-[:PRODUCED]->(standard)
RETURN standard.name AS standard, standard.nameEn AS standardEn,
  collect(DISTINCT signer.name) AS signers, collect(DISTINCT event.name) AS event, min(signed.date) AS signedOn
ORDER BY standardEn;

// Which organisations does the graph know in each country?
MATCH (org:Organization)
RETURN coalesce(org.country, 'unknown') AS country, count(*) AS organisations, collect(org.name)[0..20] AS examples
ORDER BY organisations DESC, country;

// What does a briefing mention: which entities, in how many of its articles, how often?
WITH '国际合作简报 2017年第四期' AS briefingTitle
MATCH (briefing:Briefing {title: briefingTitle})-[:HAS_ARTICLE]->(article:Article)-[mention:MENTIONS]->(entity:Entity)
RETURN [label IN labels(entity) WHERE label <> 'Entity'][0] AS type, entity.name AS entity,
  count(article) AS articles, sum(mention.count) AS mentions
ORDER BY mentions DESC, entity;

// Which facts were read with low confidence and deserve a second look?
WITH 0.7 AS threshold
MATCH (a:Entity)-[fact]->(b:Entity)
WHERE fact.confidence < threshold
RETURN a.name AS from, type(fact) AS fact, b.name AS to, fact.confidence AS confidence, fact.method AS method, fact.evidence[0] AS evidence
ORDER BY confidence, fact;

// What is the evidence behind a fact, e.g. that CEC is a member of GEN: which sentences, in which articles and briefings?
WITH 'CEC' AS fromName, 'MEMBER_OF' AS factType, 'GEN' AS toName
MATCH (a:Entity) WHERE toLower(fromName) IN a._kgNames
MATCH (b:Entity) WHERE toLower(toName) IN b._kgNames
MATCH (a)-[fact]->(b) WHERE type(fact) = factType
UNWIND range(0, size(coalesce(fact.sources, [])) - 1) AS i
OPTIONAL MATCH (briefing:Briefing)-[:HAS_ARTICLE]->(article:Article {id: fact.sources[i]})
RETURN type(fact) AS fact, fact.method AS method, fact.confidence AS confidence,
  briefing.title AS briefing, article.title AS article, fact.evidence[i] AS sentence
ORDER BY briefing, article;

// Which entities match a fragment of a name (the full-text index; Chinese and English alike)?
WITH '环境标志' AS fragment
CALL db.index.fulltext.queryNodes('kg_entity_names', fragment, {limit: 25}) YIELD node, score
RETURN [label IN labels(node) WHERE label <> 'Entity'][0] AS type, node.name AS name, node.nameEn AS nameEn, score
ORDER BY score DESC;

// What have analysts added by hand: nodes and relationships kg load did not write (reloads never touch them)?
MATCH (n) WHERE n._kg IS NULL
RETURN 'node' AS kind, labels(n) AS labelsOrType, coalesce(n.name, n.id, elementId(n)) AS item, null AS from, null AS to
UNION ALL
MATCH (a)-[r]->(b) WHERE r._kg IS NULL
RETURN 'relationship' AS kind, [type(r)] AS labelsOrType, type(r) AS item, a.name AS from, b.name AS to;

// Which properties have analysts added to entities the pipeline wrote (kept across reloads)?
MATCH (n:Entity) WHERE n._kg = true
WITH n, [key IN keys(n) WHERE NOT key IN n._kgKeys AND NOT key STARTS WITH '_kg'] AS added
WHERE size(added) > 0
RETURN n.name AS entity, added, [key IN added | n[key]] AS values
ORDER BY entity;
