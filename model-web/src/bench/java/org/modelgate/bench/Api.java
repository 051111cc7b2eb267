package org.modelgate.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The benchmark's and the generator's HTTP client: HTTP Basic as a demo user (the server remembers
 * a verified credential for 60 s, so a burst pays the password hash once), JSON in and out, and a
 * failure that names the call and the answer instead of a silent wrong figure.
 */
final class Api {

  static final String PASSWORD = "modelgate-demo";

  record Reply(int status, String body) {
    JsonObject json() {
      return (JsonObject) Json.createReader(new StringReader(body)).read();
    }

    JsonStructure structure() {
      return Json.createReader(new StringReader(body)).read();
    }

    long id() {
      return json().getJsonNumber("id").longValue();
    }
  }

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .version(HttpClient.Version.HTTP_1_1)
          .build();
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  Api(String base) {
    this.base = URI.create(base.endsWith("/") ? base : base + "/");
  }

  URI base() {
    return base;
  }

  Reply get(String user, String path) {
    return send(user, "GET", path, null, null);
  }

  Reply post(String user, String path, String json) {
    return send(user, "POST", path, json, null);
  }

  Reply put(String user, String path, String json) {
    return send(user, "PUT", path, json, null);
  }

  Reply patch(String user, String path, String json) {
    return send(user, "PATCH", path, json, null);
  }

  /** A call that must answer with {@code expected}; anything else stops the run. */
  Reply expect(int expected, String user, String method, String path, String json) {
    Reply reply = send(user, method, path, json, null);
    if (reply.status() != expected) {
      throw new IllegalStateException(
          method
              + " "
              + path
              + " as "
              + user
              + " answered "
              + reply.status()
              + ", expected "
              + expected
              + ": "
              + reply.body());
    }
    return reply;
  }

  Reply send(String user, String method, String path, String json, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofMinutes(5))
            .header("Accept", accept == null ? "application/json" : accept)
            .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      request.header("Authorization", tokens.computeIfAbsent(user, Api::basic));
    }
    try {
      var response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " interrupted", e);
    }
  }

  /**
   * The raw status of a GET without credentials, for readiness polling; -1 when nothing listens.
   */
  int status(String path) {
    try {
      return http.send(
              HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(5)).build(),
              BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
