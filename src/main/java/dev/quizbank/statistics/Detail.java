package dev.quizbank.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.quizbank.statistics.Statistics.Placement;
import dev.quizbank.statistics.Statistics.ResponseCount;

/** The per-type detail of a question that has no choices: typed responses, or places. */
final class Detail {

    /** How many of the most frequent typed responses a question lists. */
    static final int TOP_RESPONSES = 20;

    private static final Comparator<Map.Entry<String, Long>> MOST_FREQUENT =
            Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private Detail() {
    }

    /** The most frequent normalised responses, most frequent first, ties in code point order. */
    static List<ResponseCount> responses(ItemSums sums) {
        return sums.textCounts.entrySet().stream().sorted(MOST_FREQUENT).limit(TOP_RESPONSES)
                .map(e -> new ResponseCount(e.getKey(), e.getValue(), sums.textFractions.get(e.getKey()).stripTrailingZeros()))
                .toList();
    }

    /** Answers not listed in {@link #responses}: less frequent, or given past the distinct responses kept. */
    static long otherResponses(ItemSums sums) {
        long listed = responses(sums).stream().mapToLong(ResponseCount::count).sum();
        return sums.textCounts.values().stream().mapToLong(Long::longValue).sum() - listed + sums.untrackedText;
    }

    /** Per stem (matching) or item (ordering), the attempts that put it in its right place. */
    static List<Placement> placements(ItemKey key, ItemSums sums, long n) {
        List<Placement> placements = new ArrayList<>(key.keys().size());
        for (int i = 0; i < key.keys().size(); i++) {
            long count = sums.markCount[i];
            placements.add(new Placement(key.keys().get(i), count, n == 0 ? null : (double) count / n));
        }
        return List.copyOf(placements);
    }
}
