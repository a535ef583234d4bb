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
  // Packed: every example's indices in one typed array and its values in another (example i
  // from at[i] to at[i + 1]), which keeps the inner loops monomorphic and allocates two arrays,
  // not two per example.
  const x = packed(xs);
  const alt = dropout === undefined ? undefined : packed(dropout.alt);
  const p = dropout?.p ?? 0;
  const order = xs.map((_, i) => i);
  const rand = seededRandom(opts.seed);
  const two = classes === 2;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    for (const i of order) {
      const drop = p > 0 && rand() < p;
      const from = (drop ? alt : undefined) ?? x;
      const start = from.at[i] as number;
      const end = from.at[i + 1] as number;
      if (two) forward2(st, from.idx, from.val, start, end);
      else forward(st, from.idx, from.val, start, end);
      const g2 = gradient(st, ys[i] as number, sampleWeights?.[i] ?? 1);
      backward(st, from.idx, from.val, start, end, g2);
    }
  }
  return { classes, weights: st.weights, bias: st.bias };
}

interface Packed {
  idx: Int32Array;
  val: Float64Array;
  at: Int32Array;
}

function packed(xs: readonly SparseVector[]): Packed {
  const at = new Int32Array(xs.length + 1);
  for (let i = 0; i < xs.length; i++) at[i + 1] = (at[i] as number) + (xs[i] as SparseVector).idx.length;
  const idx = new Int32Array(at[xs.length] as number);
  const val = new Float64Array(at[xs.length] as number);
  xs.forEach((x, i) => {
    idx.set(x.idx, at[i]);
    val.set(x.val, at[i]);
  });
  return { idx, val, at };
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

/** Class scores for one example (its non-zeros from `start` to `end`) into st.z. */
function forward(st: TrainState, xi: Int32Array, xv: Float64Array, start: number, end: number): void {
  const { classes, weights, z } = st;
  z.set(st.bias);
  for (let n = start; n < end; n++) {
    const base = (xi[n] as number) * classes;
    const v = xv[n] as number;
    for (let c = 0; c < classes; c++) z[c] = (z[c] as number) + v * (weights[base + c] as number);
  }
}

/** forward for two classes: the same sums in the same order, kept in locals. */
function forward2(st: TrainState, xi: Int32Array, xv: Float64Array, start: number, end: number): void {
  const { weights, z, bias } = st;
  let z0 = bias[0] as number;
  let z1 = bias[1] as number;
  for (let n = start; n < end; n++) {
    const base = (xi[n] as number) * 2;
    const v = xv[n] as number;
    z0 = z0 + v * (weights[base] as number);
    z1 = z1 + v * (weights[base + 1] as number);
  }
  z[0] = z0;
  z[1] = z1;
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
 * gradient is already negligible are skipped: after a few epochs that is most of them, and when
 * every class is skipped only the accumulators move (no step to compute).
 */
function backward(st: TrainState, xi: Int32Array, xv: Float64Array, start: number, end: number, g2: number): void {
  const { classes, weights, gw, g, lr, l2 } = st;
  let skipped = 0;
  for (let c = 0; c < classes; c++) {
    const gc = g[c] as number;
    if (gc < SKIP && gc > -SKIP) skipped++;
  }
  if (skipped === classes) {
    for (let n = start; n < end; n++) {
      const f = xi[n] as number;
      const v = xv[n] as number;
      gw[f] = (gw[f] as number) + v * v * g2;
    }
    return;
  }
  if (classes === 2) return backward2(st, xi, xv, start, end, g2);
  for (let n = start; n < end; n++) {
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

/** backward for two classes, at least one of them not skipped: the same steps, unrolled. */
function backward2(st: TrainState, xi: Int32Array, xv: Float64Array, start: number, end: number, g2: number): void {
  const { weights, gw, g, lr, l2 } = st;
  const g0 = g[0] as number;
  const g1 = g[1] as number;
  const use0 = !(g0 < SKIP && g0 > -SKIP);
  const use1 = !(g1 < SKIP && g1 > -SKIP);
  for (let n = start; n < end; n++) {
    const f = xi[n] as number;
    const v = xv[n] as number;
    const acc = (gw[f] as number) + v * v * g2;
    gw[f] = acc;
    const step = lr / Math.sqrt(acc + EPS);
    const base = f * 2;
    if (use0) {
      const w0 = weights[base] as number;
      weights[base] = w0 - step * (g0 * v + l2 * w0);
    }
    if (use1) {
      const w1 = weights[base + 1] as number;
      weights[base + 1] = w1 - step * (g1 * v + l2 * w1);
    }
  }
}
