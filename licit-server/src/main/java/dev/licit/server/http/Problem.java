package dev.licit.server.http;

/**
 * An RFC 9457 problem: thrown by handlers, written as {@code application/problem+json}. Never
 * carries a stack trace or an internal exception message.
 */
public final class Problem extends RuntimeException {
    private final int status;
    private final String title;
    private final String type;

    public Problem(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.type = "https://licit.dev/problems/"
                + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "Bad request", detail);
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Not found", detail);
    }

    public static Problem unauthorized() {
        return new Problem(401, "Unauthorized", "Send a valid API key as 'Authorization: Bearer <key>'.");
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String type() {
        return type;
    }
}
