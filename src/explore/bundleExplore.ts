import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { parseBrowserStyle } from './browserStyle.js';
import { projectRoot, publicDir, ttfDir } from './buildPaths.js';
import { woffToSfnt } from './woffToSfnt.js';

// `npm run build:ts` runs this after tsc: it bundles the /explore page (script, style, the
// CJK web font) from installed npm packages into dist/explore/public, and writes the same
// font as TrueType files for `kg timeline --format png`. Nothing is fetched at run time.

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@fontsource/noto-sans-sc';
const FONT_WEIGHT = '400';

function fontFiles(): string[] {
  const dir = path.join(path.dirname(require.resolve(`${FONT_PACKAGE}/package.json`)), 'files');
  return readdirSync(dir)
    .filter((f) => f.endsWith(`-${FONT_WEIGHT}-normal.woff`))
    .map((f) => path.join(dir, f));
}

function writeTrueTypeFonts(): number {
  rmSync(ttfDir, { recursive: true, force: true });
  mkdirSync(ttfDir, { recursive: true });
  const files = fontFiles();
  for (const file of files) writeFileSync(path.join(ttfDir, path.basename(file, '.woff') + '.ttf'), woffToSfnt(readFileSync(file), file));
  return files.length;
}

async function bundlePage(): Promise<void> {
  rmSync(publicDir, { recursive: true, force: true });
  const styles = parseBrowserStyle(readFileSync(path.join(projectRoot, 'schema', 'neo4j', 'browser-style.grass'), 'utf8'));
  await build({
    entryPoints: { explore: path.join(projectRoot, 'src', 'explore', 'client', 'main.ts'), 'explore-style': path.join(projectRoot, 'src', 'explore', 'client', 'explore.css') },
    outdir: publicDir,
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    platform: 'browser',
    // The page asks for the woff2 files only; the woff ones are the fallback the font's CSS names.
    loader: { '.woff2': 'file', '.woff': 'file' },
    assetNames: 'fonts/[name]',
    define: { __LABEL_STYLES__: JSON.stringify(styles) },
    legalComments: 'linked',
    logLevel: 'warning',
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const fonts = writeTrueTypeFonts();
  await bundlePage();
  process.stdout.write(`explore page bundled into ${path.relative(projectRoot, publicDir)}, ${fonts} font files for PNG in ${path.relative(projectRoot, ttfDir)} (${Date.now() - started} ms)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bundling the explore page failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
