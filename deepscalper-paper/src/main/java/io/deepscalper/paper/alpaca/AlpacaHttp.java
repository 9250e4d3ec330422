package io.deepscalper.paper.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.broker.BrokerException;
import io.deepscalper.api.io.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON over HTTPS to Alpaca with the key headers ({@code APCA-API-KEY-ID}, {@code APCA-API-SECRET-KEY}). Errors
 * name the method, the path and Alpaca's status and message, never a header.
 */
final class AlpacaHttp {
    private static final ObjectMapper JSON = Json.mapper();
    private static final Logger LOG = LoggerFactory.getLogger(AlpacaHttp.class);

    private final HttpClient client;
    private final AlpacaKeys keys;
    private final Duration timeout;

    AlpacaHttp(AlpacaKeys keys, Duration timeout) {
        this.keys = keys;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** @return the parsed body; empty for 404 */
    Optional<JsonNode> get(URI uri) {
        return send("GET", uri, null, true);
    }

    JsonNode post(URI uri, Object body) {
        try {
            return send("POST", uri, JSON.writeValueAsString(body), false).orElseThrow();
        } catch (IOException e) {
            throw new BrokerException("cannot serialise the request to " + uri.getPath(), e);
        }
    }

    /** @return the body, empty for 204 or 404 */
    Optional<JsonNode> delete(URI uri) {
        return send("DELETE", uri, null, true);
    }

    private Optional<JsonNode> send(String method, URI uri, String body, boolean notFoundIsEmpty) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("APCA-API-KEY-ID", keys.keyId())
                .header("APCA-API-SECRET-KEY", keys.secret())
                .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r;
        try {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BrokerException("alpaca " + method + " " + uri.getPath() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerException("alpaca " + method + " " + uri.getPath() + " was interrupted", e);
        }
        int status = r.statusCode();
        // the path only: the query may hold nothing secret, but the headers do, and they are never logged
        LOG.debug("alpaca {} {} -> {}", method, uri.getPath(), status);
        if (status == 404 && notFoundIsEmpty) {
            return Optional.empty();
        }
        if (status == 204 || (status >= 200 && status < 300 && r.body().isBlank())) {
            return Optional.empty();
        }
        if (status < 200 || status >= 300) {
            throw new BrokerException("alpaca " + method + " " + uri.getPath() + " answered " + status + ": "
                    + message(r.body()) + (status == 401 || status == 403
                    ? " (check APCA_API_KEY_ID and APCA_API_SECRET_KEY: they must be the paper account's keys)" : ""));
        }
        try {
            return Optional.of(JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new BrokerException("alpaca " + method + " " + uri.getPath() + " answered with a body that is not JSON",
                    e);
        }
    }

    private static String message(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && n.hasNonNull("message")) {
                return n.get("message").asText();
            }
        } catch (IOException notJson) {
            // fall through to a shortened body
        }
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
