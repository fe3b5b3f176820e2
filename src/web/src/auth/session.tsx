import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { hasAnyRole, Role } from './roles';
import { onTokensChange, readTokens, writeTokens } from './token-store';

export interface SessionUser {
  id: string;
  email: string;
  roles: string[];
}

interface SessionValue {
  user: SessionUser | null;
  /** True until the stored session has been checked. */
  loading: boolean;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
  can(...roles: Role[]): boolean;
}

const SessionContext = createContext<SessionValue | null>(null);
const USER_KEY = 'wms.user';

function cachedUser(): SessionUser | null {
  try {
    return JSON.parse(localStorage.getItem(USER_KEY) ?? 'null') as SessionUser | null;
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(() => (readTokens() ? cachedUser() : null));
  const [loading, setLoading] = useState(() => !!readTokens());

  const remember = useCallback((next: SessionUser | null) => {
    if (next) localStorage.setItem(USER_KEY, JSON.stringify(next));
    else localStorage.removeItem(USER_KEY);
    setUser(next);
  }, []);

  const loadMe = useCallback(async () => {
    const me = unwrap(await api.GET('/api/v1/auth/me'));
    remember({ id: me.id, email: me.email ?? '', roles: me.roles ?? [] });
  }, [remember]);

  useEffect(() => {
    if (!readTokens()) return;
    // Offline, the cached user keeps the station usable; the tokens are checked when the network returns.
    loadMe()
      .catch((error: unknown) => {
        if (!(error instanceof TypeError)) remember(null);
      })
      .finally(() => setLoading(false));
  }, [loadMe, remember]);

  useEffect(() => onTokensChange((tokens) => !tokens && remember(null)), [remember]);

  const value = useMemo<SessionValue>(
    () => ({
      user,
      loading,
      async login(email, password) {
        const tokens = unwrap(await api.POST('/api/v1/auth/login', { body: { email, password } }));
        writeTokens({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
        await loadMe();
      },
      async logout() {
        const tokens = readTokens();
        writeTokens(null);
        remember(null);
        if (tokens) await api.POST('/api/v1/auth/logout', { body: { refreshToken: tokens.refreshToken } }).catch(() => undefined);
      },
      can: (...roles: Role[]) => !!user && hasAnyRole(user.roles, roles),
    }),
    [user, loading, loadMe, remember],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
