/**
 * The case profile read back in words once it is saved ("Here's what I noted: United States
 * (Ohio) · A 504 plan · 7th grade · she / her."), so an answer typed ahead at the wrong question
 * shows at once, and letters are not quietly built on it. The `sayProfile` effect: the flow hands
 * over the ids, the words come from content.
 */
import { textReply } from '../../core/render.js';
import { defineEffect } from '../../core/run-context.js';
import { profileSchema } from './profile.js';

export const sayProfile = defineEffect('sayProfile', profileSchema, (ctx, p) => {
  const r = (key: string) => ctx.content.render(key);
  const place = p.region ? `${r(`profile.place.${p.place}`)} (${p.region})` : r(`profile.place.${p.place}`);
  const vars = { place, plan: r(`profile.plan.${p.plan}`), age: p.age?.trim() || r('profile.summary.no-age'), pronouns: r(`profile.pronouns.${p.pronouns}`) };
  ctx.replies.push(textReply(ctx.content, 'profile.summary', vars, ctx.session.seq));
});

/** The content keys the read-back uses (checked at start-up with the feature's). */
export const PROFILE_SUMMARY_KEYS: readonly string[] = ['profile.summary', 'profile.summary.no-age'];
