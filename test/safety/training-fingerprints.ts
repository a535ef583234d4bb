/**
 * The SHA-256 of every trained model's weights (test/support/weights-fingerprint.ts) and the
 * hand-to-hand threshold's exact bits, as the code trained them on 7 December 2026 (main at
 * a98177b; the crisis models again that evening, after the forty-ninth writer, zy, and the fiftieth, zz; on 8 December the threshold, chosen at 2.5% pooled false alarms, and the risk models after forty everyday corrections of a pick were added to content/safety/near-misses/; again on 8 December, second session, after the fifty-first writer, zza, and forty everyday lines about keeping a child's notes). Making training faster must leave every weight as it was: these fail if one moves.
 * After a deliberate change to the training files, the examples or the options, record them
 * again (the test's failure prints each new value).
 */
export const TRAINING_FINGERPRINTS: Readonly<Record<string, string>> = {
  'classifier': '66d7b3a2e811135b6d79543921a4261c75cc9bdd3236370aac63b3aefb0b89f5',
  'risk': '39a095e47a4ec2c6824d8b6cce45f971f154ad396b531ea2400d0720213cb912',
  'tier': '4df4f7b2ed697c3263499542e0e1a0aae97d857faa65be9f1573779b68e4bb3d',
  'fold0.risk': '9244f139f398b0b60eca8ba6916642e441037690ea16a1768488f0a8309ab89c',
  'fold0.tier': '35ba2ecca40bb4b14526b47da9a8a8bf3a68e4f82b1e77c7e675d7199b55f8f5',
  'fold1.risk': 'ffda689ffb15b1357d2f3ca4c560668c1015d370bf4901fc7e64a5d15eb8e1a2',
  'fold1.tier': '3ffddc8211e160c2e4c5a8d2aa27f6b1c48f0796e2378d3c45c8dc3ec5d96926',
  'fold2.risk': '2a88ad3955936e65270ede3722101c7458e41b59048e96ba26589e1cb406af68',
  'fold2.tier': 'a88b999fa77e686c3b7797c37bff45c6f0743c8a966cf6c55027c9824b8708ec',
  'fold3.risk': '0c12adac635d2b321716d534b742c989ca315f54fa6ca711546fb5bc2b20fae5',
  'fold3.tier': '4e3dcedb42f2027dde67bb84dd11e63a5a5ccacc37000edd605e5c1357b1c94b',
  'fold4.risk': '27ffd8c741976de6796a2a67f860eb9047041642304956c566c01e85857ff355',
  'fold4.tier': 'fb6a83ff38f34d4db12fccf188269caf7e010fd8720f7a113d6c72714193592f',
  'threshold': '9e658724a77ae63f',
};
