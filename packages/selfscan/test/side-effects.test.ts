import { expect } from '@open-wc/testing';
import { GoestingSelfscan } from '@goesting/selfscan';

describe('importing the package', () => {
  it('gives the class without defining the tag', () => {
    expect(GoestingSelfscan).to.be.a('function');
    expect(customElements.get('goesting-selfscan')).to.equal(undefined);
  });

  it('defines the tag only through define.js', async () => {
    await import('@goesting/selfscan/define.js');
    expect(customElements.get('goesting-selfscan')).to.equal(GoestingSelfscan);
  });
});
