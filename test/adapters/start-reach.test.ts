/** Start-up steps that talk to a platform, and the sentence when it cannot be reached (adapters/start-reach.ts). */
import { describe, expect, it } from 'vitest';
import { startStep, StepLate, unreachableLine } from '../../src/adapters/start-reach.js';

describe('startStep', () => {
  it('hands back what finishes in time', async () => {
    await expect(startStep(Promise.resolve('ok'), 1000, 'Quick step')).resolves.toBe('ok');
  });
  it('fails with StepLate, naming the step, when the time runs out', async () => {
    const err = await startStep(new Promise<never>(() => {}), 20, 'Reaching Chat (chat.example)').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StepLate);
    expect((err as Error).message).toBe('Reaching Chat (chat.example) did not finish within 0 s');
  });
});

describe('unreachableLine', () => {
  it('says which step ran out of time, and what to check', async () => {
    const late = await startStep(new Promise<never>(() => {}), 20, 'Reaching Chat').catch((e: unknown) => e);
    expect(unreachableLine('Chat', 'chat.example', 'CHAT_API_URL', late)).toBe(
      'Chat is unreachable: Reaching Chat did not finish within 0 s. Check the network (or CHAT_API_URL) and start again.',
    );
  });
  it('names where it tried and the first line of any other failure, in one line', () => {
    const line = unreachableLine('Chat', 'http://127.0.0.1:9/api', 'CHAT_API_URL', new Error('connect ECONNREFUSED\n    at somewhere'));
    expect(line).toBe('Chat is unreachable (http://127.0.0.1:9/api: connect ECONNREFUSED). Check the network (or CHAT_API_URL) and start again.');
  });
  it('a thrown value that is not an Error is said as it is', () => {
    expect(unreachableLine('Chat', 'chat.example', 'CHAT_API_URL', 'socket hang up')).toContain('(chat.example: socket hang up)');
  });
});
