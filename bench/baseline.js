// The benchmark's baseline: the smallest honest Lit element, a card with a heading, a paragraph
// and a button, styled like the widget's intro card. scripts/bench.mjs bundles it with the same
// production Lit build and minifier settings as dist/ into bench/.baseline.bundle.js.
// The button advances a step counter, so a "step" in the baseline is one minimal re-render: the
// floor any click-to-next-frame measurement can reach on this machine.
import {LitElement, html, css} from 'lit';

class BenchBaseline extends LitElement {
  static properties = {step: {state: true}};

  static styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      max-width: 40em;
      margin-inline: auto;
      font-size: 18px;
    }
    .card {
      box-sizing: border-box;
      font:
        400 1em/1.5 system-ui,
        -apple-system,
        'Segoe UI',
        Roboto,
        Arial,
        sans-serif;
      color: #1b1f24;
      background: #ffffff;
      border: 1px solid #76808d;
      border-radius: 12px;
      padding: 1.25em;
    }
    h2 {
      font-size: 1.4em;
      line-height: 1.25;
      margin: 0 0 0.5em;
      font-weight: 700;
    }
    p {
      margin: 0 0 0.75em;
    }
    button {
      font: inherit;
      font-weight: 600;
      min-height: 48px;
      padding: 0.5em 1.2em;
      border-radius: 8px;
      border: 2px solid #0b5cad;
      background: #0b5cad;
      color: #ffffff;
      cursor: pointer;
    }
  `;

  constructor() {
    super();
    this.step = 0;
  }

  render() {
    return html`
      <div class="card" part="card">
        <h2>${this.step ? `Question ${this.step}` : 'Leg pain after exercise?'}</h2>
        <p>A few questions, then what to do next. Answers never leave the page.</p>
        <button type="button" part="button start" @click=${() => this.step++}>
          ${this.step ? 'Continue' : 'Start'}
        </button>
      </div>
    `;
  }
}

customElements.define('bench-baseline', BenchBaseline);
