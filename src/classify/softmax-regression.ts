/**
 * Multinomial logistic regression over sparse features, trained with AdaGrad SGD and L2
 * regularisation (applied to the active features only, the usual shortcut, which keeps an epoch
 * proportional to the number of non-zeros). Deterministic for a given seed.
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

/** Each step, with probability `p`, train on `alt[i]` (the example without some features) instead. */
export interface Dropout {
  alt: SparseVector[];
  p: number;
}

/** Gradients smaller than this are not applied (saves most of the work late in training). */
const SKIP = 1e-3;
const EPS = 1e-8;

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
 * catch-all `other` (the biggest file) does not tilt the priors. The per-example work lives in
 * three small functions: V8 optimises small hot functions much sooner than one big loop, which
 * is most of the cost of training once at start-up.
 */
export function trainSoftmax(
  xs: SparseVector[],
  ys: number[],
  features: number,
  classes: number,
  opts: TrainOptions,
  sampleWeights?: number[],
  dropout?: Dropout,
): SoftmaxModel {
  const st: TrainState = {
    classes,
    weights: new Float64Array(features * classes),
    bias: new Float64Array(classes),
    gw: new Float64Array(features),
    gb: new Float64Array(classes),
    z: new Float64Array(classes),
    g: new Float64Array(classes),
    lr: opts.learningRate,
    l2: opts.l2,
  };
  // Packed copies: typed arrays keep the inner loops monomorphic.
  const idx = xs.map((x) => Int32Array.from(x.idx));
  const val = xs.map((x) => Float64Array.from(x.val));
  const altIdx = dropout?.alt.map((x) => Int32Array.from(x.idx));
  const altVal = dropout?.alt.map((x) => Float64Array.from(x.val));
  const p = dropout?.p ?? 0;
  const order = xs.map((_, i) => i);
  const rand = seededRandom(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    for (const i of order) {
      const drop = p > 0 && rand() < p;
      const xi = ((drop ? altIdx?.[i] : undefined) ?? idx[i]) as Int32Array;
      const xv = ((drop ? altVal?.[i] : undefined) ?? val[i]) as Float64Array;
      forward(st, xi, xv);
      const g2 = gradient(st, ys[i] as number, sampleWeights?.[i] ?? 1);
      backward(st, xi, xv, g2);
    }
  }
  return { classes, weights: st.weights, bias: st.bias };
}

/** Model, AdaGrad accumulators (one per feature: a sixth of the square roots of per-weight
 * AdaGrad, no measurable difference in accuracy) and per-step scratch. */
interface TrainState {
  classes: number;
  weights: Float64Array;
  bias: Float64Array;
  gw: Float64Array;
  gb: Float64Array;
  z: Float64Array;
  g: Float64Array;
  lr: number;
  l2: number;
}

/** Class scores for one example into st.z. */
function forward(st: TrainState, xi: Int32Array, xv: Float64Array): void {
  const { classes, weights, z } = st;
  z.set(st.bias);
  for (let n = 0; n < xi.length; n++) {
    const base = (xi[n] as number) * classes;
    const v = xv[n] as number;
    for (let c = 0; c < classes; c++) z[c] = (z[c] as number) + v * (weights[base + c] as number);
  }
}

/** Softmax gradient into st.g (bias updated here); returns its squared norm. */
function gradient(st: TrainState, y: number, w: number): number {
  const { classes, z, g, gb, bias, lr } = st;
  let max = -Infinity;
  for (let c = 0; c < classes; c++) if ((z[c] as number) > max) max = z[c] as number;
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    const e = Math.exp((z[c] as number) - max);
    g[c] = e;
    sum += e;
  }
  let g2 = 0;
  for (let c = 0; c < classes; c++) {
    const gc = ((g[c] as number) / sum - (c === y ? 1 : 0)) * w;
    g[c] = gc;
    g2 += gc * gc;
    gb[c] = (gb[c] as number) + gc * gc;
    bias[c] = (bias[c] as number) - (lr * gc) / Math.sqrt((gb[c] as number) + EPS);
  }
  return g2;
}

/**
 * AdaGrad step on the example's active weights, with L2 on those weights only. Classes whose
 * gradient is already negligible are skipped: after a few epochs that is most of them.
 */
function backward(st: TrainState, xi: Int32Array, xv: Float64Array, g2: number): void {
  const { classes, weights, gw, g, lr, l2 } = st;
  for (let n = 0; n < xi.length; n++) {
    const f = xi[n] as number;
    const v = xv[n] as number;
    const acc = (gw[f] as number) + v * v * g2;
    gw[f] = acc;
    const step = lr / Math.sqrt(acc + EPS);
    const base = f * classes;
    for (let c = 0; c < classes; c++) {
      const gc = g[c] as number;
      if (gc < SKIP && gc > -SKIP) continue;
      const j = base + c;
      const wj = weights[j] as number;
      weights[j] = wj - step * (gc * v + l2 * wj);
    }
  }
}
