/**
 * The part of Lit's ReactiveElement this element uses, and no more: properties that mirror
 * attributes, one batched update a microtask after any change (`updateComplete` resolves after
 * it), and controllers told when the element connects and disconnects. ReactiveElement carries
 * much this element never uses (reflection, converters, decorators, metadata, dev warnings):
 * about 2 KB gzip, a third of the code a visitor downloads before the words. Its contract is kept
 * where this element relies on it, so the controllers are typed with Lit's own interfaces.
 */
import type {ReactiveController, ReactiveControllerHost} from '@lit/reactive-element';

export abstract class Reactive extends HTMLElement implements ReactiveControllerHost {
  /** Each reactive property, and the attribute that sets it (its name in lower case if absent). */
  static properties: Record<string, {attribute?: string}>;

  /** Called by `customElements.define`: makes each property an accessor that asks for an update. */
  static get observedAttributes() {
    const proto = this.prototype;
    return Object.entries(this.properties).map(([name, {attribute}]) => {
      Object.defineProperty(proto, name, {
        get(this: Reactive) {
          return this.#values.get(name);
        },
        set(this: Reactive, value: unknown) {
          if (!Object.is(value, this.#values.get(name))) this.requestUpdate();
          this.#values.set(name, value);
        },
        configurable: true,
      });
      Reactive.#attributes.set((attribute ??= name.toLowerCase()), name);
      return attribute;
    });
  }

  static #attributes = new Map<string, string>();

  #values = new Map<string, unknown>();
  /** Properties a page set on the element before it was defined, given back at the first update. */
  #early = new Map<string, unknown>();
  #controllers = new Set<ReactiveController>();
  #connected!: () => void;

  /** True from a change until the update it asked for is done. */
  isUpdatePending = false;
  /** Resolves once the update asked for last is done. */
  updateComplete: Promise<boolean> = new Promise(
    (resolve) => (this.#connected = () => resolve(true)),
  );

  constructor() {
    super();
    for (const name of Object.keys((this.constructor as typeof Reactive).properties)) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        this.#early.set(name, this[name as keyof this]);
        delete this[name as keyof this];
      }
    }
    this.requestUpdate();
  }

  addController(controller: ReactiveController) {
    this.#controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController) {
    this.#controllers.delete(controller);
  }

  connectedCallback() {
    this.#connected();
    this.#controllers.forEach((c) => c.hostConnected?.());
  }

  disconnectedCallback() {
    this.#controllers.forEach((c) => c.hostDisconnected?.());
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null) {
    (this as Record<string, unknown>)[Reactive.#attributes.get(attribute)!] = value;
  }

  requestUpdate() {
    if (this.isUpdatePending) return;
    this.isUpdatePending = true;
    const previous = this.updateComplete;
    this.updateComplete = (async () => {
      // The first update waits for the element to be connected; every update, for the one before.
      try {
        await previous;
      } catch (error) {
        // Reported where it happened; the element goes on updating.
        void Promise.reject(error);
      }
      this.#early.forEach((value, name) => ((this as Record<string, unknown>)[name] = value));
      this.#early.clear();
      try {
        this.willUpdate();
        this.update();
      } finally {
        this.isUpdatePending = false;
      }
      this.updated();
      return !this.isUpdatePending;
    })();
  }

  protected willUpdate() {}
  protected update() {}
  protected updated() {}
}
