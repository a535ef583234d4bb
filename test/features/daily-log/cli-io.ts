/** The shared in-process CLI runner, with logs silenced (these tests read stdout and stderr). */
import { cli as run, type CliResult } from '../../support/cli.js';

export type { CliResult };

export const cli = (argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> => run(argv, { LOG_LEVEL: 'silent', ...env });
