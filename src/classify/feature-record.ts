/**
 * Featurising once for many trainings. A FeatureRecorder stands in for a FeatureSpace while a
 * message is featurised (the same code: crisis-model.ts's features) and keeps, in order, every
 * key and character bucket asked for; replayRecorded then asks a growing space for them in that
 * same order, so each training numbers its features exactly as featurising into it directly would
 * (hand to hand: ten trainings over overlapping messages, each with its own feature space).
 */
import type { FeatureSpace, RawFeatures } from './features.js';

/** What featurising asks of a space: a word key's feature, a character bucket's feature. */
export interface FeatureSink {
  keyWords(p: string, w1: string, w2?: string, w3?: string): number;
  bucket(b: number): number;
}

/** One message as recorded: a bucket b as b, the recorder's key g as -1 - g, in the order asked. */
export type Recorded = Int32Array;

export class FeatureRecorder implements FeatureSink {
  private readonly ids = new Map<string, number>();
  /** Every key recorded, each once: replaying looks up the same string, its hash already computed. */
  readonly keys: string[] = [];
  private readonly asked: number[] = [];

  /** The key FeatureSpace.keyWords builds while training, numbered here. */
  keyWords(p: string, w1: string, w2?: string, w3?: string): number {
    const k = p + w1 + (w2 === undefined ? '' : ` ${w2}`) + (w3 === undefined ? '' : ` ${w3}`);
    let g = this.ids.get(k);
    if (g === undefined) {
      g = this.keys.length;
      this.ids.set(k, g);
      this.keys.push(k);
    }
    this.asked.push(-1 - g);
    return 0;
  }

  bucket(b: number): number {
    this.asked.push(b);
    return 0;
  }

  /** What was asked since the last take. */
  take(): Recorded {
    const r = Int32Array.from(this.asked);
    this.asked.length = 0;
    return r;
  }
}

/**
 * Each message's features in `space` (not frozen), numbered as featurising them into it in this
 * order would: keys into `words`, buckets into `chars`.
 */
export function replayRecorded(messages: readonly Recorded[], rec: FeatureRecorder, space: FeatureSpace): Array<Pick<RawFeatures, 'words' | 'chars'>> {
  // The space's feature of each recorder key, once asked (space.key gives a known key its number).
  const known = new Int32Array(rec.keys.length).fill(-1);
  return messages.map((m) => {
    const words: number[] = [];
    const chars: number[] = [];
    for (let n = 0; n < m.length; n++) {
      const e = m[n] as number;
      if (e >= 0) {
        chars.push(space.bucket(e));
        continue;
      }
      const g = -1 - e;
      let i = known[g] as number;
      if (i < 0) known[g] = i = space.key(rec.keys[g] as string);
      words.push(i);
    }
    return { words, chars };
  });
}
