package dev.licit.server;

import dev.licit.server.auth.Role;
import dev.licit.server.http.Problem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * The web UI: plain HTML, CSS and JavaScript served from the jar (no front-end toolchain). The
 * sign-in page and the static assets (code, no data) are public; every page names the roles that
 * may open it, and every piece of data comes from the authenticated API.
 */
final class WebUi {
    private WebUi() {}

    static void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.redirect("/ui/"));
        routes.get("/login", ctx -> page(ctx, "login"));
        routes.get("/assets/{file}", WebUi::asset);
        Role[] all = Role.values();
        routes.get("/ui/", ctx -> page(ctx, "ui/decide"), all);
        routes.get("/ui/chips", ctx -> page(ctx, "ui/chips"), all);
        routes.get("/ui/decisions", ctx -> page(ctx, "ui/decisions"), all);
        routes.get("/ui/screen", ctx -> page(ctx, "ui/screen"), all);
        routes.get("/ui/cases", ctx -> page(ctx, "ui/cases"), Role.REVIEWER, Role.ADMIN);
        routes.get("/ui/licenses", ctx -> page(ctx, "ui/licenses"), Role.REVIEWER, Role.ADMIN);
        routes.get("/ui/audit", ctx -> page(ctx, "ui/audit"), Role.ADMIN);
        routes.get("/ui/admin", ctx -> page(ctx, "ui/admin"), Role.ADMIN);
    }

    private static void page(Context ctx, String name) throws IOException {
        // no inline script or style anywhere in the UI: an injected <script> or style attribute does not run
        ctx.header("Content-Security-Policy", LicitServer.PAGE_POLICY);
        LicitServer.resource(ctx, "/licit/web/" + name + ".html", "text/html; charset=utf-8");
    }

    private static void asset(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        if (!file.matches("[a-z0-9-]+\\.(css|js)")) {
            throw Problem.notFound("no such asset");
        }
        LicitServer.resource(ctx, "/licit/web/assets/" + file, contentType(file));
    }

    static String contentType(String file) {
        if (file.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (file.endsWith(".png")) {
            return "image/png";
        }
        if (file.endsWith(".json") || file.endsWith(".map")) {
            return "application/json";
        }
        return "application/octet-stream";
    }
}
