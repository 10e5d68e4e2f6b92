import {ContextConsumer} from '@lit/context';
import {html, LitElement, nothing} from 'lit';
import {telHref} from '../config/config.js';
import {widgetContext} from '../context.js';

/** The clinic's offices as configured, each with its own call and booking links. */
export class LpcOffices extends LitElement {
  private context = new ContextConsumer(this, {context: widgetContext, subscribe: true});

  protected override createRenderRoot() {
    return this;
  }

  protected override render() {
    const {config, t} = this.context.value!;
    if (config.offices.length === 0) return nothing;
    return html`
      <h3>${t.ui.offices}</h3>
      <ul class="offices">
        ${config.offices.map(
          (office) => html`
            <li class="office" part="office">
              <strong>${office.name}</strong>
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
