package io.interdict.lists.update;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on loopback (port 0) publishing list files the way the official servers do:
 * ETag and Last-Modified validators, 304 on a matching If-None-Match. A file can be published
 * truncated (the connection drops after {@code cutAt} bytes of a longer declared body) or with extra
 * headers (a Digest).
 */
public final class ListServer implements AutoCloseable {
  public record File(byte[] body, String etag, String lastModified, int cutAt, Map<String, String> headers) {
    public static File of(byte[] body, String etag) {
      return new File(body, etag, "Tue, 23 May 2023 15:00:00 GMT", -1, Map.of());
    }
  }

  /** One request as received: path and conditional header. */
  record Request(String path, String ifNoneMatch) {}

  private final HttpServer server;
  private final Map<String, File> files = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  public ListServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  public void publish(String name, File f) {
    files.put("/" + name, f);
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String inm = ex.getRequestHeaders().getFirst("If-None-Match");
    requests.add(new Request(path, inm));
    File f = files.get(path);
    try (ex) {
      if (f == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      if (f.etag() != null) {
        ex.getResponseHeaders().set("ETag", f.etag());
      }
      ex.getResponseHeaders().set("Last-Modified", f.lastModified());
      f.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      if (f.etag() != null && f.etag().equals(inm)) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      ex.sendResponseHeaders(200, f.body().length);
      OutputStream out = ex.getResponseBody();
      if (f.cutAt() >= 0) {
        // Closing a fixed-length body early drops the connection mid-body, as a failing proxy would.
        out.write(f.body(), 0, f.cutAt());
        out.flush();
        return;
      }
      out.write(f.body());
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
