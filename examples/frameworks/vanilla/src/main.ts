import 'estimate-range';
import { describeIssue, type Estimate } from 'estimate-range';
import figures from '../../figures.json';

const chart = document.querySelector('estimate-range')!;
chart.addEventListener('estimate-range-error', (event) => {
  document.querySelector('#problems')!.textContent = event.detail.issues.map(describeIssue).join(' ');
});
chart.estimates = figures as Estimate[];
