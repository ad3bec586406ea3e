// Runs up to `limit` tasks at once and yields their results in input order, so output is
// deterministic while page fetches overlap.

export async function* mapOrdered<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const width = Math.max(1, limit);
  const running: Array<Promise<R>> = [];
  let next = 0;
  while (next < items.length && running.length < width) running.push(fn(items[next++]!));
  while (running.length > 0) {
    const result = await running.shift()!;
    if (next < items.length) running.push(fn(items[next++]!));
    yield result;
  }
}
