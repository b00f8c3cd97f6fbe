package dev.quizbank.quiz.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import dev.quizbank.quiz.QuizSettings;
import dev.quizbank.quiz.document.Question;
import dev.quizbank.quiz.document.QuizDocument;
import dev.quizbank.support.Seed;

/** Quizzes for the export tests, and a strict reader for what the exports write. */
final class ExportQuizzes {

    /** Characters that XML, CDATA sections, GIFT or Markdown treat specially, and some far from ASCII. */
    static final String NASTY = "<&>\"'`*_#~=:{}\\[]|/ ]]> é 中文 😀 שלום e\u0301 \u00a0\u2028\t";

    private ExportQuizzes() {
    }

    static QuizSource seed() {
        return SourceFormat.NATIVE.read(Seed.TEXT);
    }

    /** A small quiz holding every character of {@link #NASTY}, line breaks and CommonMark markup. */
    static QuizSource nasty() {
        List<Question> questions = List.of(
                new Question.Single(1, "Which of `<a href=\"x\">` & `]]>` is **escaped**?\nSecond line: " + NASTY.strip(),
                        List.of(new QuizDocument.Choice("A", "`<tag>` & \"quotes\" 'single'"),
                                new QuizDocument.Choice("B", "]]> ends CDATA; {braces} ~tilde =equals #hash :colon \\backslash"),
                                new QuizDocument.Choice("C", "unicode: é 中文 😀 שלום e\u0301")),
                        "B", "Because `]]>` would close a CDATA section.\n\n* list item with <b>HTML</b>\n* tab\there"),
                new Question.Single(2, "Line one\nline two\n\n    indented code <x>",
                        List.of(new QuizDocument.Choice("A", "1 < 2 && 3 > 2"), new QuizDocument.Choice("B", "::name:: [markdown] {=x ~y}")),
                        "A", "Plain."));
        QuizDocument document = new QuizDocument(7, "Escapes / Slashes & <Brackets> 😀", "A description with\ntwo lines & <markup>.",
                questions, List.of(new QuizDocument.Band(0, 2, "All", "Everything")));
        return new QuizSource("nasty-7", QuizSettings.SELF_STUDY, document);
    }

    /**
     * Quizzes whose texts mix {@link #NASTY} characters with letters and line breaks (one-line texts
     * for choices), none starting or ending with white space, as the rules ask.
     */
    static Arbitrary<QuizSource> generated() {
        Arbitrary<String> line = text(false);
        Arbitrary<String> block = text(true);
        Arbitrary<Question.Single> question = Combinators.combine(block, line.list().ofMinSize(2).ofMaxSize(6), block,
                Arbitraries.integers().between(0, 5)).as((text, choiceTexts, explanation, correct) -> {
                    List<QuizDocument.Choice> choices = new ArrayList<>();
                    for (int i = 0; i < choiceTexts.size(); i++) {
                        choices.add(new QuizDocument.Choice(String.valueOf((char) ('A' + i)), choiceTexts.get(i)));
                    }
                    return new Question.Single(0, text, choices, choices.get(correct % choices.size()).key(), explanation);
                });
        return Combinators.combine(line, block, question.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("generated", "9-lives"))
                .as((title, description, drafts, id) -> {
                    List<Question> questions = new ArrayList<>();
                    for (Question.Single draft : drafts) {
                        questions.add(new Question.Single(questions.size() + 1, draft.text(), draft.choices(),
                                draft.correctChoice(), draft.explanation()));
                    }
                    return new QuizSource(id, QuizSettings.SELF_STUDY, new QuizDocument(1, title, description, questions, List.of()));
                });
    }

    private static Arbitrary<String> text(boolean lines) {
        List<String> pieces = new ArrayList<>(NASTY.codePoints().mapToObj(Character::toString).distinct().toList());
        pieces.addAll(List.of("a", "b", "X", "0", " ", "]]>", "]]]]><![CDATA[>", "&amp;", "&#13;", "<![CDATA[x]]>", "e\u0301"));
        if (lines) {
            pieces.addAll(List.of("\n", "\n\n"));
        }
        return Arbitraries.of(pieces).list().ofMinSize(1).ofMaxSize(30)
                .map(chosen -> String.join("", chosen).strip())
                .map(text -> text.isEmpty() ? "x" : text);
    }

    /** A namespace-aware DOM of {@code xml}, with DTDs and external entities refused. */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static Document parse(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The child elements of {@code parent} in document order. */
    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(child -> child.getLocalName().equals(name)).toList();
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new AssertionError("expected one <" + name + "> in <" + parent.getLocalName() + ">, found " + found.size());
        }
        return found.get(0);
    }
}
