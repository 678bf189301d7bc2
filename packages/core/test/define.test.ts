import { expect } from '@open-wc/testing';
import { GoestingElement, defineElement } from '@goesting/core';

/** A fresh class per call: a constructor can be registered under one tag only. */
const versioned = (version: string) =>
  class extends HTMLElement {
    static goestingVersion = version;
  };

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('guarded registration', () => {
  it('defines a free tag and reports it', () => {
    const First = versioned('1.0.0');
    expect(defineElement('goesting-define-a', First)).to.equal(true);
    expect(customElements.get('goesting-define-a')).to.equal(First);
  });

  it('warns instead of throwing when another version already holds the tag', () => {
    const First = versioned('1.0.0');
    const Second = versioned('2.0.0');
    defineElement('goesting-define-b', First);
    let result: boolean | undefined;
    const warnings = captureWarnings(() => {
      result = defineElement('goesting-define-b', Second);
    });
    expect(result).to.equal(false);
    expect(customElements.get('goesting-define-b')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('goesting 1.0.0').and.contain('2.0.0');
  });

  it('says the library is loaded twice when the same version meets itself', () => {
    const First = versioned('1.0.0');
    const Copy = versioned('1.0.0');
    defineElement('goesting-define-c', First);
    const warnings = captureWarnings(() => defineElement('goesting-define-c', Copy));
    expect(warnings[0]).to.contain('Load the library once');
  });

  it('stays silent when the same class is defined again', () => {
    const First = versioned('1.0.0');
    defineElement('goesting-define-d', First);
    const warnings = captureWarnings(() => defineElement('goesting-define-d', First));
    expect(warnings).to.deep.equal([]);
  });

  it('warns instead of throwing when one class is offered a second tag or a bad name', () => {
    const Once = versioned('1.0.0');
    defineElement('goesting-define-e', Once);
    const warnings = captureWarnings(() => {
      expect(defineElement('goesting-define-f', Once)).to.equal(false);
      expect(defineElement('NotAValidName', versioned('1.0.0'))).to.equal(false);
    });
    expect(warnings).to.have.length(2);
  });

  it('carries the library version on every element class', () => {
    expect(GoestingElement.goestingVersion).to.match(/^\d+\.\d+\.\d+/);
  });
});
