import { readTokens } from '../auth/token-store';
import { ApiError, Problem } from '../api/problem';

/** Documents rendered in the background answer 409 `…_NOT_READY` for a moment after the change that makes them. */
const NOT_READY = /_NOT_READY$/;
const WAIT_MS = [500, 1000, 1500, 2000, 3000, 4000];

async function download(path: string): Promise<Blob> {
  for (let attempt = 0; ; attempt++) {
    const tokens = readTokens();
    const res = await fetch(path, { headers: tokens ? { Authorization: `Bearer ${tokens.accessToken}` } : {} });
    if (res.ok) return res.blob();
    const problem = ((await res.json().catch(() => null)) ?? { title: res.statusText }) as Problem;
    if (res.status !== 409 || !NOT_READY.test(problem.code ?? '') || attempt >= WAIT_MS.length) throw new ApiError(res.status, problem);
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS[attempt]));
  }
}

/**
 * Opens a PDF the API serves behind authentication: fetched with the token, shown from a blob URL in
 * a new tab, where the browser's viewer prints it on the desk printer.
 */
export async function openAuthorizedPdf(path: string): Promise<void> {
  // Opened before the download, while the click still counts as a user gesture for the pop-up blocker.
  const tab = window.open('', '_blank');
  if (tab) tab.document.title = 'Preparing the document…';
  try {
    const url = URL.createObjectURL(await download(path));
    if (tab) tab.location.href = url;
    else window.location.href = url;
    // The tab has loaded it by then; the URL only pins the memory.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}
