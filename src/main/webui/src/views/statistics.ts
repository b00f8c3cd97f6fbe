import { html, nothing } from 'lit-html';
import { api, asProblem, reach, Unreachable, type Problem, type Schemas } from '../api';
import { managesQuizzes } from '../session';
import { heading, plural, problemView, type Screen, unreachable } from '../ui';
import { saveAs } from './download';

type Selection = Schemas['AttemptSelection'];
type Flag = Schemas['Flag'];

const FLAGS: Record<Flag, string> = {
  tooEasy: 'too easy: more than 90% answer it correctly',
  tooHard: 'too hard: fewer answer it correctly than guessing would',
  negativeDiscrimination: 'negative discrimination: strong learners get it wrong more often than weak ones',
  lowEfficiency: 'low discriminative efficiency: it separates strong from weak learners poorly',
  deadDistractor: 'a wrong choice nobody chose',
  attractiveDistractor: 'a wrong choice that strong learners pick',
};

function number(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? '—' : value.toFixed(digits);
}

/** A score as it is: whole points without decimals, partial credit to two places. */
function score(value: number | null | undefined): string {
  return value !== null && value !== undefined && Number.isInteger(value) ? String(value) : number(value);
}

function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(0)}%`;
}

type QuestionStatistics = Schemas['QuestionStatistics'];

/** What was given, in the terms of the question's type: choices ticked, typed responses, or places. */
function responsesOf(q: QuestionStatistics): string {
  if (q.choices.length > 0) {
    return q.choices.map((c) => `${c.key}${c.correct ? ' (correct)' : ''}: ${c.count}`).join(', ');
  }
  if (q.responses) {
    const listed = q.responses.map((r) => `“${r.response}” (earns ${percent(Number(r.fraction))}): ${r.count}`);
    return [...listed, ...(q.otherResponses ? [`others: ${q.otherResponses}`] : [])].join(', ') || '—';
  }
  if (q.placements) {
    return q.placements.map((p) => `${p.key} placed right: ${p.count} (${percent(p.proportion)})`).join(', ');
  }
  return '—';
}

/** Item statistics of a quiz for its authors, as tables and the two plots the service draws. */
export async function statisticsView(screen: Screen, quizId: string, selection: Selection): Promise<void> {
  const title = 'Statistics';
  if (!managesQuizzes()) {
    return screen.show(title, html`${heading(title)}<p>Statistics are for quiz authors: <a href="#/sign-in">sign in</a> with an author's token.</p>`);
  }
  screen.loading(title);
  const params = { path: { id: quizId }, query: { attempts: selection } };
  // Each visit revalidates (a 304 when no attempt came in), so a new attempt shows at once.
  const fresh = { cache: 'no-cache' } as const;
  const [quiz, report, histogram, items] = await reach(() => Promise.all([
    api.GET('/quizzes/{id}', { params: { path: { id: quizId } }, ...fresh }),
    api.GET('/quizzes/{id}/statistics', { params, headers: { Accept: 'application/json' }, ...fresh }),
    api.GET('/quizzes/{id}/statistics/histogram', { params, headers: { Accept: 'image/svg+xml' }, parseAs: 'blob', ...fresh }),
    api.GET('/quizzes/{id}/statistics/items', { params, headers: { Accept: 'image/svg+xml' }, parseAs: 'blob', ...fresh }),
  ]));
  if (!quiz.data) {
    return screen.failure(title, asProblem(quiz.error, quiz.response));
  }
  if (!report.data) {
    return screen.failure(title, asProblem(report.error, report.response));
  }
  const stats = report.data as Schemas['StatisticsReport'];
  const heading1 = `Statistics of ${quiz.data.title}`;
  const plot = (blob: Blob | undefined) => (blob ? URL.createObjectURL(blob) : null);
  // A drawn image keeps its pixels (one that failed needs none); the blob would otherwise live as long as the page.
  const release = (e: Event) => URL.revokeObjectURL((e.target as HTMLImageElement).src);
  const histogramUrl = plot(histogram.data as Blob | undefined);
  const itemMapUrl = plot(items.data as Blob | undefined);
  const flagged = stats.questions.filter((q) => q.flags.length > 0);

  let problem: Problem | null = null;

  async function csv() {
    try {
      const { error, response } = await reach(() => api.GET('/quizzes/{id}/statistics', { params, headers: { Accept: 'text/csv' }, parseAs: 'stream' }));
      if (response.ok) {
        return await saveAs(response, `${quizId}-v${stats.version}-statistics.csv`);
      }
      problem = asProblem(error, response);
    } catch (failed) {
      if (!(failed instanceof Unreachable)) {
        throw failed;
      }
      problem = unreachable(failed);
    }
    screen.refresh(view());
    document.getElementById('problem')?.focus();
  }

  const view = () => html`
    ${heading(heading1)}
    <p class="meta">Version ${stats.version} · ${plural(stats.attempts, 'attempt')} · <a href="#/author/quizzes/${quizId}">Edit the quiz</a></p>
    <form class="inline" @submit=${(e: Event) => {
      e.preventDefault();
      screen.go(`#/author/quizzes/${quizId}/statistics?attempts=${(document.getElementById('selection') as HTMLSelectElement).value}`);
    }}>
      <label for="selection">Attempts counted</label>
      <select id="selection">
        ${(['all', 'first', 'last'] as Selection[]).map((s) => html`<option value=${s} ?selected=${s === selection}>${
          s === 'all' ? 'every attempt' : s === 'first' ? "each learner's first" : "each learner's last"}</option>`)}
      </select>
      <button type="submit">Show</button>
    </form>
    ${stats.attempts === 0 ? html`<p class="notice">No attempt yet: the figures appear once learners submit.</p>` : nothing}
    <h2>Scores</h2>
    <dl class="figures">
      <div><dt>Mean</dt><dd>${number(stats.score.mean)}</dd></div>
      <div><dt>Median</dt><dd>${number(stats.score.median)}</dd></div>
      <div><dt>Standard deviation</dt><dd>${number(stats.score.sd)}</dd></div>
      <div><dt>Lowest – highest</dt><dd>${score(stats.score.min)} – ${score(stats.score.max)}</dd></div>
      <div><dt>Cronbach's alpha (95% interval)</dt><dd>${number(stats.reliability.cronbachAlpha)}
        (${number(stats.reliability.alphaLow)} to ${number(stats.reliability.alphaHigh)})</dd></div>
      <div><dt>Standard error of a score</dt><dd>${number(stats.reliability.standardError)}</dd></div>
    </dl>
    ${histogramUrl ? html`<figure>
      <img src=${histogramUrl} @load=${release} @error=${release} alt="Score histogram: how many attempts got each score; the same counts are in the table below." class="plot">
      <figcaption>How many attempts got each score.</figcaption>
    </figure>` : nothing}
    <details>
      <summary>Scores as a table</summary>
      <table><caption>Attempts per score</caption>
        <thead><tr><th scope="col">Score</th><th scope="col">Attempts</th></tr></thead>
        <tbody>${stats.score.histogram.map((h) => html`<tr><td>${h.score}</td><td>${h.count}</td></tr>`)}</tbody>
      </table>
    </details>
    <h2>Questions to look at</h2>
    ${flagged.length === 0 ? html`<p>No question is flagged.</p>` : html`<ul class="flagged">${flagged.map((q) => html`<li>
      <strong>Question ${q.number}</strong>: ${q.flags.map((f) => FLAGS[f]).join('; ')}</li>`)}</ul>`}
    ${itemMapUrl ? html`<figure>
      <img src=${itemMapUrl} @load=${release} @error=${release} alt="Item map: each question placed by facility (across) and discrimination (up), flagged questions marked; the figures are in the table below." class="plot">
      <figcaption>Each question by facility and discrimination; flagged questions are marked.</figcaption>
    </figure>` : nothing}
    <h2>Question by question</h2>
    <div class="scroll" tabindex="0" role="region" aria-label="Question statistics">
      <table>
        <caption>Facility is the share answering correctly; discrimination the correlation with the rest of the score.</caption>
        <thead><tr><th scope="col">Question</th><th scope="col">Facility (95% interval)</th><th scope="col">Discrimination</th>
          <th scope="col">Efficiency</th><th scope="col">Responses</th><th scope="col">Flags</th></tr></thead>
        <tbody>${stats.questions.map((q) => html`<tr>
          <th scope="row">${q.number}</th>
          <td>${percent(q.facility)} (${percent(q.facilityLow)}–${percent(q.facilityHigh)})</td>
          <td>${number(q.discriminationIndex)}</td>
          <td>${number(q.discriminativeEfficiency)}</td>
          <td>${responsesOf(q)}</td>
          <td>${q.flags.length ? q.flags.join(', ') : '—'}</td>
        </tr>`)}</tbody>
      </table>
    </div>
    ${problemView(problem)}
    <p><button type="button" @click=${csv}>Download the table as CSV</button></p>`;

  screen.show(heading1, view());
}
