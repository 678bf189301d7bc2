import { useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import '@goesting/selfscan/define.js';
import type {} from '@goesting/selfscan/react.js';
import type { GoestingCompleteDetail } from '@goesting/core';
import { draftScan, earlierScan, selfscanStrings } from '../../shared/data';

const history = [earlierScan];

/** A React portal page: a form with a self-scan, its result shown from the typed event. */
function App() {
  const [pillars, setPillars] = useState('');
  const [submitted, setSubmitted] = useState('');
  const onComplete = (event: CustomEvent<GoestingCompleteDetail<'selfscan'>>) =>
    setPillars(JSON.stringify(event.detail.result.pillars));
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
      <output id="pillars">{pillars}</output>
      <output id="submitted">{submitted}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
