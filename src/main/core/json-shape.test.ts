import { describe, expect, it } from 'vitest';
import { jsonShapeProblem } from './json-shape';

describe('jsonShapeProblem', () => {
  it('accepts ordinary JSON and ignores brackets and commas inside strings', () => {
    expect(jsonShapeProblem('{"a":[1,2,{"b":"[[[,,,]]]"}]}', 3, 10)).toBeUndefined();
    expect(jsonShapeProblem('"\\"[[[["', 1, 1)).toBeUndefined();
  });

  it('refuses nesting deeper than the limit', () => {
    expect(jsonShapeProblem('[[[1]]]', 2, 100)).toBe('it nests more than 2 levels deep');
    expect(jsonShapeProblem('[[1],[2],[3]]', 2, 100)).toBeUndefined();
  });

  it('refuses a flat body with more values than the limit', () => {
    const flat = `[${Array.from({ length: 1001 }, () => 1).join(',')}]`;
    expect(jsonShapeProblem(flat, 10, 1000)).toBe('it holds more than 1,000 values');
    expect(jsonShapeProblem(flat, 10, 1001)).toBeUndefined();
  });
});
