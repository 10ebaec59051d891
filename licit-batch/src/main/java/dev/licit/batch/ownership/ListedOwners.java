package dev.licit.batch.ownership;

import dev.licit.core.io.InputException;
import dev.licit.core.ownership.OwnershipGraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The listed roots of a covered-set computation: which entities are on which lists, by node key. Read
 * from a CSV {@code name,list,possible} (one row per entry; {@code possible} true for a possible match a
 * person must confirm, as screening reports it). Small next to the graph: Spark broadcasts it.
 */
public record ListedOwners(Map<String, Entry> byKey) implements Serializable {
    /** One entity's entries: the list codes it is confirmed on, and those it possibly is. */
    record Entry(Set<String> confirmed, Set<String> possible) implements Serializable {
        public Entry {
            confirmed = Set.copyOf(confirmed);
            possible = Set.copyOf(possible);
        }

        /** The entity's codes on {@code lists} that count in a computation that does or does not take possible matches. */
        public Set<String> on(List<String> lists, boolean withPossible) {
            Set<String> out = new TreeSet<>();
            for (String l : lists) {
                if (confirmed.contains(l) || (withPossible && possible.contains(l))) {
                    out.add(l);
                }
            }
            return out;
        }
    }

    public ListedOwners {
        byKey = Map.copyOf(byKey);
    }

    public Entry of(String key) {
        return byKey.get(key);
    }

    public static ListedOwners read(Path file) throws IOException {
        Map<String, Set<String>> confirmed = new HashMap<>();
        Map<String, Set<String>> possible = new HashMap<>();
        String name = file.toString();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null
                    || !OwnershipCsv.fields(header.replace("\uFEFF", "")).equals(List.of("name", "list", "possible"))) {
                throw new InputException(name + ":1: the header must be name,list,possible");
            }
            String line;
            long n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = OwnershipCsv.fields(line);
                if (f.size() != 3 || f.get(0).isBlank() || f.get(1).isBlank()) {
                    throw new InputException(name + ":" + n + ": expected name,list,possible with a name and a list");
                }
                String key = OwnershipGraph.key(f.get(0).strip());
                boolean isPossible = switch (f.get(2).strip()) {
                    case "true" -> true;
                    case "false", "" -> false;
                    default ->
                        throw new InputException(name + ":" + n + ": possible is true or false, not '"
                                + f.get(2).strip() + "'");
                };
                (isPossible ? possible : confirmed)
                        .computeIfAbsent(key, k -> new TreeSet<>())
                        .add(f.get(1).strip());
            }
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + name);
        }
        Map<String, Entry> out = new HashMap<>();
        Set<String> keys = new TreeSet<>(confirmed.keySet());
        keys.addAll(possible.keySet());
        for (String k : keys) {
            out.put(k, new Entry(confirmed.getOrDefault(k, Set.of()), possible.getOrDefault(k, Set.of())));
        }
        return new ListedOwners(out);
    }
}
