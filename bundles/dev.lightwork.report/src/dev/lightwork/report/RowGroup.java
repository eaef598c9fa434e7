package dev.lightwork.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lanes (or components) whose report rows would be identical, shown as one row with a count so a 512-lane design
 * keeps a readable table. Failing items are never grouped: each gets its own row.
 */
record RowGroup<T>(List<String> ids, T representative, boolean failing) {

    /**
     * Groups {@code items} (in lane order) by the row text {@code row} produces; {@code failing} items stay alone.
     */
    static <T> List<RowGroup<T>> of(Map<String, T> items, Function<T, String> row, Function<T, Boolean> failing) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        Map<String, T> first = new LinkedHashMap<>();
        List<RowGroup<T>> result = new ArrayList<>();
        Map<String, Integer> position = new LinkedHashMap<>();
        for (Map.Entry<String, T> e : items.entrySet()) {
            T item = e.getValue();
            if (failing.apply(item)) {
                result.add(new RowGroup<>(List.of(e.getKey()), item, true));
                continue;
            }
            String key = row.apply(item);
            if (!ids.containsKey(key)) {
                ids.put(key, new ArrayList<>());
                first.put(key, item);
                position.put(key, result.size());
                result.add(null); // placeholder keeps groups in order of their first lane
            }
            ids.get(key).add(e.getKey());
        }
        for (Map.Entry<String, Integer> p : position.entrySet()) {
            result.set(p.getValue(), new RowGroup<>(List.copyOf(ids.get(p.getKey())), first.get(p.getKey()), false));
        }
        return result;
    }

    int count() {
        return ids.size();
    }

    /** "lane3", or "lane0 ... lane511" with the count for a group (every id is in the row's title attribute). */
    String label() {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        if (ids.size() <= 4) {
            return String.join(", ", ids);
        }
        return ids.get(0) + ", " + ids.get(1) + " ... " + ids.get(ids.size() - 1);
    }
}
