import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { publicDir } from './buildPaths.js';
import { explorePage } from './explorePage.js';

// /explore and its assets, from the bundle `npm run build:ts` wrote. Only files inside that
// folder are served; the page asks nothing of any other server.

export const EXPLORE_PATH = '/explore';
export const EXPLORE_ASSETS = '/explore/assets/';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

function notFound(res: ServerResponse, message: string): void {
  res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: message }));
}

/** Answers /explore (the page) and /explore/assets/* (the bundle); false for any other path. */
export async function serveExplore(pathname: string, method: string, graphqlPath: string, res: ServerResponse): Promise<boolean> {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (pathname === EXPLORE_PATH || pathname === `${EXPLORE_PATH}/`) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(method === 'HEAD' ? undefined : explorePage(EXPLORE_ASSETS, graphqlPath));
    return true;
  }
  if (!pathname.startsWith(EXPLORE_ASSETS)) return false;
  const name = decodeURIComponent(pathname.slice(EXPLORE_ASSETS.length));
  const file = path.resolve(publicDir, name);
  const type = CONTENT_TYPES[path.extname(file)];
  if (!file.startsWith(publicDir + path.sep) || !type) {
    notFound(res, `no explore asset ${JSON.stringify(name)}`);
    return true;
  }
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    notFound(res, `no explore asset ${JSON.stringify(name)} in ${publicDir}; run npm run build:ts to bundle the page`);
    return true;
  }
  res.writeHead(200, { 'content-type': type, 'content-length': content.length, 'cache-control': 'public, max-age=3600' });
  res.end(method === 'HEAD' ? undefined : content);
  return true;
}
