package dev.licit.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;

/**
 * JSON factories for code on a request path. Jackson keeps its read and write buffers per thread by
 * default; a server runs each request on a new virtual thread, so those buffers (tens of KB) would
 * be allocated afresh for every request. These factories share one bounded pool of buffers instead (Jackson's own, 100 sets at most).
 */
public final class JsonFactories {
    private JsonFactories() {}

    /** A new JSON factory that takes its buffers from a pool shared by all threads. */
    public static JsonFactory pooled() {
        return JsonFactory.builder()
                .recyclerPool(JsonRecyclerPools.sharedBoundedPool())
                .build();
    }
}
