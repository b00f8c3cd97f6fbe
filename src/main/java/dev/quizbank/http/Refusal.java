package dev.quizbank.http;

import dev.quizbank.problem.ProblemWriter.Connection;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** A problem answered instead of serving a request, the {@code instance} it names (or none), and what becomes of the connection. */
record Refusal(HttpProblem problem, String instance, Connection connection) {
}
