/** Runs a task after every task queued before it, and answers what the task answers. */
export type Queue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Runs tasks one at a time in call order. Every write to the record goes through one queue, so
 * acknowledgements arriving from many tabs at once each see the previous one's head.
 */
export function createQueue(): Queue {
  let tail: Promise<unknown> = Promise.resolve();
  return function run<T>(task: () => Promise<T>): Promise<T> {
    const result = tail.then(task, task);
    // A failed task must not stop the ones queued after it.
    tail = result.catch(() => undefined);
    return result;
  };
}
