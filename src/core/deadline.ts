/** A step that must finish in bounded time (start-up talking to a platform, say). */

/** `promise`, or the error `fail` makes of a line saying `what` did not finish within `ms`. */
export async function withDeadline<T>(promise: Promise<T>, ms: number, what: string, fail: (message: string) => Error = (m) => new Error(m)): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(fail(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
