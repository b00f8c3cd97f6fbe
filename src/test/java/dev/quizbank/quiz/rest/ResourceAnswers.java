package dev.quizbank.quiz.rest;

import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Counts the answers that Quarkus REST gives, so that a test can tell them from QuizReadRoute's. */
public class ResourceAnswers {

    static final AtomicInteger COUNT = new AtomicInteger();

    @ServerResponseFilter
    public void count() {
        COUNT.incrementAndGet();
    }
}
