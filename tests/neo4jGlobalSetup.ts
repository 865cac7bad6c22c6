import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestNeo4j, testNeo4jAvailability, type TestNeo4j } from '../src/bench/testNeo4j.js';

// vitest's global setup: gives the Neo4j suites a real Neo4j 5 for the whole run, in one JVM.
// - NEO4J_URI set: the user's own server is used as it is (with NEO4J_USER, NEO4J_PASSWORD,
//   NEO4J_DATABASE); nothing is started.
// - Otherwise, with java and the built tests/neo4j-server (npm run setup:neo4j): the test Neo4j
//   is started on a free loopback port, and NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD /
//   NEO4J_DATABASE are set for the test processes (they inherit this process's environment).
// - Otherwise the Neo4j suites skip, and this says why. Under CI that is an error: CI must run
//   them.

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let server: TestNeo4j | undefined;

export async function setup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    console.log(`Neo4j suites: using NEO4J_URI=${process.env.NEO4J_URI} (their loads replace what an earlier kg load wrote there)`);
    return;
  }
  const availability = testNeo4jAvailability(projectRoot);
  if (!availability.available) {
    const message = `Neo4j suites cannot run: ${availability.why}; or set NEO4J_URI to a Neo4j 5.24+ server you can spare`;
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(`${message}. They are skipped.`);
    return;
  }
  server = await startTestNeo4j(projectRoot);
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USER = server.user;
  process.env.NEO4J_PASSWORD = server.password;
  process.env.NEO4J_DATABASE = 'neo4j';
  console.log(`Neo4j suites: test Neo4j 5.26 at ${server.uri} (pid ${server.pid}, ready in ${(server.startupMs / 1000).toFixed(1)} s)`);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  server = undefined;
}
