import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  callbackStorageAdapter,
  emit,
  localStorageAdapter,
  radarChart,
  resolveStorage,
  sessionStorageAdapter,
  themeStyles,
  type GoestingErrorDetail,
} from '@goesting/core';
import { createMigrator, isCalendarDay, isoDaySchema, matchLocale, pickText, toValidationIssues } from '@goesting/core/model';
import { z } from 'zod/mini';
import { render } from 'lit';
import '@goesting/core/define-provider.js';
import { CoreTestElement } from './test-element.js';

describe('events', () => {
  it('bubble out of shadow roots to the document', async () => {
    const host = await fixture(html`<div></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    setTimeout(() => emit(inner, 'goesting-change', { widget: 'selfscan', schemaVersion: 1, value: {} } as never));
    const event = await oneEvent(document, 'goesting-change');
    expect(event.detail.widget).to.equal('selfscan');
    expect(event.composed).to.equal(true);
  });
});

describe('error state', () => {
  it('shows an alert with the issue in words and sends goesting-error', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element lang="nl-BE"></core-test-element>`);
    const warn = console.warn;
    console.warn = () => {};
    setTimeout(() => el.report());
    const event = await oneEvent(el, 'goesting-error');
    console.warn = warn;
    const detail = event.detail as GoestingErrorDetail;
    expect(detail).to.include({ widget: 'core-test', code: 'invalid-value', schemaVersion: 1 });
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Er is iets mis').and.contain('onbekende vraag "x"').and.contain('answers.x');
    await expect(el).to.be.accessible();
    el.fix();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('storage adapters', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('keep JSON documents in session and local storage', async () => {
    for (const [adapter, store] of [
      [sessionStorageAdapter(), sessionStorage],
      [localStorageAdapter(), localStorage],
    ] as const) {
      await adapter.set('k', { a: [1, 'na'] });
      expect(JSON.parse(store.getItem('k')!)).to.deep.equal({ a: [1, 'na'] });
      expect(await adapter.get('k')).to.deep.equal({ a: [1, 'na'] });
      await adapter.remove('k');
      expect(await adapter.get('k')).to.equal(undefined);
    }
  });

  it('hand drafts to host callbacks, also asynchronous ones', async () => {
    const kept = new Map<string, unknown>();
    const adapter = callbackStorageAdapter({
      get: async (k) => kept.get(k),
      set: async (k, v) => void kept.set(k, v),
      remove: async (k) => void kept.delete(k),
    });
    await adapter.set('x', 1);
    expect(await adapter.get('x')).to.equal(1);
  });

  it('resolve from the storage attribute, and store nothing without one', () => {
    expect(resolveStorage(undefined)).to.equal(undefined);
    expect(resolveStorage('none')).to.equal(undefined);
    expect(resolveStorage('session')).to.have.property('get');
  });

  it('turn a failing store into an error state, not an exception', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element lang="en"></core-test-element>`);
    el.storage = callbackStorageAdapter({
      get: () => {
        throw new Error('quota');
      },
      set: () => {
        throw new DOMException('QuotaExceededError');
      },
      remove: () => {},
    });
    const warn = console.warn;
    console.warn = () => {};
    await el.draft.write({ a: 1 });
    expect(await el.draft.read()).to.equal(undefined);
    console.warn = warn;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('could not be kept');
  });

  it('uses the provider storage for widgets inside it', async () => {
    const kept = new Map<string, unknown>();
    const storage = callbackStorageAdapter({ get: (k) => kept.get(k), set: (k, v) => void kept.set(k, v), remove: (k) => void kept.delete(k) });
    const provider = await fixture(html`<goesting-provider .storage=${storage}><core-test-element draft-key="a"></core-test-element></goesting-provider>`);
    const el = provider.querySelector<CoreTestElement>('core-test-element')!;
    await el.updateComplete;
    await el.draft.write({ answers: 1 });
    expect(kept.get('goesting:core-test:a')).to.deep.equal({ answers: 1 });
  });
});

describe('migrations', () => {
  const migrate = createMigrator(3, {
    1: (doc) => ({ ...doc, renamed: doc['old'], old: undefined }),
    2: (doc) => ({ ...doc, added: true }),
  });

  it('upgrade old documents step by step', () => {
    const result = migrate({ schemaVersion: 1, old: 'x' });
    expect(result).to.deep.equal({ ok: true, doc: { schemaVersion: 3, renamed: 'x', old: undefined, added: true }, migratedFrom: 1 });
  });

  it('treat a document without schemaVersion as the first version', () => {
    const result = migrate({ old: 'y' });
    expect(result.ok && result.doc['renamed']).to.equal('y');
  });

  it('refuse documents from a newer version', () => {
    const result = migrate({ schemaVersion: 4 });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues[0]!.code).to.equal('future_version');
  });

  it('refuse things that are not documents', () => {
    expect(migrate('text').ok).to.equal(false);
    expect(migrate([1]).ok).to.equal(false);
    expect(migrate({ schemaVersion: 'one' }).ok).to.equal(false);
  });
});

describe('validation issues', () => {
  it('keep path, code and the values a translation needs', () => {
    const schema = z.object({ answers: z.record(z.string(), z.int().check(z.gte(1), z.lte(5))) });
    const result = schema.safeParse({ answers: { a: 9 } });
    expect(result.success).to.equal(false);
    const [issue] = toValidationIssues(result.error!.issues);
    expect(issue).to.deep.include({ path: 'answers.a', code: 'too_big' });
    expect(issue!.params).to.deep.include({ maximum: 5 });
    expect(JSON.parse(JSON.stringify(issue))).to.deep.equal(issue);
  });
});

describe('locale helpers', () => {
  it('map language tags to the shipped locales', () => {
    expect(matchLocale('nl')).to.equal('nl-BE');
    expect(matchLocale('NL-nl')).to.equal('nl-NL');
    expect(matchLocale('fr-FR')).to.equal('fr-BE');
    expect(matchLocale('en-US')).to.equal('en');
    expect(matchLocale('de')).to.equal(undefined);
  });
  it('pick a text per locale with English as fallback', () => {
    expect(pickText({ en: 'Hi', 'nl-BE': 'Dag' }, 'nl-BE')).to.equal('Dag');
    expect(pickText({ en: 'Hi' }, 'fr-BE')).to.equal('Hi');
    expect(pickText({ en: 'Hi', 'nl-BE': 'Dag' }, 'nl-NL')).to.equal('Dag');
    expect(pickText('Same', 'fr-BE')).to.equal('Same');
  });
});

describe('calendar days', () => {
  it('accept days that exist and refuse the rest', () => {
    for (const day of ['2025-01-31', '2024-02-29', '2000-02-29', '2025-12-31']) {
      expect(isCalendarDay(day), day).to.equal(true);
      expect(isoDaySchema.safeParse(day).success, day).to.equal(true);
    }
    for (const day of ['2025-02-30', '2025-13-01', '2023-02-29', '1900-02-29', '2025-04-31', '2025-00-10', '2025-01-00', 'morgen', '2025-1-1', '2025-01-01T00:00', '', 20250101, null]) {
      expect(isCalendarDay(day), String(day)).to.equal(false);
      expect(isoDaySchema.safeParse(day).success, String(day)).to.equal(false);
    }
    const [issue] = toValidationIssues(isoDaySchema.safeParse('2025-02-30').error!.issues);
    expect(issue).to.deep.include({ path: '', code: 'invalid_day' });
  });
});

describe('radar chart', () => {
  it('draws one polygon per series, dashes earlier results and names the image', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [themeStyles.styleSheet!];
    render(
      radarChart({
        axes: ['A', 'B', 'C', 'D'],
        series: [
          { label: 'before', values: [1, 2, 3, 4], kind: 'earlier' },
          { label: 'now', values: [5, null, 3, 1], kind: 'current' },
        ],
        min: 1,
        max: 5,
        label: 'Four pillars: A 5, B no score',
      }),
      root,
    );
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('Four pillars: A 5, B no score');
    expect(svg.querySelectorAll('.series')).to.have.length(2);
    expect(svg.querySelectorAll('.series.current circle')).to.have.length(3);
    const top = svg.querySelector('.series.current polygon')!.getAttribute('points')!.split(' ')[0];
    expect(top).to.equal('180.0,70.0');
  });
});
