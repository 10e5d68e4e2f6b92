/**
 * "Find the nearest office": asks the browser for the visitor's position, only when they press
 * the button, and keeps it in this controller only. Nothing is sent anywhere.
 */
import type {ReactiveControllerHost} from 'lit';

export type Status = '' | 'locating' | 'located' | 'error';

export class LocateController {
  status: Status = '';
  position?: {lat: number; lng: number};

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Forgets the position, for the next visitor. */
  reset() {
    this.status = '';
    this.position = undefined;
  }

  locate = () => {
    const set = (status: Status, position?: {lat: number; lng: number}) => {
      this.status = status;
      this.position = position;
      this.host.requestUpdate();
    };
    if (!navigator.geolocation) return set('error');
    set('locating');
    navigator.geolocation.getCurrentPosition(
      ({coords}) => set('located', {lat: coords.latitude, lng: coords.longitude}),
      () => set('error'),
      {maximumAge: 600000, timeout: 20000},
    );
  };
}
