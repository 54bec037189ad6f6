import { useState } from 'react';
import { EstimateRange } from 'estimate-range/react';
import { describeIssue, type Estimate } from 'estimate-range';
import figures from '../../figures.json';

// React 18 would set an array on the bare tag as the attribute "[object Object]": the wrapper sets
// every prop as a property and listens for the element's events.
export function App() {
  const [problems, setProblems] = useState('');
  return (
    <main>
      <EstimateRange
        estimates={figures as Estimate[]}
        agreement
        unit="Russian troops killed"
        onEstimateRangeError={(event) => setProblems(event.detail.issues.map(describeIssue).join(' '))}
      >
        <span slot="title">How many Russian troops had been killed?</span>
      </EstimateRange>
      <p id="problems">{problems}</p>
    </main>
  );
}
