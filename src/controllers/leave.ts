/**
 * Forgets the visitor when they leave the page: the browser's back-forward cache would otherwise
 * show the last visitor's answers and result to whoever presses Back next (a shared computer).
 */
import type {ReactiveControllerHost} from '@lit/reactive-element';

export function forgetOnLeave(host: ReactiveControllerHost, forget: () => void) {
  const onLeave = (event: PageTransitionEvent) => {
    if (event.persisted) forget();
  };
  host.addController({
    // On the way out: the page is stored with the intro showing.
    hostConnected: () => addEventListener('pagehide', onLeave),
    hostDisconnected: () => removeEventListener('pagehide', onLeave),
  });
}
