/**
 * Links from data become links only when they are http(s) or relative: a `javascript:` or `data:`
 * URL in a spreadsheet cell must never be one click away from running in the article.
 */

/** The URL if it is safe to link to, else undefined. */
export function safeUrl(raw: string): string | undefined {
  const url = raw.trim();
  if (url === '') return undefined;
  // Browsers ignore tabs and newlines inside a scheme ("java\tscript:"), so strip them before looking.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is stripped
  const compact = url.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme) return /^https?$/i.test(scheme[1]) ? url : undefined;
  // No scheme: a relative path, query or fragment, or a protocol-relative "//host/…", all of which
  // resolve against the page and so stay http(s).
  return url;
}
