/**
 * JSON text, from an inline `<script type="application/json">` or a fetched file: an array of
 * estimates, or an object holding one under `estimates` or `data` (and, for a timeline, events under
 * `annotations`: `[{ "date": "2022-02-24", "label": "Invasion begins" }]`).
 */
import type { FigureIssue } from './figure-issue.js';

export interface JsonRecords {
  records: unknown[];
  issues: FigureIssue[];
  /** Events to mark on a timeline, when the JSON is an object with "annotations" beside "estimates". */
  annotations?: unknown[];
}

/** Reads JSON text into records, with a problem (not an exception) when it is not JSON or not a list. */
export function readJson(text: string): JsonRecords {
  const clean = text.replace(/^\ufeff/, '');
  if (clean.trim() === '')
    return { records: [], issues: [{ severity: 'error', code: 'empty-file', message: 'The JSON is empty' }] };
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (e) {
    // JSON.parse's own message names the position, which helps an editor find a truncated file.
    const detail = e instanceof Error ? e.message : String(e);
    return {
      records: [],
      issues: [{ severity: 'error', code: 'invalid-json', message: `The JSON could not be read: ${detail}` }],
    };
  }
  let annotations: unknown[] | undefined;
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const holder = data as Record<string, unknown>;
    const inner = Object.prototype.hasOwnProperty.call(holder, 'estimates') ? holder.estimates : holder.data;
    if (Object.prototype.hasOwnProperty.call(holder, 'annotations') && Array.isArray(holder.annotations))
      annotations = holder.annotations;
    if (Array.isArray(inner)) data = inner;
  }
  if (!Array.isArray(data)) {
    return {
      records: [],
      issues: [
        {
          severity: 'error',
          code: 'not-a-list',
          message: 'The JSON is not a list of estimates (expected [ { "label": … }, … ])',
        },
      ],
    };
  }
  return { records: data, issues: [], ...(annotations ? { annotations } : {}) };
}
