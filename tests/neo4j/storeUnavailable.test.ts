import neo4j, { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/store/GraphStore.js';
import { classifyNeo4jError } from '../../src/store/neo4j/storeUnavailable.js';

// Errors are made with the driver's own class and codes; what is tested is our mapping.
const driverError = (message: string, code: string) => new Neo4jError(message, code as never, 'N/A', 'N/A');
const config = { uri: 'neo4j://db.example:7687', user: 'analyst', password: 'secret', database: 'kg' };

describe('classifyNeo4jError', () => {
  it('says Neo4j is unreachable, naming the URI, for ServiceUnavailable', () => {
    const error = classifyNeo4jError(driverError('Could not perform discovery. No routing servers available.', neo4j.error.SERVICE_UNAVAILABLE), config);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error?.reason).toBe('unreachable');
    expect(error?.message).toBe('Neo4j is unreachable at neo4j://db.example:7687: is it running, and is NEO4J_URI right?');
  });

  it('says the login failed, naming the user and never the password', () => {
    const error = classifyNeo4jError(
      driverError('The client is unauthorized due to authentication failure.', 'Neo.ClientError.Security.Unauthorized'),
      config,
    );
    expect(error?.reason).toBe('unauthorized');
    expect(error?.message).toContain('refused the login for user "analyst"');
    expect(error?.message).not.toContain('secret');
    const unset = classifyNeo4jError(driverError('unauthorized', 'Neo.ClientError.Security.Unauthorized'), { ...config, password: '' });
    expect(unset?.message).toMatch(/\(NEO4J_PASSWORD is not set\)$/);
  });

  it('names a missing database', () => {
    const error = classifyNeo4jError(driverError('Database does not exist.', 'Neo.ClientError.Database.DatabaseNotFound'), config);
    expect(error?.message).toBe('Neo4j at neo4j://db.example:7687 has no database "kg": check NEO4J_DATABASE');
  });

  it('recognises a refused socket and a malformed URI', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ECONNREFUSED' });
    expect(classifyNeo4jError(refused, config)?.reason).toBe('unreachable');
    expect(classifyNeo4jError(new Error('Unknown scheme: http'), { ...config, uri: 'http://x' })?.message).toContain('is not a Neo4j address');
  });

  it('leaves Cypher errors and bugs alone, so they keep their message and stack', () => {
    expect(classifyNeo4jError(driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError'), config)).toBeUndefined();
    expect(classifyNeo4jError(new TypeError('x is undefined'), config)).toBeUndefined();
  });
});
