package org.modelgate.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the tests: optional Basic credentials, JSON in and out, cookies kept. */
public final class ApiClient {

  public static final String DEMO_PASSWORD = "modelgate-demo";

  public record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
    public JsonObject json() {
      return (JsonObject) Json.createReader(new StringReader(body)).read();
    }

    public JsonStructure jsonStructure() {
      return Json.createReader(new StringReader(body)).read();
    }
  }

  private final URI base;
  private final String authorization;
  private final HttpClient http;

  private ApiClient(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public static ApiClient anonymous(URI base) {
    return new ApiClient(base, null);
  }

  public static ApiClient as(URI base, String username) {
    return as(base, username, DEMO_PASSWORD);
  }

  public static ApiClient as(URI base, String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiClient(base, "Basic " + token);
  }

  /** A client that sends a personal access token as {@code Authorization: Bearer}. */
  public static ApiClient bearer(URI base, String token) {
    return new ApiClient(base, "Bearer " + token);
  }

  /** Any method with extra headers given as name, value, name, value... (they replace defaults). */
  Reply sendWith(String method, String path, String body, String... headers) {
    HttpRequest.Builder builder =
        request(path)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      builder.setHeader(headers[i], headers[i + 1]);
    }
    return send(builder);
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  /** A GET that asks for another representation, e.g. {@code text/html}. */
  public Reply get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  public Reply post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
  }

  Reply post(String path, String contentType, BodyPublisher body) {
    return send(request(path).header("Content-Type", contentType).POST(body));
  }

  Reply postForm(String path, String form) {
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(form)));
  }

  /** Any method with a JSON body and, when given, an If-Match header. */
  Reply send(String method, String path, String json, String ifMatch) {
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/json")
            .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return send(builder);
  }

  /** Any method, any body and media type, any extra headers (name, value, name, value, …). */
  Reply sendRaw(String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder builder =
        request(path)
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder);
  }

  /** A body of another media type, e.g. a CSV file. */
  Reply post(String path, String contentType, String body) {
    return send(
        request(path).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
  }

  /** A POST with an Idempotency-Key header. */
  public Reply postIdempotent(String path, String json, String key) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(BodyPublishers.ofString(json)));
  }

  /** A file as multipart/form-data in the field {@code file}. */
  Reply upload(String path, String fileName, String contentType, byte[] content) {
    String boundary = "----modelgate" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\n"
                + "Content-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(BodyPublishers.ofByteArray(body)));
  }

  /** The raw bytes of a download. */
  HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(request(path).GET().build(), BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, application/problem+json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = http.send(builder.build(), BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
