// Runs one bundle of dist/ (a CommonJS file made by scripts/build.mjs) with a V8 code cache, so
// a process skips compiling what an earlier run of the same command compiled. Node 20 keeps no
// compile cache of its own (module.enableCompileCache is Node 22); vm.Script takes one
// (`cachedData`) and makes one (`createCachedData()`, after running, so it holds the functions
// that run compiled too).
//
// The cache file: one JSON line, then V8's bytes. V8 checks its own version and flags and
// rejects a cache they do not fit (then the bundle compiles as usual), but not which source the
// cache was made from beyond its length, nor the bytes themselves: damaged bytes can crash the
// process, and so can a cache an older Node 20 wrote that V8 still takes (its version unchanged
// across the patch release). So a cache is used only when its line names this very bundle (the
// build id on the bundle's first line, its size and modification time) and this very Node
// (version and architecture), and the bytes' sha256 matches; otherwise the bundle compiles from
// source and the run writes a new cache.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

const BUILD_LINE = /^\/\/ next-step build (\S+)\n/;
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The cache's bytes when its line matches `bundle` and them; else why not. */
function readCache(cacheFile, bundle) {
  let buf;
  try {
    buf = readFileSync(cacheFile);
  } catch {
    return { status: 'none' };
  }
  const nl = buf.indexOf(10);
  let line;
  try {
    line = JSON.parse(buf.subarray(0, Math.max(nl, 0)).toString('utf8'));
  } catch {
    return { status: 'damaged' };
  }
  const bytes = buf.subarray(nl + 1);
  if (line?.bundle !== bundle) return { status: 'stale' };
  if (line.bytes !== bytes.length || line.sha256 !== sha256(bytes)) return { status: 'damaged' };
  return { status: 'used', bytes };
}

/**
 * Runs `file` as CommonJS, with the code cache in `cacheFile` when it is this bundle's.
 * Returns how the cache went ('used', or 'none' | 'stale' | 'damaged' | 'rejected' (by V8)) and
 * `saveCache()`, which writes a cache of everything compiled so far (run.mjs calls it when the
 * cache was not used). A cache that cannot be written (a read-only folder) is left unwritten.
 */
export function runBundle(file, cacheFile) {
  const source = readFileSync(file, 'utf8');
  const st = statSync(file);
  const build = BUILD_LINE.exec(source)?.[1];
  const bundle = build ? `${build} ${st.size} ${st.mtimeMs} ${process.version} ${process.arch}` : undefined;
  const cache = bundle ? readCache(cacheFile, bundle) : { status: 'none' };
  const script = new Script(Module.wrap(source), { filename: file, ...(cache.bytes ? { cachedData: cache.bytes } : {}) });
  const status = cache.bytes && script.cachedDataRejected ? 'rejected' : cache.status;
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  const saveCache = () => {
    if (!bundle) return;
    try {
      const bytes = script.createCachedData();
      mkdirSync(dirname(cacheFile), { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify({ bundle, bytes: bytes.length, sha256: sha256(bytes) })}\n`), bytes]));
      renameSync(tmp, cacheFile); // whole or not at all, even with two processes writing at once
    } catch {
      // not writable: the next run compiles again
    }
  };
  return { status, exports: module.exports, saveCache };
}
