/**
 * Start-up must fail in bounded time, with a clear line, when Slack cannot be reached
 * (`../start-reach.ts`): the Web API client retries for about half an hour by default. So the
 * token is checked once (auth.test, no retries, a short timeout) before Bolt starts, and Bolt's
 * own start is given a deadline too.
 */
import { webApi } from '@slack/bolt';
import { startStep, unreachableLine } from '../start-reach.js';

export class SlackUnreachableError extends Error {}

/** One auth.test: a wrong token or an unreachable Slack stops start-up here, in one line. */
export async function checkSlackReachable(token: string, apiUrl: string | undefined, timeoutMs: number): Promise<void> {
  const client = new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 0 },
    timeout: timeoutMs,
    rejectRateLimitedCalls: true,
  });
  const where = apiUrl ?? 'slack.com';
  try {
    await startStep(client.auth.test(), timeoutMs, `Reaching Slack (${where})`);
  } catch (e) {
    const code = (e as { code?: unknown; data?: { error?: unknown } }).data?.error ?? (e as { code?: unknown }).code;
    if (code === 'invalid_auth' || code === 'not_authed' || code === 'account_inactive' || code === 'token_revoked') {
      throw new SlackUnreachableError(`Slack refused SLACK_BOT_TOKEN (${String(code)}). Copy the Bot User OAuth Token (xoxb-…) again from the app's Install App page.`);
    }
    throw new SlackUnreachableError(unreachableLine('Slack', where, 'SLACK_API_URL', e));
  }
}
