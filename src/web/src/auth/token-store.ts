/** Tokens survive a reload (a handheld's browser gets restarted) and are needed to replay offline scans. */
const STORAGE_KEY = 'wms.session';

export interface StoredTokens {
  accessToken: string;
  refreshToken: string;
}

type Listener = (tokens: StoredTokens | null) => void;
const listeners = new Set<Listener>();

export function readTokens(): StoredTokens | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as StoredTokens) : null;
  } catch {
    return null;
  }
}

export function writeTokens(tokens: StoredTokens | null): void {
  if (tokens) localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
  else localStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener(tokens);
}

export function onTokensChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
