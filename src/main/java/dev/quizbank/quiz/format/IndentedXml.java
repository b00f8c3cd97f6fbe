package dev.quizbank.quiz.format;

import java.io.StringWriter;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML 1.0 document written with the JDK's StAX writer, one element a line and two spaces per
 * level, so that the same quiz always gives the same bytes. Texts go into elements as character
 * data, escaped by the writer: a parser gives back exactly the string that was written.
 */
final class IndentedXml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String INDENT = "  ";

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter out;
    private int depth;

    IndentedXml() {
        try {
            out = FACTORY.createXMLStreamWriter(buffer);
            out.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Opens an element on a line of its own; {@code attributes} are name, value pairs. */
    IndentedXml open(String name, String... attributes) {
        try {
            newLine();
            out.writeStartElement(name);
            attributes(attributes);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Opens the root element in {@code namespace}, naming the schema that defines it. */
    IndentedXml openRoot(String name, String namespace, String schemaLocation, String... attributes) {
        try {
            newLine();
            out.writeStartElement(name);
            out.writeDefaultNamespace(namespace);
            out.writeNamespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
            out.writeAttribute("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation", namespace + " " + schemaLocation);
            attributes(attributes);
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    IndentedXml close() {
        try {
            depth--;
            newLine();
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An element holding {@code text} alone, on one line however many lines the text has. */
    IndentedXml text(String name, String text, String... attributes) {
        try {
            newLine();
            out.writeStartElement(name);
            attributes(attributes);
            characters(text);
            out.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    IndentedXml empty(String name, String... attributes) {
        try {
            newLine();
            out.writeEmptyElement(name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** The document, ending with a line break. */
    String finish() {
        try {
            out.writeEndDocument();
            out.writeCharacters("\n");
            out.close();
            return buffer.toString();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Parsers turn each tab and line break of an attribute value into a space, so attributes hold
     * identifiers and labels only, written as a parser will read them.
     */
    private void attributes(String[] attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            legal(attributes[i + 1]);
            out.writeAttribute(attributes[i], attributes[i + 1].replaceAll("[\\t\\n\\r]", " "));
        }
    }

    /**
     * A parser turns a literal carriage return into a line feed, so it is written as a character
     * reference; every other character the writer escapes as needed.
     */
    private void characters(String text) throws XMLStreamException {
        legal(text);
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            out.writeCharacters(text.substring(from, cr));
            out.writeEntityRef("#13");
            from = cr + 1;
        }
        out.writeCharacters(text.substring(from));
    }

    private void newLine() throws XMLStreamException {
        out.writeCharacters("\n" + INDENT.repeat(depth));
    }

    /** XML 1.0 has no way at all to carry the C0 controls but tab and line breaks, lone surrogates, U+FFFE and U+FFFF. */
    static void legal(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (!allowed) {
                throw new IllegalArgumentException(String.format("U+%04X at index %d cannot be written in XML 1.0", c, i));
            }
            i += Character.charCount(c);
        }
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("writing XML into memory failed", e);
    }
}
