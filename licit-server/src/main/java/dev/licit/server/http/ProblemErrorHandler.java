package dev.licit.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors as RFC 9457 problems. Jetty answers some requests before the application sees
 * them (a request line too long: 414; headers too large: 431; a malformed request: 400; a failure
 * outside the handlers: 500), by default with an HTML page that names Jetty and may echo the
 * request. A client of the API gets the same problem+json as from every handler instead, with a
 * fixed text: nothing of the request or the exception is echoed.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    private static final String TYPE = "application/problem+json";

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(
                true,
                ByteBuffer.wrap(body(
                        code,
                        request.getHttpURI() == null
                                ? null
                                : request.getHttpURI().getPath())),
                callback);
    }

    /** The parser's refusals (431, 414, 400 before a request exists) come here, without a request to answer. */
    @Override
    @SuppressWarnings("removal") // still called by Jetty 12.1's HTTP/1 parser for requests it cannot read
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, TYPE);
        return ByteBuffer.wrap(body(status, null));
    }

    static byte[] body(int status, String path) {
        Problem p = forStatus(status);
        var o = Json.object()
                .put("type", p.type())
                .put("title", p.title())
                .put("status", p.status())
                .put("detail", p.getMessage());
        if (path != null && path.length() <= 200) {
            o.put("instance", path);
        }
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A fixed text per status: the request and the exception are not echoed. */
    public static Problem forStatus(int status) {
        return switch (status) {
            case 400 -> Problem.badRequest("the request is malformed");
            case 404 -> Problem.notFound("no such resource");
            case 405 -> new Problem(405, "Method not allowed", "the method is not allowed on this resource");
            case 408 -> new Problem(408, "Request timeout", "the request did not arrive in time");
            case 413 -> new Problem(413, "Content too large", "the request body is larger than this route accepts");
            case 414 -> new Problem(414, "URI too long", "the request line is longer than the server accepts");
            case 431 ->
                new Problem(
                        431,
                        "Request header fields too large",
                        "the request headers are larger than the server accepts");
            case 500 ->
                new Problem(
                        500,
                        "Internal error",
                        "The request could not be completed; the failure is logged on the server.");
            case 503 ->
                new Problem(503, "Service unavailable", "the server cannot take the request now; try again later");
            default -> new Problem(status, HttpStatus.getMessage(status), HttpStatus.getMessage(status));
        };
    }
}
