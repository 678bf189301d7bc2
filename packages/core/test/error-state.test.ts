import { expect, fixture, html } from '@open-wc/testing';
import type { GoestingErrorDetail } from '@goesting/core';
import { CoreTestElement } from './test-element.js';
import { failOnPageErrors, quietly, record } from './helpers.js';

const alert = (el: Element) => el.shadowRoot!.querySelector('[role=alert]');

describe('error state with many issues', () => {
  failOnPageErrors();

  for (const [lang, more] of [
    ['nl-BE', 'en nog 49.990 andere'],
    ['nl-NL', 'en nog 49.990 andere'],
    ['fr-BE', 'et 49 990 autres'],
    ['en', 'and 49,990 more'],
  ] as const) {
    it(`lists the first ten issues and counts the rest (${lang}), while the event carries them all`, async () => {
      const el = await fixture<CoreTestElement>(html`<core-test-element lang=${lang}></core-test-element>`);
      const errors = record(el, 'goesting-error');
      await quietly(async () => {
        el.report(50_000);
        await el.updateComplete;
      });
      const items = [...alert(el)!.querySelectorAll('li')];
      expect(items).to.have.length(11);
      expect(items[0]!.textContent).to.contain('answers.x');
      expect(items[10]!.textContent!.replace(/\s/g, ' ')).to.equal(more.replace(/\s/g, ' '));
      expect((errors[0]!.detail as GoestingErrorDetail).issues).to.have.length(50_000);
    });
  }

  it('lists every issue when there are ten or fewer', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element lang="nl-BE"></core-test-element>`);
    await quietly(async () => {
      el.report(10);
      await el.updateComplete;
    });
    expect(alert(el)!.querySelectorAll('li')).to.have.length(10);
    expect(alert(el)!.textContent).to.not.contain('en nog');
  });
});
