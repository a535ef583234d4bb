#!/usr/bin/env node
// `npm run build`: TypeScript → dist/ (tsc); content/ parsed once into dist/precomputed/content.json;
// the classifier's and the crisis model's weights trained and the crisis gates' anchors derived
// into dist/precomputed/ (src/precompute.ts). Each is used only while its hash matches its
// sources. Then the stamp scripts/run.mjs compares sources with.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const started = Date.now();
const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
const { parseContent, CONTENT_CACHE } = await import(pathToFileURL(join(ROOT, 'dist/src/content/catalog.js')).href);
// Afresh each build: no artifact of an older build (or of a renamed one) is left behind.
rmSync(dirname(CONTENT_CACHE), { recursive: true, force: true });
mkdirSync(dirname(CONTENT_CACHE), { recursive: true });
writeFileSync(CONTENT_CACHE, JSON.stringify(parseContent()));
const { precomputeAll } = await import(pathToFileURL(join(ROOT, 'dist/src/precompute.js')).href);
precomputeAll();
// Written last, after a successful compile: its time says "dist/ is at least this fresh".
writeFileSync(join(ROOT, 'dist', '.built'), new Date(started).toISOString());
