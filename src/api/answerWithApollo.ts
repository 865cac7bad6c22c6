import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

// The node:http side of one GraphQL request: hand it to Apollo, write Apollo's answer. Shared by
// the API and the bench's bare-Apollo baseline, so the two handlers stay alike by construction.

export interface WrittenAnswer {
  status: number;
  headers: Record<string, string>;
  /** The body, when Apollo gave it whole (not as a stream). */
  body?: string;
}

export async function answerWithApollo<C extends BaseContext>(server: ApolloServer<C>, req: IncomingMessage, res: ServerResponse, url: URL, body: unknown, context: () => Promise<C>): Promise<WrittenAnswer> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  const status = response.status ?? 200;
  const outHeaders: Record<string, string> = {};
  for (const [key, value] of response.headers) outHeaders[key] = value;
  if (response.body.kind === 'complete') {
    // Encoded once, and sent with its length rather than as a chunked stream.
    const payload = utf8(response.body.string);
    outHeaders['content-length'] = String(payload.length);
    res.writeHead(status, outHeaders);
    res.end(payload);
    return { status, headers: outHeaders, body: response.body.string };
  }
  res.writeHead(status, outHeaders);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
  return { status, headers: outHeaders };
}

/** Answers up to this many UTF-16 units are encoded in one pass, through `scratch`. */
const ONE_PASS_MAX_LENGTH = 64 * 1024;
let scratch = Buffer.allocUnsafe(0);

/**
 * `text` as UTF-8. Buffer.from measures the encoded length first, a second pass over the text
 * that costs as much as the encoding when the answer has Chinese names in it: instead the text
 * is encoded once into room for its longest encoding (3 bytes per UTF-16 unit), and the bytes
 * written are copied out. Larger answers take the two passes rather than a larger scratch.
 */
function utf8(text: string): Buffer {
  if (text.length > ONE_PASS_MAX_LENGTH) return Buffer.from(text, 'utf8');
  if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafe(ONE_PASS_MAX_LENGTH * 3);
  const length = scratch.write(text, 'utf8');
  const payload = Buffer.allocUnsafe(length);
  scratch.copy(payload, 0, 0, length);
  return payload;
}
