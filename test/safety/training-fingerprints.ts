/**
 * The SHA-256 of every trained model's weights (test/support/weights-fingerprint.ts) and the
 * hand-to-hand threshold's exact bits, as the code trained them on 7 December 2026 (main at
 * a98177b; the crisis models again that evening, after the forty-ninth writer, zy). Making training faster must leave every weight as it was: these fail if one moves.
 * After a deliberate change to the training files, the examples or the options, record them
 * again (the test's failure prints each new value).
 */
export const TRAINING_FINGERPRINTS: Readonly<Record<string, string>> = {
  'classifier': '66d7b3a2e811135b6d79543921a4261c75cc9bdd3236370aac63b3aefb0b89f5',
  'risk': 'eaa1e4fb7031b2c0d0ee3caa5aaded200694703e558a5f1b51e17264a5b287cb',
  'tier': '21bb953ea0d57a4cb7ffa2b20a5c81d046a5643d55daf61b5189d42298daa5f2',
  'fold0.risk': '5b9d679ee114d982bfb32c763da3efc8d2b749686b165c9710d0d2a0a3866a2c',
  'fold0.tier': '25fdd74e7f0d555b884efdfcab502c6ecadb2caa1c0e5b32a127ca3b7ea3c81f',
  'fold1.risk': '5d93e3e03a6a506dd154dc971b7c0667aa2a64927e3395f17567d69502acac2f',
  'fold1.tier': '43a15e56af374914bae2c38e6ce2b712ae9ab5a97964ae64bd4097385a05ffc0',
  'fold2.risk': '270c7aa246f7dd8f3419e45130ce0616d03634d4f4c77cc5fa39d36ca593906c',
  'fold2.tier': '0fcd49f925577bae0ec63022aee90a98fab1f0a5d1caa51480ea6bddc8784e2d',
  'fold3.risk': 'ab8878e9ab58500ef1e3e4f5ead1ca2f5eedcee7b7a7e52c5f96505c1d64e088',
  'fold3.tier': 'd9246b43feff8a35d2541a827bdffcf993af03f864aa77a59d212c9e9adb4a9f',
  'fold4.risk': 'f423d0bc26953a3a6d82ebbd560d695952b56167c6e1989eff39760882b933b5',
  'fold4.tier': '030481fd629b222d654f84f443084da67aafe62841867a67389c3515c8fa3317',
  'threshold': 'd4f3fea5d5b1e83f',
};
