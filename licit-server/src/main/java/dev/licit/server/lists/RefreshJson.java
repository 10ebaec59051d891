package dev.licit.server.lists;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.screening.fetch.FetchOutcome;
import dev.licit.server.http.Json;

/** The last scheduled fetch as /health shows it: when, and each source's line as {@code lists fetch} prints it. */
public final class RefreshJson {
    private RefreshJson() {}

    public static ObjectNode of(ListRefresher.Run run) {
        ObjectNode o = Json.object().put("at", run.at().toString());
        switch (run) {
            case ListRefresher.Run.Fetched f -> {
                o.put("status", "fetched");
                o.put("switchedTo", f.switchedTo());
                ArrayNode lines = o.putArray("sources");
                for (FetchOutcome out : f.outcomes()) {
                    lines.add(out.line());
                }
            }
            case ListRefresher.Run.Skipped s -> o.put("status", "skipped").put("reason", s.reason());
            case ListRefresher.Run.Broken b -> o.put("status", "failed").put("reason", b.reason());
        }
        return o;
    }
}
