import {ContextConsumer} from '@lit/context';
import {html, LitElement, nothing} from 'lit';
import {telHref} from '../config/config.js';
import {widgetContext} from '../context.js';
import {byDistance, KM_PER_MILE, type Placed} from '../geo.js';

type Status = '' | 'locating' | 'located' | 'error';

/**
 * The clinic's offices as configured, each with its own call and booking links. Where offices
 * have coordinates, "Find the nearest office" asks the browser for the visitor's position, only
 * on that click, and sorts the list in the page.
 *
 * @tagname lpc-offices
 */
export class LpcOffices extends LitElement {
  static override properties = {
    status: {state: true},
  };

  private context = new ContextConsumer(this, {context: widgetContext, subscribe: true});
  private status: Status = '';
  /** Where the visitor is, once they asked; kept in this element only. */
  private position?: {lat: number; lng: number};

  protected override createRenderRoot() {
    return this;
  }

  private locate() {
    if (!navigator.geolocation) {
      this.status = 'error';
      return;
    }
    this.status = 'locating';
    navigator.geolocation.getCurrentPosition(
      ({coords}) => {
        this.position = {lat: coords.latitude, lng: coords.longitude};
        this.status = 'located';
      },
      () => {
        this.position = undefined;
        this.status = 'error';
      },
      {maximumAge: 600000, timeout: 20000},
    );
  }

  protected override render() {
    const {config, t, text} = this.context.value!;
    if (config.offices.length === 0) return nothing;
    // Sort from the current offices on every render, so an office added later still shows.
    const list: Placed[] = this.position
      ? byDistance(config.offices, this.position)
      : config.offices.map((office) => ({office}));
    const canLocate = config.offices.some((office) => office.lat !== undefined);
    const message = {
      '': '',
      locating: t.ui.locating,
      located: t.ui.located,
      error: t.ui.locationError,
    }[this.status];
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
              ?disabled=${this.status === 'locating'}
              @click=${this.locate}
            >
              ${t.ui.nearest}
            </button>`
          : nothing
      }
      <p class="muted" role="status">${message}</p>
      <ul class="offices">
        ${list.map(
          ({office, km}) => html`
            <li class="office" part="office">
              <strong>${office.name}</strong>
              ${km !== undefined ? html`<span class="muted"> · ${distance(km)}</span>` : nothing}
              ${office.address ? html`<br /><span>${office.address}</span>` : nothing}
              ${
                office.phone || office.bookingUrl
                  ? html`<br />
                      ${
                        office.phone
                          ? html`<a href=${telHref(office.phone)}
                              >${t.ui.officeCall} ${office.phone}</a
                            >`
                          : nothing
                      }
                      ${
                        office.bookingUrl
                          ? html`<a href=${office.bookingUrl} target="_blank" rel="noopener"
                              >${t.ui.officeBook}<span class="sr-only">: ${office.name}</span></a
                            >`
                          : nothing
                      }`
                  : nothing
              }
            </li>
          `,
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lpc-offices': LpcOffices;
  }
}
