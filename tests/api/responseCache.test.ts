import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/api/responseCache.js';

const answer = (body: string) => ({ status: 200, headers: { 'content-type': 'application/json' }, body });

describe('the response cache', () => {
  it('returns a kept answer for the same request and data version', () => {
    const cache = new ResponseCache();
    cache.set('q1', 1, answer('{"data":1}'));
    expect(cache.get('q1', 1)?.body).toBe('{"data":1}');
    expect(cache.get('q2', 1)).toBeUndefined();
  });

  it('forgets everything when the data version changes (a new snapshot was loaded)', () => {
    const cache = new ResponseCache();
    cache.set('q1', 1, answer('{"data":1}'));
    expect(cache.get('q1', 2)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps at most its entry limit, evicting the least recently used', () => {
    const cache = new ResponseCache(2);
    cache.set('a', 1, answer('A'));
    cache.set('b', 1, answer('B'));
    cache.get('a', 1);
    cache.set('c', 1, answer('C'));
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)?.body).toBe('A');
    expect(cache.get('c', 1)?.body).toBe('C');
  });

  it('keeps within its byte budget and refuses answers too large to keep', () => {
    const cache = new ResponseCache(100, 100, 60);
    cache.set('big', 1, answer('x'.repeat(40)));
    expect(cache.size).toBe(0);
    cache.set('a', 1, answer('x'.repeat(20)));
    cache.set('b', 1, answer('y'.repeat(20)));
    cache.set('c', 1, answer('z'.repeat(20)));
    expect(cache.size).toBeLessThan(3);
    expect(cache.get('c', 1)?.body).toBe('z'.repeat(20));
  });
});

describe('what the response cache keeps', () => {
  it('wants an answer only when its request comes a second time, and forgets requests seen under an older data version', () => {
    const cache = new ResponseCache();
    expect(cache.wanted('q1', 1)).toBe(false);
    expect(cache.wanted('q2', 1)).toBe(false);
    expect(cache.wanted('q1', 1)).toBe(true);
    expect(cache.wanted('q2', 2)).toBe(false);
    expect(cache.wanted('q2', 2)).toBe(true);
  });

  it('remembers a bounded number of requests that came once', () => {
    const cache = new ResponseCache(2);
    for (let i = 0; i < 100; i++) cache.wanted(`once ${i}`, 1);
    // Four times its entry limit are remembered: the oldest were forgotten.
    expect(cache.wanted('once 0', 1)).toBe(false);
    expect(cache.wanted('once 99', 1)).toBe(true);
  });
});
