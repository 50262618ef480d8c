package eu.oosatmp.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A plain HTTP client speaking to the running application as an attacker's script would: HTTP Basic
 * against /engine-rest and /api, or a Tasklist session with its CSRF token against the webapps' REST API.
 * Unlike the shared support client it also sends PUT and DELETE.
 */
final class Client {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final String basicUser;
  private final HttpClient http;
  private final CookieManager cookies;

  private Client(int port, String basicUser, CookieManager cookies) {
    this.port = port;
    this.basicUser = basicUser;
    this.cookies = cookies;
    HttpClient.Builder builder = HttpClient.newBuilder();
    if (cookies != null) {
      builder.cookieHandler(cookies);
    }
    this.http = builder.build();
  }

  /** HTTP Basic as a demo user (password = user id). */
  static Client basic(int port, String user) {
    return new Client(port, user, null);
  }

  /** A fresh Tasklist session, logged in the way Tasklist's login page does it. */
  static Client tasklist(int port, String user) {
    Client session = new Client(port, null, new CookieManager());
    session.get("/camunda/app/tasklist/default/");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
    Response login = session.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.status() != 200) {
      throw new IllegalStateException("Tasklist login of " + user + " answered " + login.status() + ": " + login.body());
    }
    // The login starts a new session; Tasklist's next page load hands it its CSRF token.
    session.get("/camunda/app/tasklist/default/");
    return session;
  }

  Response get(String path) {
    return send(request(path).GET());
  }

  Response post(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response delete(String path) {
    return send(request(path).DELETE());
  }

  Response postMultipart(String path, java.util.Map<String, String> parts) {
    String boundary = "----oosatmp" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    parts.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
        .append(value).append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.8");
    if (basicUser != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((basicUser + ":" + basicUser).getBytes(StandardCharsets.UTF_8)));
    }
    if (cookies != null) {
      // Camunda's webapps want the XSRF-TOKEN cookie's current value back in a header.
      cookies.getCookieStore().getCookies().stream()
          .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue)
          .reduce((first, last) -> last)
          .ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
    }
    return builder;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.request().method() + " " + response.uri().getRawPath(), response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Response(String request, int status, String contentType, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON: " + body, e);
      }
    }

    @Override
    public String toString() {
      return request + " -> " + status + " " + contentType + " " + (body.length() > 600 ? body.substring(0, 600) + "…"
          : body);
    }
  }
}
