/**
 * A platform event → an engine Turn, the decisions every channel shares: whose turn it is (the
 * parent's id from the platform's ids), whether it is for us at all (a bot's post, an event
 * with no ids), public or private (a mention in a shared channel is public; a DM, a slash
 * command and a click are answered privately), what is a command (one of `/nextstep`'s), and
 * which choice a click names (an index token resolved against the parent's own pending
 * question). The adapter validates its payload and reduces it to an `Inbound`; the reason for
 * a skip is logged, never the text.
 */
import { parentId } from './channel.js';
import { tokenIndex } from './choice-token.js';
import type { Turn } from './types.js';

export type Mapped<T> = ({ ok: true } & T) | { ok: false; reason: string };

export const skip = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** What the parent did, in platform-neutral terms. */
export type InboundEvent =
  /**
   * `place`: the bot's DM with the parent, or a mention of the bot in a shared channel. `file`: it
   * carried a file the bot cannot read (a photo, a PDF); `text` is then the words beside it.
   */
  | { kind: 'message'; text: string; fromBot: boolean; place: 'dm' | 'mention'; file?: boolean }
  | { kind: 'command'; name: string; args: string }
  /** A button or a menu option: the choice's token (its id, or `#<index>`) and the question it belongs to. */
  | { kind: 'choice'; token: string; promptId?: string };

export interface Inbound {
  channel: 'slack' | 'discord';
  /** The turn's id: the platform's event id (or one the adapter makes stable for a repeat). */
  id: string;
  /** The platform's own ids for the parent (Slack: team and user; Discord: user). */
  who: readonly string[];
  receivedAt: Date;
  event: InboundEvent;
}

export interface InboundRules {
  /** The commands a slash command may name (`/nextstep`'s subcommands). */
  commands: readonly string[];
  /** The id of the `index`th choice of the parent's pending question (`pendingChoiceAt`), for `#<index>` tokens. */
  choiceAt?: (user: string, promptId: string | undefined, index: number) => string | null;
}

export function inboundTurn(e: Inbound, rules: InboundRules): Mapped<{ turn: Turn }> {
  if (!e.id || e.who.length === 0 || !e.who.every(Boolean)) return skip('missing ids');
  const user = parentId(e.channel, ...e.who);
  const turn = (input: Turn['input'], where: 'dm' | 'public' = 'dm') => ({ ok: true as const, turn: { id: e.id, channel: e.channel, user, where, input, receivedAt: e.receivedAt } });
  const ev = e.event;
  switch (ev.kind) {
    case 'message':
      if (ev.fromBot) return skip('from a bot');
      return turn(ev.file ? { kind: 'file', text: ev.text } : { kind: 'text', text: ev.text }, ev.place === 'mention' ? 'public' : 'dm');
    case 'command': {
      const name = rules.commands.find((c) => c === ev.name);
      return name ? turn({ kind: 'command', name, args: ev.args }) : skip('unknown subcommand');
    }
    case 'choice': {
      if (!ev.token) return skip('empty choice id');
      const index = rules.choiceAt ? tokenIndex(ev.token) : null;
      const id = (index !== null && rules.choiceAt?.(user, ev.promptId, index)) || ev.token;
      return turn({ kind: 'choice', id, ...(ev.promptId ? { promptId: ev.promptId } : {}) });
    }
  }
}
