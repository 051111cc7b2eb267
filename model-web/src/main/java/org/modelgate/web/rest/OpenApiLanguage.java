package org.modelgate.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.modelgate.web.problem.ProblemTexts;

/**
 * The OpenAPI document in the reader's language. MicroProfile OpenAPI serves one document, built
 * once, with the Chinese texts ({@link OpenApiDocument}); for {@code ?lang=en}, or an {@code
 * Accept-Language} that prefers English to Chinese, this filter asks it for JSON and replaces the
 * texts (info, operation summaries by operation id, parameter and response descriptions) with those
 * of {@code openapi_en.properties}. The English document is JSON, which YAML readers read too.
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiLanguage extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    if (!Locale.ENGLISH.equals(language(request))) {
      chain.doFilter(request, response);
      return;
    }
    Captured captured = new Captured(response);
    chain.doFilter(new AsJson(request), captured);
    captured.flushBuffer();
    byte[] body = captured.body.toByteArray();
    if (captured.getStatus() == HttpServletResponse.SC_OK) {
      JsonObject document = Json.createReader(new ByteArrayInputStream(body)).readObject();
      body =
          english(document, OpenApiDocument.texts(Locale.ENGLISH))
              .toString()
              .getBytes(StandardCharsets.UTF_8);
      response.setContentType(MediaType.APPLICATION_JSON + ";charset=UTF-8");
      response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** English if asked for by {@code lang}, or by an Accept-Language that prefers it to Chinese. */
  static Locale language(HttpServletRequest request) {
    String lang = request.getParameter("lang");
    if (lang != null) {
      return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.CHINESE;
    }
    if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
      return Locale.CHINESE; // getLocales() would give the server's locale
    }
    Locale locale = ProblemTexts.locale(Collections.list(request.getLocales()));
    return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.CHINESE;
  }

  /** {@code document} with the texts of {@code texts}, found by operation id and status code. */
  static JsonObject english(JsonObject document, ResourceBundle texts) {
    JsonPatchBuilder patch = Json.createPatchBuilder();
    patch.replace("/info/description", texts.getString("info.description"));
    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.keySet()) {
      JsonObject item = paths.getJsonObject(path);
      for (String verb : item.keySet()) {
        if (item.get(verb).getValueType() != JsonValue.ValueType.OBJECT
            || !item.getJsonObject(verb).containsKey("operationId")) {
          continue;
        }
        JsonObject operation = item.getJsonObject(verb);
        String pointer = "/paths/" + escape(path) + "/" + verb;
        patch.replace(pointer + "/summary", texts.getString(operation.getString("operationId")));
        JsonArray parameters = operation.getJsonArray("parameters");
        for (int i = 0; parameters != null && i < parameters.size(); i++) {
          JsonObject parameter = parameters.getJsonObject(i);
          if (parameter.containsKey("description")) {
            patch.replace(
                pointer + "/parameters/" + i + "/description",
                texts.getString("parameter." + parameter.getString("name")));
          }
        }
        for (String code : operation.getJsonObject("responses").keySet()) {
          patch.replace(
              pointer + "/responses/" + code + "/description", texts.getString("response." + code));
        }
      }
    }
    return patch.build().apply(document);
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The request as if it asked for JSON (the {@code format} parameter set aside). */
  private static final class AsJson extends HttpServletRequestWrapper {

    AsJson(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getQueryString() {
      String query = super.getQueryString();
      if (query == null) {
        return null;
      }
      List<String> kept = new ArrayList<>();
      for (String pair : query.split("&")) {
        if (!pair.startsWith("format=") && !pair.equals("format")) {
          kept.add(pair);
        }
      }
      return kept.isEmpty() ? null : String.join("&", kept);
    }

    @Override
    public String getHeader(String name) {
      return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
          ? MediaType.APPLICATION_JSON
          : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
          ? Collections.enumeration(List.of(MediaType.APPLICATION_JSON))
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      if (names.stream().noneMatch(HttpHeaders.ACCEPT::equalsIgnoreCase)) {
        names.add(HttpHeaders.ACCEPT);
      }
      return Collections.enumeration(names);
    }
  }

  /** The response kept in memory, to be rewritten. */
  private static final class Captured extends HttpServletResponseWrapper {

    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final ServletOutputStream stream =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            body.write(b, off, len);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
          }
        };
    private PrintWriter writer;

    Captured(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setContentLength(int length) {}

    @Override
    public void setContentLengthLong(long length) {}
  }
}
