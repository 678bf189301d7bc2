import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { GoestingFormElement } from '@goesting/core';

export interface FormControlSuiteOptions {
  tag: string;
  /** Completes the widget the way a user would (clicks, not property sets). */
  complete(element: GoestingFormElement): Promise<void>;
  /** Makes one user edit without completing. */
  editOnce(element: GoestingFormElement): Promise<void>;
}

/**
 * The form behaviour every form-associated widget must have, run once per widget:
 * submission under `name`, `required`, reset, disabled and state restore.
 */
export function runFormControlTests({ tag, complete, editOnce }: FormControlSuiteOptions): void {
  const t = unsafeStatic(tag);
  const mount = async (attrs = '') => {
    const form = await fixture<HTMLFormElement>(
      staticHtml`<form><${t} name="scan" lang="nl-BE" ${unsafeStatic(attrs)}></${t}><button>Verstuur</button></form>`,
    );
    const element = form.querySelector(tag) as GoestingFormElement;
    await element.updateComplete;
    return { form, element };
  };

  describe(`<${tag}> in a native form`, () => {
    it('submits its value as JSON under its name', async () => {
      const { form, element } = await mount();
      await editOnce(element);
      const submitted = new FormData(form).get('scan');
      expect(submitted).to.be.a('string');
      expect(JSON.parse(submitted as string)).to.deep.equal(JSON.parse(JSON.stringify((element as unknown as { value: unknown }).value)));
    });

    it('submits under a name set as a property, as React and Vue set it', async () => {
      const form = await fixture<HTMLFormElement>(staticHtml`<form><${t} lang="nl-BE"></${t}></form>`);
      const element = form.querySelector(tag) as GoestingFormElement;
      element.name = 'by-property';
      await element.updateComplete;
      await editOnce(element);
      expect(new FormData(form).get('by-property')).to.be.a('string');
    });

    it('blocks submission while required and not complete, and allows it once complete', async () => {
      const { form, element } = await mount('required');
      expect(form.checkValidity()).to.equal(false);
      expect(element.validity.valueMissing).to.equal(true);
      expect(element.validationMessage).to.not.equal('');
      // A blocked submit takes the user to a control inside the widget.
      form.requestSubmit();
      expect(element.shadowRoot!.activeElement).to.not.equal(null);
      await complete(element);
      await element.updateComplete;
      expect(element.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('clears everything when the form is reset', async () => {
      const { form, element } = await mount('required');
      await complete(element);
      form.reset();
      await element.updateComplete;
      expect(element.isComplete()).to.equal(false);
      expect(element.validity.valueMissing).to.equal(true);
      const value = JSON.parse(new FormData(form).get('scan') as string);
      expect(JSON.stringify(value)).to.not.contain('"completed":true');
    });

    it('is left out of submission while disabled, also through a disabled fieldset', async () => {
      const { form, element } = await mount();
      await editOnce(element);
      element.disabled = true;
      await element.updateComplete;
      expect(new FormData(form).has('scan')).to.equal(false);
      element.disabled = false;
      await element.updateComplete;
      const fieldset = document.createElement('fieldset');
      form.prepend(fieldset);
      fieldset.append(element);
      fieldset.disabled = true;
      await element.updateComplete;
      expect(new FormData(form).has('scan')).to.equal(false);
    });

    it('restores a value the browser hands back', async () => {
      const { form, element } = await mount();
      await editOnce(element);
      const saved = new FormData(form).get('scan') as string;
      const { element: fresh } = await mount();
      (fresh as unknown as { formStateRestoreCallback(s: string): void }).formStateRestoreCallback(saved);
      await fresh.updateComplete;
      expect(JSON.parse(JSON.stringify((fresh as unknown as { value: unknown }).value))).to.deep.equal(JSON.parse(saved));
    });
  });
}

