package dev.licit.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Multipart uploads to POST /v1/lists/imports (and /v1/ownership/imports), as a browser's form would send them. */
final class Uploads {
    private Uploads() {}

    record Part(String filename, byte[] content) {}

    static HttpResponse<String> post(TestServer server, String key, List<Part> parts, boolean chunked)
            throws Exception {
        return post(server, key, "/v1/lists/imports", parts, chunked);
    }

    /** The same upload to another path ({@code /v1/ownership/imports?mode=add}, say). */
    static HttpResponse<String> post(TestServer server, String key, String path, List<Part> parts, boolean chunked)
            throws Exception {
        String boundary = "licit-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + p.filename()
                            + "\"\r\nContent-Type: text/csv\r\n\r\n");
            body.write(p.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        byte[] bytes = body.toByteArray();
        HttpRequest.BodyPublisher publisher = chunked
                // an InputStream publisher has no known length: the client sends it chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
        var request = HttpRequest.newBuilder(URI.create(server.base + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(publisher)
                .build();
        return server.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * What became of an upload sent chunked over a raw socket: the answer, and whether the server
     * stopped taking the body before all of it was sent. A server that refuses an upload part-way
     * answers and closes; a client still writing may see its write fail, and then may or may not
     * read the answer (the TCP reset can discard it), so a test accepts either sign of refusal.
     */
    record Refusal(RawHttp.Answer answer, boolean cutOff) {}

    static Refusal postChunked(TestServer server, String key, List<Part> parts) throws IOException {
        String boundary = "licit-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + p.filename()
                            + "\"\r\nContent-Type: text/csv\r\n\r\n");
            body.write(p.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        byte[] bytes = body.toByteArray();
        try (java.net.Socket s = RawHttp.open(server.server.port())) {
            var out = s.getOutputStream();
            boolean cutOff = false;
            try {
                out.write(("POST /v1/lists/imports HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + key
                                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < bytes.length; i += 8192) {
                    int n = Math.min(8192, bytes.length - i);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes, i, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                cutOff = true; // the server closed while the body was still coming
            }
            return new Refusal(RawHttp.read(s, 10_000), cutOff);
        }
    }

    private static void write(ByteArrayOutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
