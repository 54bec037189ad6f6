/**
 * The `estimates` attribute: JSON text, read as the inline JSON is (an array, or an object holding one
 * under "estimates"). It is mostly what arrives when a framework sets attributes where it should set
 * the property (React 18 writes `estimates="[object Object],[object Object]"`), so text that is not JSON
 * becomes a problem saying so and what to do, not a silently empty chart.
 */
import type { FigureIssue } from '../data/figure-issue.js';
import { previewValue } from '../data/figure-issue.js';
import { readJson, type JsonRecords } from '../data/read-json.js';

/** The attribute's text, kept until the input controller reads it. */
export class EstimatesAttribute {
  constructor(readonly text: string) {}
}

/** Lit's converter for the property: text in, never reflected back. */
export const estimatesAttribute = {
  fromAttribute: (value: string | null) => (value === null ? undefined : new EstimatesAttribute(value)),
};

/** The records in the attribute, or why there are none. */
export function readEstimatesAttribute(attribute: EstimatesAttribute): JsonRecords {
  const read = readJson(attribute.text);
  if (!read.issues.length) return read;
  const objects = attribute.text.startsWith('[object ');
  const issue: FigureIssue = {
    severity: 'error',
    code: 'estimates-attribute',
    field: 'estimates',
    value: previewValue(attribute.text),
    message: objects
      ? 'is an array written as an attribute: set the estimates property (React 18: use estimate-range/react)'
      : `is not JSON (${read.issues[0].message})`,
  };
  return { records: [], issues: [issue] };
}
