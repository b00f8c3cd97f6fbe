import { api, asProblem, NO_BODY, reach, type Problem, type Schemas } from '../api';

type Result = Schemas['AttemptResult'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The service's result of an attempt that has ended, or why it could not be read, once the grace
 * ({@code graceLeftMs}) for its last saves is over: reading an attempt whose time is up grades it.
 */
export async function gradedResult(attemptId: string, graceLeftMs: number): Promise<Result | Problem> {
  if (graceLeftMs > 0) {
    await sleep(graceLeftMs + 250);
  }
  for (let tries = 0; tries < 10; tries++) {
    const { data, error, response } = await reach(() => api.GET('/attempts/{attemptId}', { params: { path: { attemptId } } }));
    if (!data) {
      return asProblem(error, response);
    }
    if (!('state' in data)) {
      return data;
    }
    await sleep(1000);
  }
  // Still in progress by the service's clock ten seconds on: hand in what was saved.
  const { data, error, response } = await reach(() => api.POST('/attempts/{attemptId}/submit', {
    params: { path: { attemptId } }, headers: NO_BODY,
  }));
  return data ?? asProblem(error, response);
}
