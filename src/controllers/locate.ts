/**
 * "Find the nearest office": asks the browser for the visitor's position, only when they press
 * the button, and keeps it in this controller only. Nothing is sent anywhere.
 */
import type {ReactiveControllerHost} from '@lit/reactive-element';

export type Status = '' | 'locating' | 'located' | 'error';

export class LocateController {
  status: Status = '';
  position?: {lat: number; lng: number};
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Sets what is known and re-renders; with no arguments, forgets it, for the next visitor. */
  set = (status: Status = '', position?: {lat: number; lng: number}) => {
    this.status = status;
    this.position = position;
    this.#host.requestUpdate();
  };

  locate = () => {
    if (!navigator.geolocation) return this.set('error');
    this.set('locating');
    navigator.geolocation.getCurrentPosition(
      ({coords}) => this.set('located', {lat: coords.latitude, lng: coords.longitude}),
      () => this.set('error'),
      {maximumAge: 600000, timeout: 20000},
    );
  };
}
