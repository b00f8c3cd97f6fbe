package dev.quizbank.lti.ags;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** The one HTTP client that talks to platforms' token URLs and line items, with the configured connect timeout. */
@ApplicationScoped
class AgsHttp {

    private final HttpClient client;

    AgsHttp(AgsConfig config) {
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
