/**
 * The error a wrong setting stops the program with (src/config.ts reads the settings). Apart
 * from the settings' schema so that the code which only throws or recognises it (the stores,
 * the data key, the CLI's one-line failures) does not build that schema at start-up: `notes`
 * never reads a setting.
 */
export class ConfigError extends Error {}
