package dev.quizbank.quiz.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ws.rs.core.MediaType;

/**
 * The formats a quiz's source is written and read in, by media type: the service reads sources only
 * through here, which checks what each reader made of a source against {@link QuizRules}.
 */
public enum SourceFormat {
    NATIVE(Types.MARKDOWN, "md", NativeReader::read, source -> utf8(NativeWriter.write(source))),
    JSON(Types.JSON, "json", JsonReader::read, source -> utf8(JsonWriter.write(source))),
    GIFT(Types.GIFT, "gift", GiftReader::read, source -> utf8(GiftWriter.write(source))),
    MOODLE_XML(Types.MOODLE_XML, "xml", null, source -> utf8(MoodleXmlWriter.write(source))),
    QTI(Types.QTI, "zip", null, QtiPackage::write);

    /** The media types as constants, for annotations (@Consumes, @Produces) that cannot call {@link #mediaType()}. */
    public interface Types {
        String MARKDOWN = "text/markdown";
        String JSON = "application/json";
        String GIFT = "text/x-gift";
        String MOODLE_XML = "application/xml";
        String QTI = "application/zip";
    }

    private final String mediaType;
    private final String extension;
    private final Function<String, ParsedSource> reader;
    private final Function<QuizSource, byte[]> writer;

    SourceFormat(String mediaType, String extension, Function<String, ParsedSource> reader, Function<QuizSource, byte[]> writer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.reader = reader;
        this.writer = writer;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extension of an export. */
    public String extension() {
        return extension;
    }

    /** Whether the format is text (UTF-8), not a binary package. */
    public boolean text() {
        return !mediaType.equals(Types.QTI);
    }

    /**
     * The format a client accepts first, in the order of its preferences; the native document for a
     * wildcard. Clients that accept none of them are refused before this is asked.
     */
    public static SourceFormat negotiate(List<MediaType> acceptable) {
        for (MediaType accepted : acceptable) {
            for (SourceFormat format : values()) {
                if (accepted.isCompatible(MediaType.valueOf(format.mediaType))) {
                    return format;
                }
            }
        }
        return NATIVE;
    }

    public boolean readable() {
        return reader != null;
    }

    public static Optional<SourceFormat> of(String mediaType) {
        return Arrays.stream(values()).filter(format -> format.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    public static List<String> readableTypes() {
        return Arrays.stream(values()).filter(SourceFormat::readable).map(SourceFormat::mediaType).toList();
    }

    /**
     * The quiz {@code text} states, checked against every rule.
     *
     * @throws InvalidSourceException with every problem found, each at its place
     */
    public QuizSource read(String text) {
        return QuizRules.require(reader.apply(text));
    }

    public byte[] write(QuizSource source) {
        return writer.apply(source);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
