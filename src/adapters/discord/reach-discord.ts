/**
 * Start-up must fail in bounded time, in one plain sentence, when Discord cannot be reached or
 * refuses the token (`../start-reach.ts`). Left alone, discord.js tries the REST call four times
 * (15 s each) against a server that does not answer, and re-opens a gateway that never sends
 * READY every 15 s for good. So each step that talks to Discord gets a deadline, and the client
 * is destroyed on failure.
 */
import { once } from 'node:events';
import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes, Events, GatewayCloseCodes, Routes, type Client, type CloseEvent } from 'discord.js';
import { withDeadline } from '../../core/deadline.js';
import { startStep, StepLate, unreachableLine } from '../start-reach.js';

/** `token`: Discord refused DISCORD_TOKEN; `closed`: its gateway refused the session for another reason. */
export class DiscordStartError extends Error {
  constructor(readonly kind: 'token' | 'unreachable' | 'closed', message: string) {
    super(message);
  }
}

/**
 * @discordjs/ws 1.2 (discord.js 14.28): destroy() while the shard waits for HELLO or READY never
 * resolves, and the shard connects again (its wait, aborted by destroy, starts a reconnect). So
 * the wait for it is bounded; `npm start` then exits (main.ts), which ends that loop too.
 */
const DESTROY_GRACE_MS = 1000;

/** Logs `client` in and waits until it is ready, each step within `ms`; else throws a DiscordStartError. */
export async function connectDiscord(client: Client, token: string, where: string, ms: number): Promise<void> {
  let closeCode: number | undefined; // Discord's reason, when its gateway ends the session for good
  const onClose = (e: CloseEvent) => (closeCode = e.code);
  client.on(Events.ShardDisconnect, onClose);
  const abort = new AbortController();
  const ready = once(client, Events.ClientReady, { signal: abort.signal });
  ready.catch(() => undefined); // awaited below, unless an earlier step fails
  const step = (work: Promise<unknown>, what: string, limit = ms) => startStep(work, limit, what);
  try {
    // The REST half of login() on its own first, so "unreachable" can say which half failed.
    client.rest.setToken(token);
    await step(client.rest.get(Routes.gatewayBot(), { signal: abort.signal }), `Reaching Discord (${where})`);
    await step(client.login(token), 'Connecting to Discord’s gateway');
    // After READY, discord.js waits up to waitGuildTimeout for each server the bot is in.
    await step(ready, 'Loading the bot’s servers', ms + (client.options.waitGuildTimeout ?? 15_000));
  } catch (err) {
    const explained = explain(err, closeCode, where);
    abort.abort();
    await withDeadline(client.destroy(), DESTROY_GRACE_MS, 'discord.js destroy').catch(() => undefined);
    throw explained;
  } finally {
    client.off(Events.ShardDisconnect, onClose);
  }
}

function explain(err: unknown, closeCode: number | undefined, where: string): DiscordStartError {
  const unreachable = () => new DiscordStartError('unreachable', unreachableLine('Discord', where, 'DISCORD_API_URL', err));
  if (err instanceof StepLate) return unreachable();
  const http401 = err instanceof DiscordAPIError && err.status === 401;
  if (http401 || (err instanceof DiscordjsError && err.code === DiscordjsErrorCodes.TokenInvalid) || closeCode === GatewayCloseCodes.AuthenticationFailed) {
    return new DiscordStartError('token', 'Discord refused DISCORD_TOKEN. Copy the bot token again in the Developer Portal (your application → Bot → Reset Token) and start again.');
  }
  const reason = closeCode === undefined ? '' : `close code ${closeCode}, ${GatewayCloseCodes[closeCode] ?? 'unknown'}`;
  if (reason) return new DiscordStartError('closed', `Discord closed the gateway connection (${reason}). Check the bot’s settings in the Developer Portal and start again.`);
  return unreachable();
}
