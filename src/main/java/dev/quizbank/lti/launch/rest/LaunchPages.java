package dev.quizbank.lti.launch.rest;

import java.util.Optional;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.quizbank.lti.launch.Launches;

/**
 * The few pages of a launch, shown in the platform's frame before the web client takes over. They load one script
 * of the tool's own ({@code /lti/launch.js}) for the LTI postMessage storage, and nothing else.
 */
final class LaunchPages {

    /** Scripts from the tool only; forms may post to any platform's deep-link return URL. */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; base-uri 'none'";

    private LaunchPages() {
    }

    /** A page of the launch: never cached, since each holds a one-time state or code. */
    static Response.ResponseBuilder answer(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Content-Security-Policy", POLICY).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
    }

    /** The cookie that binds a login's state to the browser that started it. */
    static String cookie(String state) {
        return "lti-binding-" + state;
    }

    /** Keeps the login's binding in the platform's storage, then goes on to the authentication request. */
    static String storeBinding(Launches.LoginStarted login) {
        return page("Signing in to Quizbank", """
                <p id="lti" data-action="put" data-target="%s" data-origin="%s" data-key="%s" data-value="%s" data-next="%s">
                Signing in…</p>""".formatted(escape(login.storageTarget().orElseThrow()), escape(login.platformOrigin()),
                escape(key(login.state())), escape(login.binding()), escape(login.authRequest().toString())));
    }

    /** Reads the login's binding back from the platform's storage and posts the launch again with it. */
    static String readBinding(Launches.NeedsStoredBinding needs, String idToken) {
        return page("Signing in to Quizbank", """
                <p id="lti" data-action="get" data-target="%s" data-origin="%s" data-key="%s">Signing in…</p>
                <form id="relaunch" method="post" action="/lti/launch">
                <input type="hidden" name="id_token" value="%s"><input type="hidden" name="state" value="%s">
                <input type="hidden" name="lti_storage_binding" value="">
                <noscript><button type="submit">Continue</button></noscript></form>""".formatted(escape(needs.storageTarget()),
                escape(needs.platformOrigin()), escape(key(needs.state())), escape(idToken == null ? "" : idToken), escape(needs.state())));
    }

    /** Hands the web client the one-time code in the fragment, which no server and no Referer sees. */
    static String launched(String code) {
        String target = "/#/lti/" + code;
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=%s">
                <title>Opening Quizbank</title></head>
                <body><main><p><a href="%s">Open Quizbank</a></p></main></body></html>
                """.formatted(escape(target), escape(target));
    }

    static String refused(String reason, Optional<String> newWindow) {
        String retry = newWindow.map(url -> "<p><a href=\"%s\" target=\"_blank\" rel=\"noopener\">Open Quizbank in a new window</a></p>"
                .formatted(escape(url))).orElse("");
        return page("Quizbank could not start", "<h1>Quizbank could not start</h1><p>" + escape(reason) + "</p>" + retry
                + "<p>No session was made. If this keeps happening, show this page to the administrator of your course platform.</p>");
    }

    private static String key(String state) {
        return "quizbank-binding-" + state;
    }

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title><script src="/lti/launch.js" defer></script></head>
                <body><main>%s</main></body></html>
                """.formatted(escape(title), body);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
