// The benchmark's peer: the same two-question dialogue as bench/two-questions.flow.ts, on the
// Microsoft Bot Framework SDK - a botbuilder-dialogs waterfall with TextPrompts, its
// ConversationState on MemoryStorage (in memory: nothing is persisted), or, given a database
// path, on a durable SQLite storage with the same pragmas and group commit as ours
// (sqlite-storage.mjs). A minimal BotAdapter runs each activity through the middleware pipeline
// and collects replies, so the measured cost is the SDK's turn handling, dialog stack and state,
// not a network or a test harness.
//
// Usage: node bench/peer/two-questions.mjs CONVERSATIONS CONCURRENCY  → one JSON line on stdout.
//        node --import tsx bench/peer/two-questions.mjs CONVERSATIONS CONCURRENCY DB_PATH  (durable)
import { BotAdapter, ConversationState, MemoryStorage, TurnContext } from 'botbuilder-core';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';

const conversations = Number(process.argv[2] ?? 10000);
const concurrency = Number(process.argv[3] ?? 64);
const dbPath = process.argv[4];
const durable = dbPath ? await import('./sqlite-storage.mjs') : null;
const storage = durable ? new durable.SqliteStorage(dbPath) : new MemoryStorage();
if (durable) await durable.checkStorage(storage);

class BenchAdapter extends BotAdapter {
  async sendActivities(context, activities) {
    context.turnState.get('replies').push(...activities);
    return activities.map(() => ({ id: '' }));
  }
  async updateActivity() {}
  async deleteActivity() {}
  async continueConversation() {}
  async run(activity, logic) {
    const context = new TurnContext(this, activity);
    const replies = [];
    context.turnState.set('replies', replies);
    await this.runMiddleware(context, logic);
    return replies;
  }
}

const adapter = new BenchAdapter();
const conversationState = new ConversationState(storage);
const dialogState = conversationState.createProperty('dialogState');
const notes = conversationState.createProperty('notes');
const dialogs = new DialogSet(dialogState);
dialogs.add(new TextPrompt('text'));
dialogs.add(
  new WaterfallDialog('two-questions', [
    async (step) => step.prompt('text', 'What do you call your child?'),
    async (step) => {
      step.values.nickname = step.result;
      return step.prompt('text', `What did you ask the school for, for ${step.result}?`);
    },
    async (step) => {
      const list = await notes.get(step.context, []);
      list.push({ kind: 'answer', topic: 'bench.request', text: step.result, at: new Date().toISOString() });
      await notes.set(step.context, list);
      await step.context.sendActivity('Noted. I have written that down.');
      return step.endDialog();
    },
  ]),
);

async function logic(context) {
  const dc = await dialogs.createContext(context);
  const result = await dc.continueDialog();
  if (result.status === DialogTurnStatus.empty) await dc.beginDialog('two-questions');
  await conversationState.saveChanges(context);
}

const activity = (conv, n, text) => ({
  type: 'message',
  id: `${conv}-${n}`,
  text,
  channelId: 'bench',
  serviceUrl: 'http://127.0.0.1',
  conversation: { id: `conv-${conv}` },
  from: { id: `parent-${conv}` },
  recipient: { id: 'bot' },
  timestamp: new Date(),
});

const SCRIPT = (i) => ['hi', `Kid${i}`, `request-${i}: a quiet room to start the day in`];

let next = 0;
let turns = 0;
let empty = 0;
async function worker() {
  for (;;) {
    const i = next++;
    if (i >= conversations) return;
    for (const [n, text] of SCRIPT(i).entries()) {
      const replies = await adapter.run(activity(i, n, text), logic);
      if (replies.length === 0) empty++;
      turns++;
    }
  }
}

// Warm up on separate conversations, then measure. Durable: the warm-up runs at the same
// concurrency (one parent at a time would wait for an fsync per turn), as ours does.
const warm = Math.min(2000, conversations);
if (durable) {
  let w = 0;
  const warmer = async () => {
    for (let i = w++; i < warm; i = w++) for (const [n, text] of SCRIPT(i).entries()) await adapter.run(activity(`w${i}`, n, text), logic);
  };
  await Promise.all(Array.from({ length: concurrency }, warmer));
} else for (let i = 0; i < warm; i++) for (const [n, text] of SCRIPT(i).entries()) await adapter.run(activity(`w${i}`, n, text), logic);
const batches0 = durable ? storage.stats().batches : 0;
const t0 = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const ms = performance.now() - t0;
const batches = durable ? storage.stats().batches - batches0 : 0;
const probe = await adapter.run(activity(0, 9, 'anything'), logic);
const extra = {};
if (durable) {
  storage.close();
  // Read back with a fresh connection: every measured conversation's note is on disk.
  extra.stored_notes = durable.countStoredNotes(dbPath, (i) => `bench/conversations/conv-${i}/`, conversations);
  extra.turns_per_commit = turns / Math.max(1, batches);
  extra.storage = 'SQLite (better-sqlite3), WAL, synchronous=FULL, group commit';
}
process.stdout.write(`${JSON.stringify({ turns, ms, turns_per_s: (turns / ms) * 1000, empty_replies: empty, sdk: 'botbuilder-dialogs 4.23.3', probe: probe.map((a) => a.text), ...extra })}\n`);
