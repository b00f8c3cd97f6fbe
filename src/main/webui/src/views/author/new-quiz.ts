import { html } from 'lit-html';
import { api, asProblem, reach } from '../../api';
import { QUIZ_ID } from '../../generated/rules';
import { createStore } from '../../store';
import { heading, type Screen } from '../../ui';
import { authorsOnly, flashOnNextScreen, focus } from './common';
import { act, EMPTY_DRAFT, sourceBody, sourceFields, violationsView, type Draft } from './source-form';

const TITLE = 'Publish a new quiz';
/** The API's quiz id rule as a pattern attribute, which browsers compile with the v flag: there a class's '-' is escaped. */
const ID_INPUT = QUIZ_ID.replaceAll('-]', '\\-]');

interface NewQuiz extends Draft {
  /** The id to publish under when the document names none; sent only when given. */
  id: string;
}

/** Publishes a new quiz from a pasted or uploaded document. */
export function newQuiz(screen: Screen): void {
  if (!authorsOnly(screen, TITLE)) {
    return;
  }
  const store = createStore<NewQuiz>({ ...EMPTY_DRAFT, id: '' }, (state) => screen.refresh(view(state)));

  const publish = (event: Event) => act(store, async () => {
    event.preventDefault();
    store.set({ busy: true });
    const { data, error, response } = await reach(() => api.POST('/quizzes', {
      params: { query: store.state.id ? { id: store.state.id } : {} },
      ...sourceBody(store.state),
    }));
    if (data) {
      store.stage({ busy: false });
      flashOnNextScreen(`Published ${data.title} as version ${data.version}.`);
      screen.go(`#/author/quizzes/${data.id}`);
      return;
    }
    store.set({ busy: false, problem: asProblem(error, response) });
    focus('problem');
  });

  function view(state: Readonly<NewQuiz>) {
    return html`
      ${heading(TITLE)}
      <form class="stack" @submit=${publish}>
        ${sourceFields(store)}
        <div class="stack">
          <label for="quiz-id">Quiz id, when the document names none (GIFT never does)</label>
          <input id="quiz-id" type="text" pattern=${ID_INPUT} autocomplete="off" spellcheck="false"
            .value=${state.id} @input=${(e: Event) => store.stage({ id: (e.target as HTMLInputElement).value.trim() })}>
        </div>
        ${violationsView(state)}
        <div><button type="submit" class="primary" ?disabled=${state.busy}>${state.busy ? 'Publishing…' : 'Publish'}</button></div>
      </form>`;
  }

  screen.show(TITLE, view(store.state));
}
