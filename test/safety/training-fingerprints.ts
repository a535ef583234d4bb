/**
 * The SHA-256 of every trained model's weights (test/support/weights-fingerprint.ts) and the
 * hand-to-hand threshold's exact bits, as the code trained them on 7 December 2026 (main at
 * a98177b; the crisis models again that evening, after the forty-ninth writer, zy, and the fiftieth, zz; on 8 December the threshold, chosen at 2.5% pooled false alarms, and the risk models after forty everyday corrections of a pick were added to content/safety/near-misses/; again on 8 December, second session, after the fifty-first writer, zza). Making training faster must leave every weight as it was: these fail if one moves.
 * After a deliberate change to the training files, the examples or the options, record them
 * again (the test's failure prints each new value).
 */
export const TRAINING_FINGERPRINTS: Readonly<Record<string, string>> = {
  'classifier': '66d7b3a2e811135b6d79543921a4261c75cc9bdd3236370aac63b3aefb0b89f5',
  'risk': '384a50e0d9e94bddaafaf1919606dea82d175ef5d107f89be649708c0176b16c',
  'tier': '4df4f7b2ed697c3263499542e0e1a0aae97d857faa65be9f1573779b68e4bb3d',
  'fold0.risk': '4a0b1acd7ced4e7fa1ba140feacbc775f4f3b891423c20e205bec7fd4da1c49d',
  'fold0.tier': '35ba2ecca40bb4b14526b47da9a8a8bf3a68e4f82b1e77c7e675d7199b55f8f5',
  'fold1.risk': 'd3a690e92efddb24dd700aa4462edc4ee618c173c415762fbc3f537f29bd49ab',
  'fold1.tier': '3ffddc8211e160c2e4c5a8d2aa27f6b1c48f0796e2378d3c45c8dc3ec5d96926',
  'fold2.risk': '031f61b13edfb663ac8970166eb17ebcaf4842b0632a41bba0454448cfc67dec',
  'fold2.tier': 'a88b999fa77e686c3b7797c37bff45c6f0743c8a966cf6c55027c9824b8708ec',
  'fold3.risk': 'cda98e8d83f2a495b7780890732fd137dc2486ef14661d7b765a85208e13e5f4',
  'fold3.tier': '4e3dcedb42f2027dde67bb84dd11e63a5a5ccacc37000edd605e5c1357b1c94b',
  'fold4.risk': '6df57bdb89e3edfad1c8cd563e202d5cab0cba165c1e6426cf2a806caf11f0cb',
  'fold4.tier': 'fb6a83ff38f34d4db12fccf188269caf7e010fd8720f7a113d6c72714193592f',
  'threshold': 'c61a79550883e63f',
};
