package dev.quizbank.quiz.repository;

import java.time.OffsetDateTime;

/** One published version of a quiz: when, by whom, how many questions. */
public record VersionRecord(int version, OffsetDateTime publishedAt, String publishedBy, int questionCount) {
}
