import { startBareApolloServer } from './bareApolloServer.js';

// Entry point of the baseline's child process: listens on a free loopback port, prints its URL,
// and exits on SIGTERM.

const server = await startBareApolloServer(0, '127.0.0.1');
process.stderr.write(`bare Apollo on http://127.0.0.1:${server.port}/graphql\n`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
