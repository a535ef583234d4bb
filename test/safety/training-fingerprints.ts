/**
 * The SHA-256 of every trained model's weights (test/support/weights-fingerprint.ts) and the
 * hand-to-hand threshold's exact bits, as the code trained them on 7 December 2026 (main at
 * a98177b). Making training faster must leave every weight as it was: these fail if one moves.
 * After a deliberate change to the training files, the examples or the options, record them
 * again (the test's failure prints each new value).
 */
export const TRAINING_FINGERPRINTS: Readonly<Record<string, string>> = {
  'classifier': '66d7b3a2e811135b6d79543921a4261c75cc9bdd3236370aac63b3aefb0b89f5',
  'risk': '8c57477e98d57516c8d4c1d9dac71ad0ef6310c3ea1847624faa86b89ce0fbc0',
  'tier': '5e71fbb1d02911f9f9ba427f96c5dc784bdf8fbb265ac44eabe4d625db11ba77',
  'fold0.risk': 'b4c6f48464927df08ff58b095ef0abf2c1ed04c7cdea6ae214c54e4c71d51b3d',
  'fold0.tier': 'cba2f500361ca0cb590c619b729f01857cbcb5adc1f3386e218565866e7babac',
  'fold1.risk': 'bc9b2ab9cb7916096abb934a77f66331085bf9bee11888bed08347c88dbde1fb',
  'fold1.tier': 'deb9af133715d3fb217306512076871230ab1f9653207f8064cd51d26047f71f',
  'fold2.risk': 'dbe06c6d3d09b87b4976f9101f1d9b5a7a655513b6e9136468f2ec603f66df99',
  'fold2.tier': '97247a3cbe02a50887e52bedfa5173aafb47c364f0030094e144cb7202f0ce38',
  'fold3.risk': 'ab8878e9ab58500ef1e3e4f5ead1ca2f5eedcee7b7a7e52c5f96505c1d64e088',
  'fold3.tier': 'd9246b43feff8a35d2541a827bdffcf993af03f864aa77a59d212c9e9adb4a9f',
  'fold4.risk': '8fd12f3e2b07f1ecf2e69469e1a52c0e86a95b26ae79702b3ae5430968299811',
  'fold4.tier': 'f6b87f3b2285a7e4939e653871d6c12772ee5e915356c2109a567960c66f6c7b',
  'threshold': 'f208abd86e6be83f',
};
