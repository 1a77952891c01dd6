package dev.drop.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** A browser as far as redirects and cookies go: it keeps cookies, and the test follows each redirect itself. */
final class Browser {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    /** A GET with the browser's cookies, plus any extra headers given as name, value, ... */
    Http.Reply get(URI uri, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            var response = client.send(request.build(), BodyHandlers.ofString());
            return new Http.Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Follows a redirect the last reply asked for, resolved against where it came from. */
    Http.Reply follow(URI from, Http.Reply redirect) {
        String location = redirect.header("Location");
        if (redirect.status() / 100 != 3 || location == null) {
            throw new AssertionError("expected a redirect from " + from + ", got " + redirect);
        }
        return get(from.resolve(location));
    }
}
