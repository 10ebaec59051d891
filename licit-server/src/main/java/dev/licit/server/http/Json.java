package dev.licit.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** JSON in and out of handlers with the project's mapper (the contract's field order, no reflection on domain types). */
public final class Json {
    /** Core's strict mapper: a request body is input from a client (a key given twice is refused, sizes bounded). */
    public static final ObjectMapper MAPPER = dev.licit.core.json.Json.STRICT;

    private Json() {}

    public static void send(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void ok(Context ctx, JsonNode body) {
        send(ctx, 200, body);
    }

    public static JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw Problem.badRequest("the request body is empty; a JSON document is expected");
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw Problem.badRequest("the body is not valid JSON (line " + line + "): " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw Problem.badRequest("the body cannot be read");
        }
    }

    /**
     * The body of a route that needs no key, read from the stream and refused (413) as soon as it
     * passes {@code limit} bytes: a chunked body without a length is never buffered whole.
     */
    public static JsonNode bodyAtMost(Context ctx, int limit) {
        byte[] bytes;
        try {
            bytes = ctx.req().getInputStream().readNBytes(limit + 1);
        } catch (java.io.IOException e) {
            throw Problem.badRequest("the body cannot be read");
        }
        if (bytes.length > limit) {
            throw new Problem(413, "Content too large", "the request body exceeds " + limit + " bytes");
        }
        if (bytes.length == 0) {
            throw Problem.badRequest("the request body is empty; a JSON document is expected");
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("the body is not valid JSON");
        } catch (java.io.IOException e) {
            throw Problem.badRequest("the body cannot be read");
        }
    }

    public static String bodyText(Context ctx) {
        return new String(ctx.bodyAsBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static void problem(Context ctx, Problem p) {
        ObjectNode o = object();
        o.put("type", p.type());
        o.put("title", p.title());
        o.put("status", p.status());
        o.put("detail", p.getMessage());
        o.put("instance", ctx.path());
        try {
            ctx.status(p.status()).contentType("application/problem+json").result(MAPPER.writeValueAsBytes(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
