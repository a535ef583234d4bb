/** What the Discord handlers share. */
import type { ContentCatalog } from '../../content/catalog.js';
import type { Outbox } from '../../core/outbox.js';
import type { Clock, Logger, Store } from '../../core/ports.js';

export interface HandlerDeps {
  /** Core's outbox: every turn goes through it (once per id, in the parent's order, acknowledged when sent). */
  outbox: Outbox;
  /** The parent's pending question and question record, for clicks: all Discord reads of the store. */
  store: Pick<Store, 'questionPosts' | 'getSession'>;
  clock: Clock;
  content: ContentCatalog;
  logger: Logger;
}
