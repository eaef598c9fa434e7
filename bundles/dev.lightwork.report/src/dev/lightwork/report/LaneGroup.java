package dev.lightwork.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lanes whose report rows would be identical, shown as one row with a count so a 512-lane design keeps a
 * readable table. Lanes that fail are never grouped: each gets its own row.
 */
record LaneGroup<T>(List<String> laneIds, T representative, boolean failing) {

    /**
     * Groups {@code items} (in lane order) by the row text {@code row} produces; {@code failing} items stay alone.
     */
    static <T> List<LaneGroup<T>> of(Map<String, T> items, Function<T, String> row, Function<T, Boolean> failing) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        Map<String, T> first = new LinkedHashMap<>();
        List<LaneGroup<T>> result = new ArrayList<>();
        Map<String, Integer> position = new LinkedHashMap<>();
        for (Map.Entry<String, T> e : items.entrySet()) {
            T item = e.getValue();
            if (failing.apply(item)) {
                result.add(new LaneGroup<>(List.of(e.getKey()), item, true));
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
            result.set(p.getValue(), new LaneGroup<>(List.copyOf(ids.get(p.getKey())), first.get(p.getKey()), false));
        }
        return result;
    }

    int count() {
        return laneIds.size();
    }

    /** "lane3", or "lane0 ... lane511" with the count for a group (every id is in the row's title attribute). */
    String label() {
        if (laneIds.size() == 1) {
            return laneIds.get(0);
        }
        if (laneIds.size() <= 4) {
            return String.join(", ", laneIds);
        }
        return laneIds.get(0) + ", " + laneIds.get(1) + " ... " + laneIds.get(laneIds.size() - 1);
    }
}
