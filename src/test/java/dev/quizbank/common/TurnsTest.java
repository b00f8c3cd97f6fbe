package dev.quizbank.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TurnsTest {

    @Test
    void shouldGiveTurnsUpToTheLimitAndNoneBeyondThemUntilOneIsClosed() {
        Turns turns = new Turns(2, 0, Duration.ZERO);

        Optional<Turns.Turn> first = turns.take();
        Optional<Turns.Turn> second = turns.take();
        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(turns.take()).isEmpty();

        first.orElseThrow().close();
        first.orElseThrow().close();
        assertThat(turns.take()).as("a closed turn is given again, once").isPresent();
        assertThat(turns.take()).isEmpty();
    }
}
