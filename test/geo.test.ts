import {expect, fixture, html} from '@open-wc/testing';
import '../src/leg-pain-check.js';
import type {LegPainCheck} from '../src/leg-pain-check.element.js';
import {makeOffice, type Office} from '../src/config/config.js';
import {en} from '../src/i18n/en.js';
import {byDistance, distanceKm} from '../src/geo.js';
import {answerAll, part, settle, screen} from './helpers/drive.js';

const KALAMAZOO = {lat: 42.2917, lng: -85.5872};
const BATTLE_CREEK = {lat: 42.3212, lng: -85.1797};

describe('nearest office', () => {
  const distances: [string, {lat: number; lng: number}, {lat: number; lng: number}, number][] = [
    ['same place', KALAMAZOO, KALAMAZOO, 0],
    ['Kalamazoo to Battle Creek', KALAMAZOO, BATTLE_CREEK, 33.7],
    ['a quarter of the equator', {lat: 0, lng: 0}, {lat: 0, lng: 90}, 10007.5],
    ['pole to pole', {lat: 90, lng: 0}, {lat: -90, lng: 0}, 20015.1],
  ];
  for (const [name, a, b, km] of distances) {
    it(`distanceKm: ${name} is about ${km} km`, () => {
      expect(distanceKm(a, b)).to.be.closeTo(km, 0.5);
    });
  }

  it('sorts nearest first and keeps offices without coordinates at the end', () => {
    const office = (input: object) => makeOffice(input, 'leg-pain-office', () => {}, '')!;
    const offices = [
      office({name: 'No coords'}),
      office({name: 'Battle Creek', ...BATTLE_CREEK}),
      office({name: 'Kalamazoo', ...KALAMAZOO}),
    ];
    const sorted = byDistance(offices, {lat: 42.33, lng: -85.2});
    expect(sorted.map((p) => p.office.name)).to.deep.equal([
      'Battle Creek',
      'Kalamazoo',
      'No coords',
    ]);
    expect(sorted[2].km).to.equal(undefined);
  });

  const widget = (offices: Office[]) =>
    fixture<LegPainCheck>(html`<leg-pain-check .offices=${offices}></leg-pain-check>`);

  function stubPosition(result: GeolocationPosition | GeolocationPositionError) {
    const calls: number[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation')!;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: {
        getCurrentPosition(ok: PositionCallback, fail: PositionErrorCallback) {
          calls.push(Date.now());
          setTimeout(() => ('coords' in result ? ok(result) : fail(result)));
        },
      },
    });
    return {
      calls,
      restore: () => {
        delete (navigator as {geolocation?: unknown}).geolocation;
        Object.defineProperty(Navigator.prototype, 'geolocation', original);
      },
    };
  }

  it('asks for the position only on click, then sorts with distances shown', async () => {
    const stub = stubPosition({coords: {latitude: 42.33, longitude: -85.2}} as GeolocationPosition);
    try {
      const el = await widget([
        {name: 'Kalamazoo', address: '', phone: '', bookingUrl: '', ...KALAMAZOO},
        {name: 'Battle Creek', address: '', phone: '', bookingUrl: '', ...BATTLE_CREEK},
      ]);
      await answerAll(el, [['none'], ['swollen']]);
      expect(stub.calls.length).to.equal(0);
      const names = () =>
        [...screen(el).querySelectorAll('[part~=office] strong')].map((n) => n.textContent);
      expect(names()).to.deep.equal(['Kalamazoo', 'Battle Creek']);
      part(el, 'nearest')!.click();
      await new Promise((r) => setTimeout(r, 20));
      await settle(el);
      const offices = screen(el).querySelector('[part~=result]')!;
      expect(stub.calls.length).to.equal(1);
      expect(names()).to.deep.equal(['Battle Creek', 'Kalamazoo']);
      expect(offices.textContent).to.include('miles away');
      expect(offices.textContent).to.include(en.ui.located);
    } finally {
      stub.restore();
    }
  });

  it('keeps the list as configured, with a short message, when the visitor says no', async () => {
    const stub = stubPosition({code: 1, message: 'denied'} as GeolocationPositionError);
    try {
      const el = await widget([
        {name: 'Kalamazoo', address: '', phone: '', bookingUrl: '', ...KALAMAZOO},
        {name: 'Battle Creek', address: '', phone: '', bookingUrl: '', ...BATTLE_CREEK},
      ]);
      await answerAll(el, [['none'], ['swollen']]);
      part(el, 'nearest')!.click();
      await new Promise((r) => setTimeout(r, 20));
      await settle(el);
      const offices = screen(el).querySelector('[part~=result]')!;
      expect(offices.textContent).to.include(en.ui.locationError);
      expect(
        [...offices.querySelectorAll('[part~=office] strong')].map((n) => n.textContent),
      ).to.deep.equal(['Kalamazoo', 'Battle Creek']);
      expect(offices.textContent).to.not.include('miles away');
    } finally {
      stub.restore();
    }
  });

  it('offers no nearest-office button when no office has coordinates', async () => {
    const el = await widget([{name: 'Allegan', address: '', phone: '', bookingUrl: ''}]);
    await answerAll(el, [['none'], ['swollen']]);
    expect(part(el, 'nearest')).to.equal(null);
  });
});
