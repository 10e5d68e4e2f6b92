/**
 * What a phone value dials. Its own module, with no imports, so the configurator's fallback link
 * (demo/configure.js) dials by the same rule as the widget.
 */

// Letters on a phone keypad, for numbers written like 1-800-VEIN-DOC.
const KEYPAD = '22233344455566677778889999';
// One piece of a number: a group of digits, or one in brackets ("(269)", the "(0)" of "+44 (0)20").
const GROUP = /\(\d{1,5}\)|\d+/y;
// What may sit between the groups of one number: a space, a dot or a dash, or " - ".
const JOIN = /[\s.-]{1,3}/y;
// An extension after the number: dialled after a pause, so the visitor reaches the right desk.
const EXTENSION = /^\s*,?\s*(?:ext\.?|extension|x|#)\s*(\d{1,6})(?!\d)/i;
const ENDS_IN_EXTENSION = /\s(?:ext\.?|extension|x|#)\s*\d{1,6}$/i;

/**
 * A `tel:` link for the one number in a phone value as people write it: "(269) 555-0100",
 * "+1 269 555 0100", "+44 (0)20 7946 0958", "1-800-VEIN-DOC". Whatever follows the number is
 * shown but never dialled ("(24/7)", ", option 2", "/ 0200", a second number); an extension
 * ("ext. 12", "x12", "#12") is dialled after a pause (a comma). Returns '' when the value holds
 * no number that can be dialled: a wrong call is worse than no button.
 */
export function telHref(phone: string): string {
  let text = phone.trim();
  // Letters after the digits, in one run ("1-800-VEIN-DOC"), dial as on a keypad.
  if (/^\+?[\d\s().-]+[a-z][a-z\d.-]*$/i.test(text) && !ENDS_IN_EXTENSION.test(text)) {
    text = text.toUpperCase().replace(/[A-Z]/g, (letter) => KEYPAD[letter.charCodeAt(0) - 65]);
  }
  // The number starts at its first "+", bracketed digits or digit; words before it are a label.
  const begin = text.search(/\+\s?\(?\d|\(\d|\d/);
  if (begin < 0) return '';
  const plus = text[begin] === '+';
  let at = begin + (plus ? 1 : 0);
  const groups: string[] = [];
  for (;;) {
    const from = at;
    if (groups.length) {
      JOIN.lastIndex = at;
      if (JOIN.test(text)) at = JOIN.lastIndex;
    } else if (text[at] === ' ') at++;
    GROUP.lastIndex = at;
    const group = GROUP.exec(text)?.[0];
    // Brackets only open a number ("(269) 555-0100", "+1 (269) ...") or hold the trunk "(0)"
    // after a country code; "(24/7)" or "(0200)" further on is a note, not part of the number.
    if (!group || (group.startsWith('(') && groups.length > 1)) {
      at = from;
      break;
    }
    at = GROUP.lastIndex;
    // "+44 (0)20": the 0 is dialled only from inside the country, never after its code.
    if (!(plus && groups.length === 1 && group === '(0)')) groups.push(group.replace(/\D/g, ''));
  }
  const digits = groups.join('');
  const rest = text.slice(at);
  const extension = EXTENSION.exec(rest)?.[1];
  // With words around it, a number needs at least 7 digits: "Option 2" is not a number to dial.
  const alone = begin === 0 && !rest.trim();
  if (digits.length < (alone ? 3 : 7) || digits.length > 15) return '';
  return `tel:${plus ? '+' : ''}${digits}${extension ? `,${extension}` : ''}`;
}
