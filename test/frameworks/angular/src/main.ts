import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '@goesting/selfscan/define.js';
import '@goesting/workability/define-check.js';
import type { GoestingCompleteDetail } from '@goesting/core';
import { checkStrings, checkThresholds, draftScan, earlierScan, selfscanStrings } from '../../shared/data';

/** An Angular portal page: a form with a self-scan, its result shown from the typed event. */
@Component({
  selector: 'host-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular</h1>
      <form (submit)="onSubmit($event)">
        <goesting-selfscan
          name="selfscan"
          required
          lang="nl-BE"
          [value]="draft"
          [history]="history"
          [strings]="strings"
          (goesting-complete)="onComplete($event)"
        ></goesting-selfscan>
        <button type="submit">Versturen</button>
      </form>
      <goesting-workability-check
        lang="nl-BE"
        team="onthaal"
        [thresholds]="checkThresholds"
        [strings]="checkStrings"
        (goesting-complete)="onCheckComplete($event)"
      ></goesting-workability-check>
      <output id="pillars">{{ pillars() }}</output>
      <output id="werkbaar">{{ werkbaar() }}</output>
      <output id="submitted">{{ submitted() }}</output>
    </main>
  `,
})
class HostApp {
  readonly draft = draftScan;
  readonly history = [earlierScan];
  readonly strings = selfscanStrings;
  readonly pillars = signal('');
  readonly submitted = signal('');
  readonly werkbaar = signal('');
  readonly checkStrings = checkStrings;
  readonly checkThresholds = checkThresholds;

  /** Angular types custom-element events as `Event`; the global event map gives the detail type. */
  onComplete(event: Event) {
    const { detail } = event as CustomEvent<GoestingCompleteDetail<'selfscan'>>;
    this.pillars.set(JSON.stringify(detail.result.pillars));
  }

  onCheckComplete(event: Event) {
    const { detail } = event as CustomEvent<GoestingCompleteDetail<'workability-check'>>;
    this.werkbaar.set(JSON.stringify({ werkbaar: detail.result.werkbaar, team: detail.result.team }));
  }

  onSubmit(event: Event) {
    event.preventDefault();
    this.submitted.set(String(new FormData(event.target as HTMLFormElement).get('selfscan')));
  }
}

bootstrapApplication(HostApp).catch((error: unknown) => console.error(error));
