/**
 * better-sqlite3's compiled addon, named for it: left to itself, better-sqlite3 finds the addon
 * with the `bindings` package, which tries a dozen paths and cannot work from inside the bundle
 * the build makes (scripts/build.mjs), where better-sqlite3's JavaScript is bundled.
 */
import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let addon: string | undefined;

export function nativeBinding(): Database.Options {
  addon ??= join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
  return existsSync(addon) ? { nativeBinding: addon } : {};
}
