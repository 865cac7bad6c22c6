import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from './IngestError.js';

const BRIEFING = /\.(?:txt|md)$/i;

/**
 * Files and folders -> the briefing files they name: folders are searched recursively for
 * *.txt and *.md, the result is sorted and has no duplicates (paths stay as the caller wrote them). A path that does not exist, or
 * a folder without a single briefing, is an error rather than an empty build.
 */
export async function listBriefingFiles(paths: string[]): Promise<string[]> {
  // keyed by absolute path so "a/x.txt" and "./a/x.txt" are one file; valued in the caller's form
  const found = new Map<string, string>();
  const add = (f: string): void => {
    const key = path.resolve(f);
    if (!found.has(key)) found.set(key, path.normalize(f));
  };
  for (const p of paths) {
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new IngestError(p, 'does not exist; expected a briefing file or a folder of briefings (*.txt, *.md)');
    }
    if (info.isDirectory()) {
      const files = await briefingsUnder(p);
      if (files.length === 0) throw new IngestError(p, 'has no briefings; expected *.txt or *.md files in the folder or its subfolders');
      for (const f of files) add(f);
    } else {
      add(p);
    }
  }
  return [...found.values()].sort();
}

async function briefingsUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue; // editor and VCS leftovers are not briefings
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await briefingsUnder(full)));
    else if (e.isFile() && BRIEFING.test(e.name)) files.push(full);
  }
  return files;
}
