/** The words for rows skipped as damaged, apart from the engine so CLI commands can say them without loading it. */
import type { ContentCatalog } from '../content/catalog.js';

/** "1 entry could not be read": rows skipped as damaged, said once per turn (or by a CLI command). */
export function unreadableLine(content: ContentCatalog, count: number): string {
  return content.render('engine.unreadable-rows', { count: String(count), entries: content.render(count === 1 ? 'engine.unreadable-rows.one' : 'engine.unreadable-rows.many') });
}
