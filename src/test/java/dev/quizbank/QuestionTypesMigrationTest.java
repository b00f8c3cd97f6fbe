package dev.quizbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.TestDatabase;

/**
 * Migration V7 leaves every stored question a one-point single-choice question and every stored attempt its
 * bytes and its score; the new columns hold each type's key only in the shape the type needs.
 */
class QuestionTypesMigrationTest {

    @Test
    void shouldKeepStoredQuestionsAndAttemptsAsTheyWere() throws Exception {
        String database = TestDatabase.create();
        try {
            TestDatabase.migrate(database, "6");
            try (Connection c = TestDatabase.connect(database); Statement s = c.createStatement()) {
                s.execute("""
                        insert into quizbank.quiz (id) values ('old');
                        insert into quizbank.quiz_version (quiz_id, version, chapter, title, description, source_sha256)
                            values ('old', 1, 20, 'Old', '', 'a');
                        insert into quizbank.question (quiz_version_id, number, text, correct_key, explanation)
                            select id, 1, 'Which?', 'B', 'B.' from quizbank.quiz_version;
                        insert into quizbank.choice (question_id, position, key, text)
                            select id, p, k, k from quizbank.question, (values (0, 'A'), (1, 'B')) v(p, k);
                        insert into quizbank.attempt (id, quiz_id, quiz_version, submitted_at, score, answered, choices)
                            values ('00000000-0000-4000-8000-000000000001', 'old', 1, now(), 1, 1, '\\x02')""");
            }
            TestDatabase.migrate(database, "latest");
            try (Connection c = TestDatabase.connect(database); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select type, points, details, correct_key from quizbank.question")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("single");
                    assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("1");
                    assertThat(rs.getString(3)).isNull();
                    assertThat(rs.getString(4)).isEqualTo("B");
                }
                try (ResultSet rs = s.executeQuery("select count(*) from quizbank.choice where fraction is null and feedback = ''")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(2);
                }
                try (ResultSet rs = s.executeQuery("select score::text, choices, responses from quizbank.attempt")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("1");
                    assertThat(HexFormat.of().formatHex(rs.getBytes(2))).isEqualTo("02");
                    assertThat(rs.getBytes(3)).isNull();
                }
                String version = "(select id from quizbank.quiz_version)";
                assertThatThrownBy(() -> s.execute("insert into quizbank.question (quiz_version_id, number, text, explanation, type)"
                        + " values (" + version + ", 2, 'Which?', '', 'multiple')"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("question_key_by_type");
                assertThatThrownBy(() -> s.execute("insert into quizbank.question (quiz_version_id, number, text, explanation, type,"
                        + " details, points) values (" + version + ", 2, 'Which?', '', 'ordering', '{}', 0)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
                s.execute("insert into quizbank.question (quiz_version_id, number, text, explanation, type, details, points)"
                        + " values (" + version + ", 2, 'Which?', '', 'ordering', '{\"items\": []}', 1.5)");
            }
        } finally {
            TestDatabase.drop(database);
        }
    }
}
