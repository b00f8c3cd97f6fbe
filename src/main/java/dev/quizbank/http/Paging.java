package dev.quizbank.http;

/** The paging rules every list shares: {@code page} from 0, {@code size} 1..100 (the Page and Size parameters). */
public final class Paging {

    public static final String PAGE = "[0-9]{1,9}";
    public static final String PAGE_MESSAGE = "must be a whole number from 0";
    public static final String SIZE = "[1-9]|[1-9][0-9]|100";
    public static final String SIZE_MESSAGE = "must be a whole number from 1 to 100";

    private Paging() {
    }
}
