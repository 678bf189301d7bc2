// What the model tests take from @open-wc/testing, without a DOM: in Node they run on chai alone.
export { expect } from 'chai';
