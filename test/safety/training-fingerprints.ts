/**
 * The SHA-256 of every trained model's weights (test/support/weights-fingerprint.ts) and the
 * hand-to-hand threshold's exact bits, as the code trained them on 7 December 2026 (main at
 * a98177b; the crisis models again that evening, after the forty-ninth writer, zy, and the fiftieth, zz; the threshold again on 8 December, chosen at 2.5% pooled false alarms). Making training faster must leave every weight as it was: these fail if one moves.
 * After a deliberate change to the training files, the examples or the options, record them
 * again (the test's failure prints each new value).
 */
export const TRAINING_FINGERPRINTS: Readonly<Record<string, string>> = {
  'classifier': '66d7b3a2e811135b6d79543921a4261c75cc9bdd3236370aac63b3aefb0b89f5',
  'risk': '3b8abee071f2acd27f7a437977ea573f6fb203eec0cf1fe56e60d144630fbb9b',
  'tier': 'ac48d7d52cf7b8f27cd5ec20c0d4370e1796fd7194089dec76663f50dc2aa6aa',
  'fold0.risk': 'de470ff70453708bd4e57401fac9461dec81aae8e91354cbea15814ac41f813a',
  'fold0.tier': '35ba2ecca40bb4b14526b47da9a8a8bf3a68e4f82b1e77c7e675d7199b55f8f5',
  'fold1.risk': 'e263b79367d655b44d8e28bfa7163931891f30c183fe4c885de98bf93e21e072',
  'fold1.tier': 'f8b602fd55be9788c2e9abac71b8a4aa35fc25168daa736cf18b9d7ac845a628',
  'fold2.risk': '6e0bdcec765705af7c603252e31507d265fee107cb7a12573c692aa65fb0858d',
  'fold2.tier': 'c6912fd93f69a3dcf9b97b11d765c007ab6615cd38530a3cfe3658f645c85942',
  'fold3.risk': '73ed5d4907e2ebe3a79d61c38ab6a01d5c6b0437da64c957e16d816f0fcb5793',
  'fold3.tier': '7b12ba534228d5d1e6a44e177861849ce9e3de97fa0125a90e2dd7601e1a5fc0',
  'fold4.risk': 'f423d0bc26953a3a6d82ebbd560d695952b56167c6e1989eff39760882b933b5',
  'fold4.tier': '030481fd629b222d654f84f443084da67aafe62841867a67389c3515c8fa3317',
  'threshold': 'f0cc44480b59e63f',
};
