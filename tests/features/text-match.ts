/**
 * A pattern that matches any text containing `text` literally, for jest-dom's name and description matchers. Since
 * jest-dom 8 their types accept a string or a RegExp but no longer vitest's asymmetric matchers (which are typed
 * `any`), so `expect.stringContaining` would pass an unchecked value.
 */
export function containing(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'u');
}
