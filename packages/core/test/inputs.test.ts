import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { errorDetailSchema, type GoestingErrorDetail } from '@goesting/core';
import '@goesting/core/define-provider.js';
import { CoreTestElement } from './test-element.js';
import { failOnPageErrors, quietly, record } from './helpers.js';

const detailSchema = errorDetailSchema('core-test');
const templateLookalikeFor = (markup: string) => ({ _$litType$: 1, strings: [markup], values: [] });
const greeting = (el: Element) => el.shadowRoot!.querySelector('p:not(.error p)')!.textContent;
const alert = (el: Element) => el.shadowRoot!.querySelector('[role=alert]');

/** Also fails on promise rejections nobody handled: a render that throws arrives as one. */
function failOnUnhandledRejections(): void {
  let rejections: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    await nextFrame();
    window.removeEventListener('unhandledrejection', onRejection);
    expect(rejections, 'promise rejections that reached the page').to.deep.equal([]);
  });
}

async function mountInProvider(set: (provider: HTMLElement & Record<string, unknown>) => void) {
  const provider = await fixture<HTMLElement & Record<string, unknown>>(html`<goesting-provider></goesting-provider>`);
  const el = document.createElement('core-test-element') as CoreTestElement;
  const errors = record(el, 'goesting-error');
  await quietly(async () => {
    set(provider);
    provider.append(el);
    await el.updateComplete;
  });
  return { provider, el, errors };
}

describe('provider settings', () => {
  failOnPageErrors();
  failOnUnhandledRejections();

  let pageLang: string;
  beforeEach(() => {
    pageLang = document.documentElement.lang;
    document.documentElement.lang = 'nl-BE';
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  it('refuses a locale and a theme that are not text: the widgets inside report it and keep their defaults', async () => {
    const { el, errors } = await mountInProvider((provider) => {
      provider['locale'] = 42;
      provider['theme'] = { dark: true };
    });
    expect(errors).to.have.length(1);
    const detail = errors[0]!.detail as GoestingErrorDetail;
    expect(detailSchema.safeParse(detail).success).to.equal(true);
    expect(detail.code).to.equal('invalid-config');
    expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['provider.locale', 'provider.theme']);
    expect(alert(el)!.textContent).to.contain('Er is iets mis').and.contain('provider.locale');
    expect(el.locale).to.equal('nl-BE');
    expect(greeting(el)).to.equal('Hallo');
    expect(el.dataset['goestingTheme']).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('refuses a Symbol, an unknown theme and a storage that is no adapter', async () => {
    const { el, errors } = await mountInProvider((provider) => {
      provider['locale'] = Symbol('nl');
      provider['theme'] = 'purple';
      provider['storage'] = { get: 'nope' };
    });
    expect(errors[0]!.detail.issues.map((issue: { path: string }) => issue.path)).to.deep.equal(['provider.locale', 'provider.theme', 'provider.storage']);
    expect(greeting(el)).to.equal('Hallo');
  });

  it('uses its valid settings, and clears the error state once the invalid one is fixed', async () => {
    const { provider, el } = await mountInProvider((provider) => {
      provider['locale'] = 'fr-BE';
      provider['theme'] = 7;
    });
    expect(greeting(el)).to.equal('Bonjour');
    expect(alert(el)).to.not.equal(null);
    provider['theme'] = 'dark';
    await nextFrame();
    await el.updateComplete;
    expect(alert(el)).to.equal(null);
    expect(el.dataset['goestingTheme']).to.equal('dark');
  });

  it('reports the same problem once, also when another setting changes', async () => {
    const { provider, errors } = await mountInProvider((provider) => {
      provider['locale'] = 12;
    });
    provider['theme'] = 'light';
    await nextFrame();
    expect(errors).to.have.length(1);
  });

  it('reports a new invalid value of the same setting again', async () => {
    const { provider, el, errors } = await mountInProvider((provider) => {
      provider['locale'] = 12;
    });
    await quietly(async () => {
      provider['locale'] = Symbol('nl');
      await nextFrame();
      await el.updateComplete;
    });
    expect(errors).to.have.length(2);
  });

  it('leaves out text overrides that are not text, and uses the rest', async () => {
    const { el, errors } = await mountInProvider((provider) => {
      provider['strings'] = { greeting: 'Dag allemaal', errorKeep: { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] } };
    });
    expect(errors[0]!.detail.issues.map((issue: { path: string }) => issue.path)).to.deep.equal(['provider.strings.errorKeep']);
    expect(greeting(el)).to.equal('Dag allemaal');
    expect(alert(el)!.textContent).to.contain('Wat je al invulde, blijft bewaard.');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});

describe('text overrides (strings)', () => {
  failOnPageErrors();
  failOnUnhandledRejections();

  async function withStrings(strings: unknown) {
    const el = await fixture<CoreTestElement>(html`<core-test-element lang="nl-BE"></core-test-element>`);
    const errors = record(el, 'goesting-error');
    await quietly(async () => {
      el.strings = strings as never;
      await el.updateComplete;
    });
    return { el, errors };
  }

  it('refuses entries that are not text, naming each key, and renders the catalogue text instead', async () => {
    const lookalike = { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] };
    const { el, errors } = await withStrings({ greeting: lookalike, errorTitle: Symbol('title'), errorKeep: { nl: 'x' }, count: 5 });
    expect(errors).to.have.length(1);
    const detail = errors[0]!.detail as GoestingErrorDetail;
    expect(detailSchema.safeParse(detail).success).to.equal(true);
    expect(detail.code).to.equal('invalid-config');
    expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['strings.greeting', 'strings.errorTitle', 'strings.errorKeep', 'strings.count']);
    expect(greeting(el)).to.equal('Hallo');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(alert(el)!.textContent).to.contain('Er is iets mis').and.contain('strings.greeting');
    await expect(el).to.be.accessible();
  });

  it('uses the valid entries beside the refused ones', async () => {
    const { el, errors } = await withStrings({ greeting: 'Dag team', print: null });
    expect(errors).to.have.length(1);
    expect(greeting(el)).to.equal('Dag team');
    expect(el.text('print')).to.equal('Afdrukken');
  });

  it('refuses strings that are not an object of texts', async () => {
    for (const strings of ['Hallo', 42, ['Hallo']]) {
      const { el, errors } = await withStrings(strings);
      expect(errors[0]!.detail.issues[0].path).to.equal('strings');
      expect(greeting(el)).to.equal('Hallo');
    }
  });

  it('takes functions that give text, and falls back when one gives something else or throws', async () => {
    const { el, errors } = await withStrings({
      count: (p: { n: number }) => `${p.n} dingen`,
      greeting: () => ({ _$litType$: 1, strings: ['<b>x</b>'], values: [] }),
      print: () => {
        throw new Error('host bug');
      },
    });
    expect(errors).to.have.length(0);
    expect(el.text('count', { n: 2 } as never)).to.equal('2 dingen');
    expect(greeting(el)).to.equal('Hallo');
    expect(el.text('print')).to.equal('Afdrukken');
  });

  it('reads overrides changed in place at the next render, also an entry that turned bad', async () => {
    const strings: Record<string, unknown> = { greeting: 'Dag' };
    const { el } = await withStrings(strings);
    expect(greeting(el)).to.equal('Dag');
    strings['greeting'] = 'Hoi';
    el.requestUpdate();
    await el.updateComplete;
    expect(greeting(el)).to.equal('Hoi');
    strings['greeting'] = templateLookalikeFor('<b>x</b>');
    el.requestUpdate();
    await el.updateComplete;
    expect(greeting(el)).to.equal('Hallo');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('clears the error state when valid strings are set', async () => {
    const { el } = await withStrings({ greeting: 1 });
    el.strings = { greeting: 'Goeiedag' };
    await el.updateComplete;
    expect(alert(el)).to.equal(null);
    expect(greeting(el)).to.equal('Goeiedag');
  });
});

describe('simple inputs every widget has', () => {
  failOnPageErrors();
  failOnUnhandledRejections();

  for (const [name, bad, good] of [
    ['theme', 'purple', 'dark'],
    ['theme', Symbol('dark'), 'auto'],
    ['storage', 'sesion', 'session'],
    ['storage', { get: () => 1 }, 'none'],
    ['draftKey', { key: 1 }, 'mine'],
  ] as const) {
    it(`refuses ${name} = ${typeof bad === 'symbol' ? 'a Symbol' : JSON.stringify(bad)} and keeps the previous value`, async () => {
      const el = await fixture<CoreTestElement>(html`<core-test-element lang="nl-BE"></core-test-element>`);
      const input = el as unknown as Record<string, unknown>;
      input[name] = good;
      await el.updateComplete;
      const errors = record(el, 'goesting-error');
      await quietly(() => (input[name] = bad));
      expect(input[name]).to.equal(good);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.deep.include({ code: 'invalid-config' });
      expect(errors[0]!.detail.issues[0].path).to.equal(name);
      await el.updateComplete;
      expect(alert(el)).to.not.equal(null);
      input[name] = undefined;
      await el.updateComplete;
      expect(alert(el)).to.equal(null);
    });
  }

  it('refuses an unknown theme given as attribute', async () => {
    const el = await fixture<CoreTestElement>(html`<core-test-element lang="nl-BE" theme="dark"></core-test-element>`);
    const errors = record(el, 'goesting-error');
    await quietly(async () => {
      el.setAttribute('theme', 'paars');
      await el.updateComplete;
    });
    expect(errors).to.have.length(1);
    expect(el.theme).to.equal('dark');
    expect(el.dataset['goestingTheme']).to.equal('dark');
  });
});
