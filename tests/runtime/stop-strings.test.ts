import { describe, expect, it } from 'vitest';
import { splitAtStop } from '../../src/core/runtime/stop-strings.ts';

describe('stop strings', () => {
  it('cuts the text before the first stop string', () => {
    expect(splitAtStop('Yes.\nUser: hi', ['\nUser:'])).toEqual({ emit: 'Yes.', stopped: true });
  });

  it('holds back what could be the start of a stop string', () => {
    expect(splitAtStop('Yes.\nUs', ['\nUser:'])).toEqual({ emit: 'Yes.', stopped: false });
  });

  it('lets text through when nothing matches', () => {
    expect(splitAtStop('Plain answer', ['###'])).toEqual({ emit: 'Plain answer', stopped: false });
  });
});
