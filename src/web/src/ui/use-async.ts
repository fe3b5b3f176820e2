import { DependencyList, useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/problem';

export interface AsyncState<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload(): void;
  /** Shows data a write already answered with, without asking again. */
  set(data: T): void;
}

/** Loads data for a screen and reloads when the dependencies change. */
export function useAsync<T>(load: () => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  // The caller names the dependencies, as with useEffect.
  const run = useCallback(load, deps);

  useEffect(() => {
    let current = true;
    setLoading(true);
    run()
      .then((value) => current && (setData(value), setError(null)))
      .catch((e: unknown) => current && setError(errorMessage(e)))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [run, generation]);

  return { data, error, loading, reload: () => setGeneration((g) => g + 1), set: setData };
}
