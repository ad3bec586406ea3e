// A test hook, read only here: EVENTWIRE_TEST_CRASH_AFTER=K makes the process kill itself with
// SIGKILL right after the K-th article is committed, so the crash test can check that a killed
// ingest leaves whole articles only. Unset in normal use; it does nothing then.
export function crashHook(env: NodeJS.ProcessEnv = process.env): (() => void) | undefined {
  const k = Number(env.EVENTWIRE_TEST_CRASH_AFTER);
  if (!Number.isInteger(k) || k <= 0) return undefined;
  let done = 0;
  return () => {
    if (++done >= k) process.kill(process.pid, "SIGKILL");
  };
}
