/**
 * The server's one source of "now". Tests move it (`clock.set(...)`) instead of sleeping or
 * assuming today's date; production reads the system clock.
 */
let offsetMs = 0;
let frozen: number | undefined;

export const clock = {
  now(): Date {
    return new Date(frozen ?? Date.now() + offsetMs);
  },
  nowMs(): number {
    return frozen ?? Date.now() + offsetMs;
  },
  /** Freezes the clock at an instant (tests only). */
  set(at: Date | string): void {
    frozen = new Date(at).getTime();
  },
  /** Moves the clock forward (or back) by `ms`, frozen or running. */
  advance(ms: number): void {
    if (frozen !== undefined) frozen += ms;
    else offsetMs += ms;
  },
  reset(): void {
    frozen = undefined;
    offsetMs = 0;
  },
};
