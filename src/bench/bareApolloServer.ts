import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { answerWithApollo } from '../api/index.js';

// The baseline the API is measured against: Apollo Server 5 with a one-field schema behind the
// same kind of node:http handler as src/api/httpServer.ts (read the body, JSON.parse it, then the
// API's own answerWithApollo: executeHTTPGraphQLRequest, the response with its content-length), answering
// `{ __typename }`. The difference between the two is what our schema, limits, loaders and
// store cost per request.

export interface BareApolloServer {
  port: number;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBareApolloServer(port: number, host: string): Promise<BareApolloServer> {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { ok: Boolean }',
    resolvers: { Query: { ok: () => true } },
    stopOnTerminationSignals: false,
    csrfPrevention: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/health') {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end('{"status":"ok"}');
        return;
      }
      let body: unknown;
      if (req.method === 'POST') {
        const text = await readBody(req);
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch {
          res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
          res.end('{"errors":[{"message":"request body is not valid JSON"}]}');
          return;
        }
      }
      await answerWithApollo(apollo, req, res, url, body, async () => ({}));
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
