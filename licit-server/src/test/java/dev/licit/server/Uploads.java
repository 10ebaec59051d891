package dev.licit.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Multipart list uploads to POST /v1/lists/imports, as a browser's form would send them. */
final class Uploads {
    private Uploads() {
    }

    record Part(String filename, byte[] content) {
    }

    static HttpResponse<String> post(TestServer server, String key, List<Part> parts, boolean chunked) throws Exception {
        String boundary = "licit-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + p.filename()
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
        var request = HttpRequest.newBuilder(URI.create(server.base + "/v1/lists/imports"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(publisher).build();
        return server.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void write(ByteArrayOutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
