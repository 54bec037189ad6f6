import { Chart } from './chart';

// A server component: the page's HTML is rendered on the server, and the chart is hydrated in the browser.
export default function Page() {
  return (
    <main>
      <h1>Four weeks into the war, the estimates disagree</h1>
      <Chart />
    </main>
  );
}
