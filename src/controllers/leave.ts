/**
 * Forgets the visitor when they leave the page: the browser's back-forward cache would otherwise
 * show the last visitor's answers and result to whoever presses Back next (a shared computer).
 */
import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';

export class LeaveController implements ReactiveController {
  #onLeave = (event: PageTransitionEvent) => {
    if (event.persisted) this.#forget();
  };

  readonly #forget: () => void;

  constructor(host: ReactiveControllerHost, forget: () => void) {
    this.#forget = forget;
    host.addController(this);
  }

  hostConnected() {
    // On the way out: the page is stored with the intro showing.
    addEventListener('pagehide', this.#onLeave);
  }

  hostDisconnected() {
    removeEventListener('pagehide', this.#onLeave);
  }
}
