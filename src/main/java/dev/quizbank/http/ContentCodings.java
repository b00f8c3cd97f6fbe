package dev.quizbank.http;

import java.util.Locale;

/**
 * Accept-Encoding as RFC 9110 has it: gzip when the client lists it without {@code q=0}, or, when it
 * does not list gzip at all, lists {@code *} without {@code q=0}.
 */
public final class ContentCodings {

    private ContentCodings() {
    }

    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean listed = false;
        boolean accepted = false;
        boolean anyCoding = false;
        for (String entry : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = entry.split(";", -1);
            String coding = parts[0].strip();
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                listed = true;
                accepted |= !refused(parts);
            } else if (coding.equals("*")) {
                anyCoding = !refused(parts);
            }
        }
        return listed ? accepted : anyCoding;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.startsWith("q=") && parameter.substring(2).strip().matches("0(\\.0{0,3})?")) {
                return true;
            }
        }
        return false;
    }
}
