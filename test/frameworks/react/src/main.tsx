import { useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import '@goesting/selfscan/define.js';
import '@goesting/workability/define-check.js';
import type {} from '@goesting/selfscan/react.js';
import type {} from '@goesting/workability/react.js';
import type { GoestingCompleteDetail } from '@goesting/core';
import { checkStrings, checkThresholds, draftScan, earlierScan, selfscanStrings } from '../../shared/data';

const history = [earlierScan];

/** A React portal page: a form with a self-scan, its result shown from the typed event. */
function App() {
  const [pillars, setPillars] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [werkbaar, setWerkbaar] = useState('');
  const onComplete = (event: CustomEvent<GoestingCompleteDetail<'selfscan'>>) =>
    setPillars(JSON.stringify(event.detail.result.pillars));
  const onCheckComplete = (event: CustomEvent<GoestingCompleteDetail<'workability-check'>>) =>
    setWerkbaar(JSON.stringify({ werkbaar: event.detail.result.werkbaar, team: event.detail.result.team }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(String(new FormData(event.currentTarget).get('selfscan')));
  };
  return (
    <main>
      <h1>React</h1>
      <form onSubmit={onSubmit}>
        <goesting-selfscan
          name="selfscan"
          required
          lang="nl-BE"
          value={draftScan}
          history={history}
          strings={selfscanStrings}
          ongoesting-complete={onComplete}
        />
        <button type="submit">Versturen</button>
      </form>
      <goesting-workability-check lang="nl-BE" team="onthaal" thresholds={checkThresholds} strings={checkStrings} ongoesting-complete={onCheckComplete} />
      <output id="pillars">{pillars}</output>
      <output id="werkbaar">{werkbaar}</output>
      <output id="submitted">{submitted}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
