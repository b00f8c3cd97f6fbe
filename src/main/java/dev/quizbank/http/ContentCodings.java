package dev.quizbank.http;

import java.util.Locale;

/** Accept-Encoding as RFC 9110 has it: a coding the client lists without {@code q=0}, or {@code *}. */
public final class ContentCodings {

    private ContentCodings() {
    }

    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String entry : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = entry.split(";");
            String coding = parts[0].strip();
            if ((coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) && !refused(parts)) {
                return true;
            }
        }
        return false;
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
