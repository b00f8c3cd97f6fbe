package dev.quizbank.statistics;

import com.fasterxml.jackson.annotation.JsonValue;

/** A warning about a question, raised only from figures that are defined. */
public enum Flag {
    /** facility > 0.9 */
    TOO_EASY("tooEasy"),
    /** facility < randomGuessScore */
    TOO_HARD("tooHard"),
    /** discriminationIndex < 0 */
    NEGATIVE_DISCRIMINATION("negativeDiscrimination"),
    /** discriminativeEfficiency < 0.15 */
    LOW_EFFICIENCY("lowEfficiency"),
    /** a wrong choice nobody chose, among at least one attempt */
    DEAD_DISTRACTOR("deadDistractor"),
    /** a wrong choice with pointBiserial > 0 */
    ATTRACTIVE_DISTRACTOR("attractiveDistractor");

    static final double TOO_EASY_ABOVE = 0.9;
    static final double LOW_EFFICIENCY_BELOW = 0.15;

    private final String wireName;

    Flag(String wireName) {
        this.wireName = wireName;
    }

    /** The name clients see, in JSON and CSV. */
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
