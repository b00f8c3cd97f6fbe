/**
 * A screen's state in one object. Every change that the page should show goes through {@link set},
 * which renders the screen again, so no handler can change the state and forget to show it.
 */
export interface Store<S> {
  readonly state: Readonly<S>;
  /** Changes the state and renders the screen again. */
  set(change: Partial<S>): void;
  /**
   * Changes the state without rendering: for what the page already shows (a field as it was
   * typed), or for a change that shows with the next {@link set}, once a request still under way
   * has answered.
   */
  stage(change: Partial<S>): void;
}

export function createStore<S extends object>(initial: S, render: (state: Readonly<S>) => void): Store<S> {
  let state = initial;
  return {
    get state() {
      return state;
    },
    set(change) {
      state = { ...state, ...change };
      render(state);
    },
    stage(change) {
      state = { ...state, ...change };
    },
  };
}
