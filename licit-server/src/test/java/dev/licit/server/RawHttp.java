package dev.licit.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 over a plain socket: for requests no well-behaved client sends (slow, oversized, malformed). */
final class RawHttp {
    private RawHttp() {}

    /** What came back: the status line's code (0 if the connection closed first) and the whole text read. */
    record Answer(int status, String text) {
        String header(String name) {
            for (String line : text.split("\r\n")) {
                if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                    return line.substring(name.length() + 1).trim();
                }
                if (line.isEmpty()) {
                    break;
                }
            }
            return null;
        }

        String body() {
            int i = text.indexOf("\r\n\r\n");
            return i < 0 ? "" : text.substring(i + 4);
        }
    }

    static Socket open(int port) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        s.setSoTimeout(10_000);
        return s;
    }

    /** Sends the request as given and reads until the server closes or stops answering. */
    static Answer exchange(int port, String request) throws IOException {
        try (Socket s = open(port)) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return read(s, 10_000);
        }
    }

    static Answer read(Socket s, int timeoutMillis) throws IOException {
        s.setSoTimeout(timeoutMillis);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                String text = out.toString(StandardCharsets.ISO_8859_1);
                if (complete(text)) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // what arrived so far is the answer
        }
        String text = out.toString(StandardCharsets.UTF_8);
        int status = text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : 0;
        return new Answer(status, text);
    }

    /** A response with a Content-Length is complete once that many body bytes are in. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Answer head = new Answer(0, text);
        String length = head.header("Content-Length");
        return length != null && text.length() - end - 4 >= Integer.parseInt(length);
    }

    /** True when the server has closed the socket (a read sees the end, or a reset). */
    static boolean closedByServer(Socket s) {
        try {
            s.setSoTimeout(50);
            s.getInputStream().read(); // the end of the stream, or an error answer the server sends as it closes
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
