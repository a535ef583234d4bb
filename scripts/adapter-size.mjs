// Lines and lines of code of each platform adapter (docs/channels.md, "Adapter size"):
// `node scripts/adapter-size.mjs [folder…]`, by default src/adapters/slack and src/adapters/discord.
// Lines of code leave out blank lines and lines that are only a comment (`//…`, or inside `/* … */`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sources = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });

function count(file) {
  let lines = 0;
  let code = 0;
  let inComment = false;
  for (const raw of readFileSync(file, 'utf8').replace(/\n$/, '').split('\n')) {
    lines += 1;
    const line = raw.trim();
    if (inComment) inComment = !line.includes('*/');
    else if (line.startsWith('/*')) inComment = !line.includes('*/');
    else if (line && !line.startsWith('//')) code += 1;
  }
  return { lines, code };
}

const folders = process.argv.length > 2 ? process.argv.slice(2) : ['src/adapters/slack', 'src/adapters/discord'];
for (const folder of folders) {
  const files = sources(folder);
  const total = files.map(count).reduce((a, b) => ({ lines: a.lines + b.lines, code: a.code + b.code }), { lines: 0, code: 0 });
  console.log(`${folder}: ${total.lines} lines, ${total.code} of code, in ${files.length} files`);
}
