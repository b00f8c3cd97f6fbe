package dev.quizbank.quiz.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.format.InvalidSourceException;
import dev.quizbank.quiz.format.QuizSource;
import dev.quizbank.quiz.format.SourceFormat;
import dev.quizbank.support.Seed;
import dev.quizbank.support.Sql;
import dev.quizbank.support.TestDatabase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(TestDatabase.class)
class QuizPublisherTest {

    @Inject
    QuizPublisher publisher;

    @Inject
    QuizCatalog catalog;

    @Inject
    DataSource dataSource;

    @Test
    void shouldPublishOnceAndVersionOnlyChanges() throws SQLException {
        assertThat(publisher.publish("publish-once", Seed.TEXT)).isEqualTo(1);
        assertThat(publisher.publish("publish-once", Seed.TEXT)).isEqualTo(1);
        assertThat(count("select count(*) from quizbank.quiz_version where quiz_id = 'publish-once'")).isEqualTo(1);

        String changed = Seed.TEXT.replace("Answer **C) `httpx`**", "Answer **D) `aiohttp`**");
        assertThat(publisher.publish("publish-once", changed)).isEqualTo(2);
        assertThat(publisher.publish("publish-once", changed)).isEqualTo(2);
        assertThat(count("select count(*) from quizbank.quiz_version where quiz_id = 'publish-once'")).isEqualTo(2);
        assertThat(catalog.currentVersion("publish-once")).get().extracting(PublishedQuiz::version).isEqualTo(2);
        assertThat(((Question.Single) catalog.anyVersion("publish-once", 1).orElseThrow().content().questions().get(0)).correctChoice())
                .isEqualTo("C");
        assertThat(((Question.Single) catalog.anyVersion("publish-once", 2).orElseThrow().content().questions().get(0)).correctChoice())
                .isEqualTo("D");
    }

    @Test
    void shouldLoadTheBundledQuizOnStartWithEveryExplanationByteEqual() throws SQLException {
        assertThat(count("select count(*) from quizbank.quiz_version where quiz_id = 'chapter-20'")).isEqualTo(1);
        assertThat(count("select count(*) from quizbank.question q join quizbank.quiz_version v on v.id = q.quiz_version_id"
                + " where v.quiz_id = 'chapter-20'")).isEqualTo(25);
        assertThat(count("select count(*) from quizbank.choice c join quizbank.question q on q.id = c.question_id"
                + " join quizbank.quiz_version v on v.id = q.quiz_version_id where v.quiz_id = 'chapter-20'")).isEqualTo(100);
        assertThat(count("select count(*) from quizbank.scoring_band b join quizbank.quiz_version v on v.id = b.quiz_version_id"
                + " where v.quiz_id = 'chapter-20'")).isEqualTo(5);

        List<String> stored = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select q.explanation, q.correct_key from quizbank.question q"
                        + " join quizbank.quiz_version v on v.id = q.quiz_version_id"
                        + " where v.quiz_id = 'chapter-20' order by q.number");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                stored.add(rs.getString(1));
                keys.add(rs.getString(2));
            }
        }
        assertThat(stored).containsExactlyElementsOf(Seed.QUESTIONS.stream().map(Seed.SeedQuestion::explanation).toList());
        assertThat(keys).containsExactlyElementsOf(Seed.QUESTIONS.stream().map(Seed.SeedQuestion::correct).toList());
    }

    @Test
    void shouldRepublishABundledFileOnlyWhenTheFileChanged() throws SQLException {
        assertThat(publisher.bundle("bundled", Seed.TEXT)).isEqualTo(new QuizPublisher.Publication(1, true));
        assertThat(publisher.bundle("bundled", Seed.TEXT)).isEqualTo(new QuizPublisher.Publication(1, false));

        QuizSource authored = SourceFormat.NATIVE.read(Seed.TEXT.replace("Which Python HTTP library", "Which library"));
        assertThat(publisher.update("bundled", 1, authored, "ada")).isEqualTo(new QuizPublisher.Publication(2, true));
        assertThat(publisher.bundle("bundled", Seed.TEXT)).as("an author's edit outlives the unchanged file")
                .isEqualTo(new QuizPublisher.Publication(2, false));

        String changedFile = Seed.TEXT.replace("Answer **C) `httpx`**", "Answer **D) `aiohttp`**");
        assertThat(publisher.bundle("bundled", changedFile)).isEqualTo(new QuizPublisher.Publication(3, true));
        assertThat(((Question.Single) catalog.currentVersion("bundled").orElseThrow().content().questions().get(0)).correctChoice()).isEqualTo("D");
        assertThat(count("select count(*) from quizbank.quiz_version where quiz_id = 'bundled' and published_by is null")).isEqualTo(2);
    }

    @Test
    void shouldRefuseABrokenDocumentAndStoreNothing() throws SQLException {
        assertThatThrownBy(() -> publisher.publish("broken", Seed.TEXT.replace("Answer **C)", "Answer **Z)")))
                .isInstanceOf(InvalidSourceException.class);
        assertThat(count("select count(*) from quizbank.quiz where id = 'broken'")).isZero();
    }

    @Test
    void shouldLetTheDatabaseRefuseInvalidRows() throws SQLException {
        publisher.publish("constraints", Seed.TEXT);
        long version = count("select id from quizbank.quiz_version where quiz_id = 'constraints'");
        long question = count("select id from quizbank.question where quiz_version_id = " + version + " and number = 1");
        assertRefused("insert into quizbank.quiz_version (quiz_id, version, chapter, title, description, source_sha256)"
                + " values ('constraints', 1, 20, 't', 'd', 'x')");
        assertRefused("insert into quizbank.question (quiz_version_id, number, text, correct_key, explanation)"
                + " values (" + version + ", 1, 'again', 'A', 'e')");
        assertRefused("insert into quizbank.choice (question_id, position, key, text) values (" + question + ", 9, 'A', 'again')");
        assertRefused("update quizbank.question set correct_key = 'Z' where id = " + question);
        assertRefused("insert into quizbank.scoring_band (quiz_version_id, position, min_score, max_score, level, recommendation)"
                + " values (" + version + ", 9, 20, 30, 'Overlap', 'r')");
        assertRefused("insert into quizbank.quiz (id) values ('Not A Slug')");
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.executeUpdate();
            }
        }).isInstanceOf(SQLException.class);
    }

    private long count(String sql) throws SQLException {
        return Sql.count(dataSource, sql);
    }
}
