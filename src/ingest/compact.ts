// Records without undefined fields compare equal with deepEqual and survive JSON round trips.

export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
