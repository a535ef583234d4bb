/**
 * The SHA-256 of every trained model's weights (test/support/weights-fingerprint.ts) and the
 * hand-to-hand threshold's exact bits, as the code trained them on 7 December 2026 (main at
 * a98177b; the crisis models again that evening, after the forty-ninth writer, zy, and the fiftieth, zz; on 8 December the threshold, chosen at 2.5% pooled false alarms, and the risk models after forty everyday corrections of a pick were added to content/safety/near-misses/). Making training faster must leave every weight as it was: these fail if one moves.
 * After a deliberate change to the training files, the examples or the options, record them
 * again (the test's failure prints each new value).
 */
export const TRAINING_FINGERPRINTS: Readonly<Record<string, string>> = {
  'classifier': '66d7b3a2e811135b6d79543921a4261c75cc9bdd3236370aac63b3aefb0b89f5',
  'risk': '30889ac8e39708d2224270007a648a58c670d0b0c60089d8b63c73222833e8c6',
  'tier': 'ac48d7d52cf7b8f27cd5ec20c0d4370e1796fd7194089dec76663f50dc2aa6aa',
  'fold0.risk': '4a0b1acd7ced4e7fa1ba140feacbc775f4f3b891423c20e205bec7fd4da1c49d',
  'fold0.tier': '35ba2ecca40bb4b14526b47da9a8a8bf3a68e4f82b1e77c7e675d7199b55f8f5',
  'fold1.risk': 'a64a93df0b278008c486b87e98f1bba5d6b13ef9f30171345a27103f19a642ba',
  'fold1.tier': 'f8b602fd55be9788c2e9abac71b8a4aa35fc25168daa736cf18b9d7ac845a628',
  'fold2.risk': '0f178b867b3194f79f2de9afc7b4605e9991c26d84dae6c68d44d4850f112b78',
  'fold2.tier': 'c6912fd93f69a3dcf9b97b11d765c007ab6615cd38530a3cfe3658f645c85942',
  'fold3.risk': '48e1be7dbfa20c582c66dca73fc5f66bc1277b1049c93f6a3cfd8d0781503f06',
  'fold3.tier': '7b12ba534228d5d1e6a44e177861849ce9e3de97fa0125a90e2dd7601e1a5fc0',
  'fold4.risk': 'c54c8b0a84f043191decfc6d626aead2ad3afa465ea020112b5dca6f378fcc5d',
  'fold4.tier': '030481fd629b222d654f84f443084da67aafe62841867a67389c3515c8fa3317',
  'threshold': '3ee52c2a1465e63f',
};
