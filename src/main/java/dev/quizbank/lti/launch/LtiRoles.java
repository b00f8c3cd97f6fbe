package dev.quizbank.lti.launch;

import java.util.List;
import java.util.Set;

import dev.quizbank.identity.Caller;

/**
 * Which Quizbank role an LTI launch gets: the context roles that teach or build a course (Instructor, its
 * TeachingAssistant sub-role, ContentDeveloper) make an author, in full URIs or the short names LTI 1.3 still
 * allows; anyone else, unknown roles and no roles at all included, is a learner.
 */
final class LtiRoles {

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";
    private static final Set<String> AUTHORS = Set.of(
            MEMBERSHIP + "#Instructor", MEMBERSHIP + "#ContentDeveloper", MEMBERSHIP + "/Instructor#TeachingAssistant",
            "Instructor", "ContentDeveloper", "TeachingAssistant");

    private LtiRoles() {
    }

    static String of(List<String> roles) {
        return roles.stream().anyMatch(AUTHORS::contains) ? Caller.AUTHOR : Caller.LEARNER;
    }
}
