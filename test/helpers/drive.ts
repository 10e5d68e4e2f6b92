/**
 * The one harness for element tests: a configured widget, and helpers to drive it the way a
 * visitor would and read it the way a visitor does (parts, roles, text).
 */
import {fixture, html} from '@open-wc/testing';
import type {LegPainCheck} from '../../src/leg-pain-check.element.js';
import {warned} from '../../src/warn.js';

export function shadow(el: LegPainCheck): ShadowRoot {
  return el.shadowRoot!;
}

/**
 * The screen on show. The shadow root also holds the screens prepared for the next click, out of
 * sight (`.spare`): a visitor never meets them, and a test must not either.
 */
export function screen(el: LegPainCheck): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('.screen:not(.spare)')!;
}

export function part(el: LegPainCheck, name: string): HTMLElement | null {
  return screen(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

/**
 * Waits until the widget has nothing left to render: its own update, any update that one
 * triggered (a controller's, a language's words arriving). The views are render functions of
 * the root, so the root's update is the whole screen.
 */
export async function settle(el: LegPainCheck): Promise<void> {
  // A language other than English shows the page's fallback until its words arrive: wait for
  // the card.
  while (!(await el.updateComplete) || !screen(el).querySelector(':scope > .card')) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Resolves in a task just after the next frame: when the widget moves focus after a step. */
export const afterFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export async function clickPart(el: LegPainCheck, name: string): Promise<void> {
  const target = part(el, name);
  if (!target) throw new Error(`No part "${name}" on screen`);
  target.click();
  await settle(el);
}

/** Ticks or picks the given option values on the current question. */
export async function choose(el: LegPainCheck, values: string[]): Promise<void> {
  for (const value of values) {
    const input = screen(el).querySelector<HTMLInputElement>(`input[value="${value}"]`);
    if (!input) throw new Error(`No option "${value}" on screen`);
    input.click();
  }
  await settle(el);
}

/** From the intro, answers each step in turn and presses Continue. */
export async function answerAll(el: LegPainCheck, steps: string[][]): Promise<void> {
  if (part(el, 'start')) await clickPart(el, 'start');
  for (const values of steps) {
    await choose(el, values);
    await clickPart(el, 'continue');
  }
}

/** The values of the answers ticked on the screen on show. */
export const ticked = (el: LegPainCheck): string[] =>
  [...screen(el).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);

/** The language switch's button that says `name` ("Español"), on the screen on show. */
export function languageButton(el: LegPainCheck, name: string): HTMLElement {
  const button = [...screen(el).querySelectorAll<HTMLElement>('[part~=language]')].find(
    (b) => b.textContent!.trim() === name,
  );
  if (!button) throw new Error(`No language "${name}" on screen`);
  return button;
}

export function heading(el: LegPainCheck): string {
  return screen(el).querySelector('h2')?.textContent?.trim() ?? '';
}

/** Records console.warn calls while `fn` runs. */
export async function warnings(fn: () => unknown): Promise<string[]> {
  // The widget says each message once per page: each call starts as a fresh page would.
  warned.clear();
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** The first list after the heading with this text: how a reader finds "What you told us". */
export function listUnder(root: Element, text: string): HTMLElement {
  const found = [...root.querySelectorAll('h3')].find((h) => h.textContent!.trim() === text);
  if (!found) throw new Error(`No heading "${text}"`);
  let node = found.nextElementSibling;
  while (node && node.localName !== 'ul') node = node.nextElementSibling;
  if (!node) throw new Error(`No list under "${text}"`);
  return node as HTMLElement;
}

/** Text clipped to nothing on screen that screen readers still read (a live region, a hint). */
export function visuallyHidden(node: Element): boolean {
  for (let at: Element | null = node; at; at = at.parentElement) {
    const style = getComputedStyle(at);
    if (style.position === 'absolute' && style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
  }
  return false;
}

/** A widget with everything a card can show: clinic phone and booking, offices with details. */
export const configured = () =>
  fixture<LegPainCheck>(html`
    <leg-pain-check
      clinic-name="Lakeshore Vascular"
      phone="(269) 555-0100"
      booking-url="https://example.com/book"
      offices="Kalamazoo; Allegan"
    >
      <leg-pain-office
        name="Kalamazoo"
        address="100 Main St"
        phone="(269) 555-0101"
        booking-url="https://example.com/kalamazoo"
      ></leg-pain-office>
      <leg-pain-office name="Sturgis" phone="(269) 555-0106"></leg-pain-office>
    </leg-pain-check>
  `);
