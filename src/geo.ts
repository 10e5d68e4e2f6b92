/** Distances between the visitor and the offices, computed in the page: nothing is sent anywhere. */
import type {Office} from './config/config.js';

const EARTH_KM = 6371.0088;
export const KM_PER_MILE = 1.609344;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: {lat: number; lng: number}, b: {lat: number; lng: number}): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Placed {
  office: Office;
  /** Kilometres from the visitor; undefined for an office without coordinates. */
  km?: number;
}

/** Offices nearest first; those without coordinates keep their order at the end. */
export function byDistance(offices: readonly Office[], from: {lat: number; lng: number}): Placed[] {
  const placed = offices.map((office) => ({
    office,
    // An office has both coordinates or neither (see makeOffice).
    km:
      office.lat !== undefined ? distanceKm(from, office as {lat: number; lng: number}) : undefined,
  }));
  const known = placed.filter((p) => p.km !== undefined).sort((a, b) => a.km! - b.km!);
  return [...known, ...placed.filter((p) => p.km === undefined)];
}
