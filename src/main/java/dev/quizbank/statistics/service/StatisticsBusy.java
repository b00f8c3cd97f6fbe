package dev.quizbank.statistics.service;

/** As many statistics as the service computes at once are running, and as many as may wait are waiting. */
public class StatisticsBusy extends RuntimeException {

    public StatisticsBusy() {
        super("as many item statistics as may run or wait are running or waiting", null, false, false);
    }
}
