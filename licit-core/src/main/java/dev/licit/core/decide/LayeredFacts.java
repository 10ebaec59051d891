package dev.licit.core.decide;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The facts of one item on top of the facts of its order, without copying the order's facts for
 * every item. Writes go to the item layer.
 */
final class LayeredFacts extends AbstractMap<String, Object> {
    private final Map<String, Object> item;
    private final Map<String, Object> order;

    LayeredFacts(Map<String, Object> item, Map<String, Object> order) {
        this.item = item;
        this.order = order;
    }

    @Override
    public Object get(Object key) {
        Object v = item.get(key);
        return v != null ? v : order.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return item.containsKey(key) || order.containsKey(key);
    }

    @Override
    public Object put(String key, Object value) {
        return item.put(key, value);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new HashMap<>(order);
        all.putAll(item);
        return all.entrySet();
    }
}
