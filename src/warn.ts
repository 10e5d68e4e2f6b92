/**
 * The widget's console messages: each one once per page, however many widgets say it and however
 * often the page re-renders or re-inserts them (20 widgets with the same typo print one line).
 */

/** The messages said on this page. Tests of the source clear it between cases; nothing else can. */
export const warned = new Set<string>();

export function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}
