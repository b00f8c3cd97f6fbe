package dev.quizbank;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.TestDatabase;

/**
 * Migration V22 counts the attempts every learner had taken at every quiz before it: each graded attempt once,
 * a started one once whether it is in progress or submitted (then it is also graded), an anonymous one never.
 */
class AttemptsTakenMigrationTest {

    @Test
    void shouldCountTheAttemptsTakenBeforeIt() throws Exception {
        String database = TestDatabase.create();
        try {
            TestDatabase.migrate(database, "20");
            try (Connection c = TestDatabase.connect(database); Statement s = c.createStatement()) {
                s.execute("""
                        insert into quizbank.quiz (id) values ('q'), ('r');
                        insert into quizbank.quiz_version (quiz_id, version, chapter, title, description, source_sha256, review_after_close) values
                            ('q', 1, 20, 'Q', '', 'a', 'full'), ('r', 1, 21, 'R', '', 'b', 'full');
                        insert into quizbank.attempt (id, quiz_id, quiz_version, submitted_at, score, answered, choices, learner_id) values
                            (gen_random_uuid(), 'q', 1, now(), 1, 1, '\\x00', 'ada'),
                            (gen_random_uuid(), 'q', 1, now(), 1, 1, '\\x00', 'ada'),
                            (gen_random_uuid(), 'q', 1, now(), 1, 1, '\\x00', null),
                            (gen_random_uuid(), 'r', 1, now(), 1, 1, '\\x00', 'ada'),
                            ('00000000-0000-0000-0000-000000000001', 'q', 1, now(), 1, 1, '\\x00', 'grace');
                        insert into quizbank.started_attempt (id, quiz_id, quiz_version, learner_id, started_at, seed, questions, choices, submitted_at) values
                            ('00000000-0000-0000-0000-000000000001', 'q', 1, 'grace', now(), 1, '{1}', '\\x00', now()),
                            (gen_random_uuid(), 'q', 1, 'grace', now(), 1, '{1}', '\\x00', null),
                            (gen_random_uuid(), 'r', 1, 'alan', now(), 1, '{1}', '\\x00', null),
                            (gen_random_uuid(), 'r', 1, null, now(), 1, '{1}', '\\x00', null)""");
            }
            TestDatabase.migrate(database, "latest");
            try (Connection c = TestDatabase.connect(database); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select quiz_id || ' ' || learner_id, taken from quizbank.attempts_taken order by 1")) {
                Map<String, Integer> taken = new LinkedHashMap<>();
                while (rs.next()) {
                    taken.put(rs.getString(1), rs.getInt(2));
                }
                assertThat(taken).containsExactly(Map.entry("q ada", 2), Map.entry("q grace", 2), Map.entry("r ada", 1),
                        Map.entry("r alan", 1));
            }
        } finally {
            TestDatabase.drop(database);
        }
    }
}
