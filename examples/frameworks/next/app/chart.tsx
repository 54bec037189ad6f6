'use client';
import { useState } from 'react';
import { EstimateRange } from 'estimate-range/react';
import { describeIssue, type Estimate } from 'estimate-range';
import figures from '../../figures.json';

// React 19 skips a custom element's properties and `on…` handlers when it hydrates server-rendered
// HTML: the wrapper sets them itself, so the chart has its figures after hydration.
export function Chart() {
  const [problems, setProblems] = useState('');
  return (
    <>
      <EstimateRange
        estimates={figures as Estimate[]}
        agreement
        unit="Russian troops killed"
        onEstimateRangeError={(event) => setProblems(event.detail.issues.map(describeIssue).join(' '))}
      >
        <span slot="title">How many Russian troops had been killed?</span>
      </EstimateRange>
      <p id="problems">{problems}</p>
    </>
  );
}
