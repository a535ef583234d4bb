/**
 * Multinomial logistic regression over sparse features, trained with AdaGrad SGD and L2
 * regularisation (applied lazily to the active features only, which is the usual shortcut and
 * keeps an epoch proportional to the number of non-zeros). Deterministic for a given seed.
 */
import type { SparseVector } from './features.js';

export interface SoftmaxModel {
  classes: number;
  /** Row-major: weights[feature * classes + class]. */
  weights: Float64Array;
  bias: Float64Array;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/** Gradients smaller than this are not applied (saves most of the work late in training). */
const SKIP = 1e-3;

/** mulberry32: tiny, fast, good enough for shuffling. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

export function logits(model: SoftmaxModel, x: SparseVector, out = new Float64Array(model.classes)): Float64Array {
  const k = model.classes;
  out.set(model.bias);
  for (let n = 0; n < x.idx.length; n++) {
    const base = (x.idx[n] as number) * k;
    const v = x.val[n] as number;
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + v * (model.weights[base + c] as number);
  }
  return out;
}

/** Softmax with temperature, numerically stable. */
export function softmax(z: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  const p = new Float64Array(z.length);
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    const e = Math.exp(((z[c] as number) - max) / temperature);
    p[c] = e;
    sum += e;
  }
  for (let c = 0; c < p.length; c++) p[c] = (p[c] as number) / sum;
  return p;
}

/**
 * Fit on (x, y). `sampleWeights` lets rarer classes count as much as common ones, so the
 * catch-all `other` (the biggest file) does not tilt the priors.
 */
export function trainSoftmax(
  xs: SparseVector[],
  ys: number[],
  features: number,
  classes: number,
  opts: TrainOptions,
  sampleWeights?: number[],
): SoftmaxModel {
  const weights = new Float64Array(features * classes);
  const bias = new Float64Array(classes);
  const gw = new Float64Array(features * classes);
  const gb = new Float64Array(classes);
  const model: SoftmaxModel = { classes, weights, bias };
  // Packed copies: typed arrays keep the inner loop monomorphic and fast.
  const idx = xs.map((x) => Int32Array.from(x.idx, (i) => i * classes));
  const val = xs.map((x) => Float64Array.from(x.val));
  const sw = Float64Array.from(xs, (_, i) => sampleWeights?.[i] ?? 1);
  const order = xs.map((_, i) => i);
  const rand = seededRandom(opts.seed);
  const z = new Float64Array(classes);
  const g = new Float64Array(classes);
  const lr = opts.learningRate;
  const l2 = opts.l2;
  const eps = 1e-8;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    for (const i of order) {
      const xi = idx[i] as Int32Array;
      const xv = val[i] as Float64Array;
      const y = ys[i] as number;
      const w = sw[i] as number;
      // Forward pass.
      z.set(bias);
      for (let n = 0; n < xi.length; n++) {
        const base = xi[n] as number;
        const v = xv[n] as number;
        for (let c = 0; c < classes; c++) z[c] = (z[c] as number) + v * (weights[base + c] as number);
      }
      let max = -Infinity;
      for (let c = 0; c < classes; c++) if ((z[c] as number) > max) max = z[c] as number;
      let sum = 0;
      for (let c = 0; c < classes; c++) {
        const e = Math.exp((z[c] as number) - max);
        g[c] = e;
        sum += e;
      }
      for (let c = 0; c < classes; c++) {
        const gc = ((g[c] as number) / sum - (c === y ? 1 : 0)) * w;
        g[c] = gc;
        gb[c] = (gb[c] as number) + gc * gc;
        bias[c] = (bias[c] as number) - (lr * gc) / Math.sqrt((gb[c] as number) + eps);
      }
      // Backward pass, AdaGrad per weight, L2 on the active weights only. Classes whose
      // gradient is already negligible are skipped: after a few epochs that is most of them.
      for (let c = 0; c < classes; c++) {
        const gc = g[c] as number;
        if (gc < SKIP && gc > -SKIP) continue;
        for (let n = 0; n < xi.length; n++) {
          const j = (xi[n] as number) + c;
          const v = xv[n] as number;
          const wj = weights[j] as number;
          const grad = gc * v + l2 * wj;
          const acc = (gw[j] as number) + grad * grad;
          gw[j] = acc;
          weights[j] = wj - (lr * grad) / Math.sqrt(acc + eps);
        }
      }
    }
  }
  return model;
}
