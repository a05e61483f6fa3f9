import * as assert from 'node:assert/strict';
import { lazy } from '../../src/core/text/lazy';

describe('lazy', () => {
  it('builds the value on the first call only, and gives the same value every time', () => {
    let builds = 0;
    const table = lazy(() => {
      builds++;
      return new Set(['a']);
    });
    assert.equal(builds, 0);
    const first = table();
    assert.equal(builds, 1);
    assert.equal(table(), first);
    assert.equal(builds, 1);
  });

  it('remembers a value that is undefined', () => {
    let builds = 0;
    const nothing = lazy(() => {
      builds++;
      return undefined;
    });
    assert.equal(nothing(), undefined);
    assert.equal(nothing(), undefined);
    assert.equal(builds, 1);
  });
});
