import { useState } from 'react';
import 'estimate-range';
import { describeIssue, type Estimate } from 'estimate-range';
import figures from '../../figures.json';

// React 19 sets a prop the element has as a property and adds `on` + an event's name as a listener.
export function App() {
  const [problems, setProblems] = useState('');
  return (
    <main>
      <estimate-range
        estimates={figures as Estimate[]}
        agreement
        unit="Russian troops killed"
        onestimate-range-error={(event) => setProblems(event.detail.issues.map(describeIssue).join(' '))}
      >
        <span slot="title">How many Russian troops had been killed?</span>
      </estimate-range>
      <p id="problems">{problems}</p>
    </main>
  );
}
