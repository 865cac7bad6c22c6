import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Where `npm run build:ts` puts the page's bundle and the fonts. This module sits two folders
// below the project root both as source (src/explore) and compiled (dist/explore), so tests
// that run the source and `kg serve` from dist find the same files.

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Bundled script, style and web fonts of /explore. */
export const publicDir = path.join(projectRoot, 'dist', 'explore', 'public');
/** The CJK font as TrueType files for the PNG renderer. */
export const ttfDir = path.join(projectRoot, 'dist', 'explore', 'fonts');
