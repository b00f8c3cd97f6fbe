package dev.quizbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.quizbank.support.TestDatabase;

/**
 * Migration V6 gives every quiz stored before it an owner: the author who published its version 1,
 * none (role admin's) for a quiz first published from a bundled file; and no version names further owners.
 */
class OwnershipMigrationTest {

    @Test
    void shouldGiveExistingQuizzesThePublisherOfTheirFirstVersion() throws Exception {
        String database = TestDatabase.create();
        try {
            TestDatabase.migrate(database, "5");
            try (Connection c = TestDatabase.connect(database); Statement s = c.createStatement()) {
                s.execute("""
                        insert into quizbank.quiz (id) values ('bundled'), ('authored');
                        insert into quizbank.quiz_version (quiz_id, version, chapter, title, description, source_sha256, published_by) values
                            ('bundled', 1, 20, 'Bundled', '', 'a', null),
                            ('bundled', 2, 20, 'Bundled, edited', '', 'b', 'ada'),
                            ('authored', 1, 21, 'Authored', '', 'c', 'grace'),
                            ('authored', 2, 21, 'Authored, edited', '', 'd', 'ada')""");
            }
            TestDatabase.migrate(database, "latest");
            try (Connection c = TestDatabase.connect(database); Statement s = c.createStatement()) {
                Map<String, String> owners = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery("select id, owner from quizbank.quiz order by id")) {
                    while (rs.next()) {
                        owners.put(rs.getString(1), rs.getString(2));
                    }
                }
                assertThat(owners).hasSize(2).containsEntry("authored", "grace").containsEntry("bundled", null);
                try (ResultSet rs = s.executeQuery("select count(*) from quizbank.quiz_version where owners = '{}'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(4);
                }
                assertThatThrownBy(() -> s.execute("update quizbank.quiz_version set owners = array_fill('x'::text, array[101])"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("check constraint");
            }
        } finally {
            TestDatabase.drop(database);
        }
    }
}
