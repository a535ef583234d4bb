import { pastDate } from '../src/features/advice/letter-facts.js';
console.log(pastDate('no, her email came wed 12/2', '2026-12-03T12:00:00.000Z', true), pastDate('wed 12/2', '2026-12-03T12:00:00.000Z', true));
