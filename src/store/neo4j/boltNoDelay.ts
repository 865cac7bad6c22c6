import net from 'node:net';
import tls from 'node:tls';

// neo4j-driver (JavaScript, 5.28) opens its sockets with net.connect / tls.connect and never
// turns Nagle's algorithm off, while it writes each Bolt message in 1 400-byte pieces. A
// statement whose message is longer (the neighbours and events statements with their
// parameters) then goes out in two writes: the second waits for the server to acknowledge the
// first, and the server delays that acknowledgement (40 ms on Linux) because it has no answer
// to send with it until the whole message is there. Measured on the test Neo4j: neighbours of
// four entities took 48 ms, of which the server spent 3 ms; with TCP_NODELAY, 5-13 ms. The
// Python and Rust drivers set TCP_NODELAY themselves; the JavaScript one has no option for it,
// so the sockets it opens to a Bolt port this process registered get it here.

const boltPorts = new Set<number>();
let installed = false;

function portOf(args: unknown[]): number | undefined {
  const first = args[0];
  if (typeof first === 'number') return first;
  if (typeof first === 'string' && /^\d+$/.test(first)) return Number(first);
  if (first && typeof first === 'object' && 'port' in first) return Number((first as { port: unknown }).port);
  return undefined;
}

function wrap<T extends (...args: never[]) => net.Socket>(connect: T): T {
  return ((...args: Parameters<T>) => {
    const socket = connect(...args);
    const port = portOf(args);
    if (port !== undefined && boltPorts.has(port)) socket.setNoDelay(true);
    return socket;
  }) as T;
}

/** Sockets this process opens to the port of this Bolt URI from now on are sent without Nagle's delay. */
export function boltNoDelay(uri: string): void {
  let port: number;
  try {
    port = Number(new URL(uri).port || 7687);
  } catch {
    // Not a URI: the driver refuses it with its own message, which the caller reports.
    return;
  }
  boltPorts.add(port);
  if (installed) return;
  installed = true;
  net.connect = wrap(net.connect);
  net.createConnection = wrap(net.createConnection);
  tls.connect = wrap(tls.connect);
}
