package dev.quizbank.lti.ags;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import dev.quizbank.common.Decimals;

/** The AGS score a line item takes (application/vnd.ims.lis.v1.score+json): a final grade, fully graded. */
record Score(String userId, BigDecimal scoreGiven, BigDecimal scoreMaximum, String activityProgress, String gradingProgress,
        String timestamp) {

    /** Always with milliseconds and a zone: Instant.toString() drops a zero fraction, which some platforms refuse. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    static Score of(ScoreOutbox.Due due) {
        return new Score(due.target().userId(), Decimals.plain(due.scoreGiven()), Decimals.plain(due.scoreMaximum()), "Completed",
                "FullyGraded", timestamp(due.timestamp()));
    }

    static String timestamp(long epochMillis) {
        return TIMESTAMP.format(Instant.ofEpochMilli(epochMillis));
    }

    /** {@code lineitem}/scores, its query string kept (Moodle's line items carry {@code ?type_id=}). */
    static URI url(String lineitem) {
        URI item = URI.create(lineitem);
        String path = item.getRawPath() == null ? "" : item.getRawPath();
        return URI.create(item.getScheme() + "://" + item.getRawAuthority() + (path.endsWith("/") ? path : path + "/") + "scores"
                + (item.getRawQuery() == null ? "" : "?" + item.getRawQuery()));
    }
}
