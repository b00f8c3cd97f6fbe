package dev.quizbank.support;

/** Answer sheets and media types that several tests send and expect. */
public final class Sheets {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Sheets() {
    }

    /** Every question of chapter-20 answered right. */
    public static String perfectSheet() {
        StringBuilder answers = new StringBuilder();
        for (Seed.SeedQuestion q : Seed.QUESTIONS) {
            answers.append(answers.length() == 0 ? "" : ",")
                    .append("{\"question\":").append(q.number()).append(",\"choice\":\"").append(q.correct()).append("\"}");
        }
        return "{\"quizId\":\"chapter-20\",\"answers\":[" + answers + "]}";
    }
}
