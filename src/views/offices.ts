/**
 * The clinic's offices as configured, each with its own call and booking links. Where offices
 * have coordinates, "Find the nearest office" sorts the list by distance, computed in the page.
 */
import {html, nothing} from 'lit-html';
import {telHref} from '../config/phone.js';
import type {LocateController} from '../controllers/locate.js';
import {byDistance, KM_PER_MILE, type Placed} from '../geo.js';
import {name, number, type View} from './view.js';

export function renderOffices({config, t, text}: View, locator: LocateController) {
  if (config.offices.length === 0) return nothing;
  const {status, position} = locator;
  // Sort from the current offices on every render, so an office added later still shows.
  const list: Placed[] = position
    ? byDistance(config.offices, position)
    : config.offices.map((office) => ({office}));
  const canLocate = config.offices.some((office) => office.lat !== undefined);
  const said = {'': '', locating: t.ui.locating, located: t.ui.located, error: t.ui.locationError};
  const distance = (km: number) =>
    text(t.ui.away, {
      d: (t.ui.unit === 'mi' ? km / KM_PER_MILE : km).toFixed(km < 16 ? 1 : 0),
    });
  return html`
    <h3>${t.ui.offices}</h3>
    ${
      canLocate
        ? html`<button
            type="button"
            part="button nearest"
            class="no-print"
            ?disabled=${status === 'locating'}
            @click=${locator.locate}
          >
            ${t.ui.nearest}
          </button>`
        : nothing
    }
    <p class="muted" role="status">${said[status]}</p>
    <ul class="offices">
      ${list.map(
        ({office, km}) => html`
          <li class="office" part="office">
            <strong>${name(office.name)}</strong>
            ${km !== undefined ? html`<span class="muted"> · ${distance(km)}</span>` : nothing}
            ${office.address ? html`<br />${name(office.address)}` : nothing}
            ${office.phone || office.bookingUrl ? html`<br />` : nothing}
            ${
              office.phone
                ? html`<a href=${telHref(office.phone)}
                    >${t.ui.officeCall} ${number(office.phone)}</a
                  >`
                : nothing
            }
            ${
              office.bookingUrl
                ? html`<a href=${office.bookingUrl} target="_blank" rel="noopener"
                    >${t.ui.officeBook}<span class="sr-only">: ${office.name}</span></a
                  >`
                : nothing
            }
          </li>
        `,
      )}
    </ul>
  `;
}
