package eu.oosatmp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends a request line exactly as written: HTTP clients normalise paths such as "/x/../y" before sending. */
public final class RawHttp {

  private RawHttp() {}

  public record Response(int status, String head, String body) {

    public boolean isProblem() {
      return head.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json");
    }
  }

  public static Response get(int port, String rawPath) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\n"
          + "Accept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      String head = split < 0 ? response : response.substring(0, split);
      return new Response(Integer.parseInt(head.substring(9, 12)), head, split < 0 ? "" : response.substring(split + 4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
