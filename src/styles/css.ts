/**
 * The element's styles as plain text, and how a shadow root gets them: the part of Lit's `css` and
 * `adoptStyles` this element uses (one stylesheet, built once and shared by every widget on the
 * page), without the rest (shared results, ShadyCSS). A constructed stylesheet works under a
 * strict Content-Security-Policy, where a <style> element would be blocked; browsers without one
 * get the <style> element.
 */

/** Tags a stylesheet's text, so editors, Prettier and lit-analyzer read it as CSS. */
export const css = (strings: TemplateStringsArray, ...values: string[]) =>
  String.raw({raw: strings}, ...values);

let sheet: CSSStyleSheet | undefined;

export function adoptStyles(root: ShadowRoot, text: string) {
  if (root.adoptedStyleSheets && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
    }
    root.adoptedStyleSheets = [sheet];
  } else {
    root.append(Object.assign(document.createElement('style'), {textContent: text}));
  }
}
