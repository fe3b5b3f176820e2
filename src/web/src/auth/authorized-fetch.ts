import { readTokens, writeTokens } from './token-store';

const REFRESH_PATH = '/api/v1/auth/refresh';

let refreshing: Promise<boolean> | null = null;

/** Exchanges the refresh token once for everyone waiting; false when the session is over. */
function refreshTokens(): Promise<boolean> {
  refreshing ??= (async () => {
    const tokens = readTokens();
    if (!tokens) return false;
    try {
      const res = await fetch(REFRESH_PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: tokens.refreshToken }),
      });
      if (!res.ok) {
        // A refused refresh token ends the session; a server error keeps it for the next try.
        if (res.status === 401) writeTokens(null);
        return false;
      }
      const body = (await res.json()) as { accessToken: string; refreshToken: string };
      writeTokens({ accessToken: body.accessToken, refreshToken: body.refreshToken });
      return true;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

function withToken(request: Request): Request {
  const tokens = readTokens();
  const signed = new Request(request);
  if (tokens) signed.headers.set('Authorization', `Bearer ${tokens.accessToken}`);
  return signed;
}

/**
 * fetch with the access token; an expired token is refreshed once and the request repeated.
 * Network failures are thrown as they are, so callers can tell "offline" from "refused".
 */
export async function authorizedFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const response = await fetch(withToken(input));
  if (response.status !== 401 || input.url.endsWith('/auth/login') || !readTokens()) return response;
  return (await refreshTokens()) ? fetch(withToken(retry)) : response;
}
