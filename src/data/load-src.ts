/**
 * Fetching figures from a `src` URL: JSON or CSV, told apart by the response's type, the file's
 * extension, then its first character. Failures come back as problems, never as exceptions, and an
 * aborted request (the element left the page, or `src` changed) comes back as `aborted`.
 */
import type { FigureIssue } from './figure-issue.js';
import { readCsv } from './read-csv.js';
import { readJson } from './read-json.js';
import { decodeText, type DecodedText } from './decode-text.js';

export interface LoadedRecords {
  records: unknown[];
  annotations?: unknown[];
  rowNumbers?: number[];
  issues: FigureIssue[];
  aborted?: boolean;
}

function failure(message: string, code: string): LoadedRecords {
  return { records: [], issues: [{ severity: 'error', code, field: 'src', message }] };
}

import { SRC_TIMEOUT_MS } from './src-timeout.js';

export { SRC_TIMEOUT_MS };

/**
 * Fetches and reads a JSON or CSV file of estimates.
 *
 * @param url the address to fetch (resolved against the page)
 * @param signal aborts the request
 * @param shownAs the address as the editor wrote it, for messages (default `url`)
 * @param timeoutMs gives up after this long (default 15 s)
 */
export async function loadSrc(
  url: string,
  signal: AbortSignal,
  shownAs = url,
  timeoutMs = SRC_TIMEOUT_MS,
  fetcher: typeof fetch = fetch,
): Promise<LoadedRecords> {
  let response: Response;
  let decoded: DecodedText;
  // Our own controller, so that a timeout and the caller's abort both end the request.
  const request = new AbortController();
  const onAbort = () => request.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeoutMs);
  try {
    response = await fetcher(url, { signal: request.signal, credentials: 'same-origin' });
    decoded = decodeText(await response.arrayBuffer());
  } catch (e) {
    if (timedOut) return failure(`did not answer within ${waitInWords(timeoutMs)} (${shownAs})`, 'src-timeout');
    if (signal.aborted) return { records: [], issues: [], aborted: true };
    return failure(
      `could not be loaded from ${shownAs} (${e instanceof Error ? e.message : 'network error'})`,
      'src-failed',
    );
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
  if (!response.ok)
    return failure(
      `could not be loaded from ${shownAs}: the server answered ${response.status} ${response.statusText}`.trim(),
      'src-status',
    );
  const text = decoded.text;
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  const path = url.split(/[?#]/)[0].toLowerCase();
  const start = text
    .replace(/^\ufeff/, '')
    .trimStart()
    .charAt(0);
  if (type.includes('html') || start === '<') {
    return failure(`from ${shownAs} is a web page (HTML), not JSON or CSV: check the address`, 'src-html');
  }
  const isJson =
    type.includes('json') || path.endsWith('.json') || ((start === '[' || start === '{') && !path.endsWith('.csv'));
  const read = isJson ? readJson(text) : readCsv(text);
  return { ...read, issues: [...decoded.issues, ...read.issues] };
}

/** A timeout as a reader says it: "less than a second", "1 second", "15 seconds" (rounded up). */
export function waitInWords(ms: number): string {
  if (ms < 1000) return 'less than a second';
  const seconds = Math.ceil(ms / 1000);
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
