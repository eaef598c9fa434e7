package dev.lightwork.analysis.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.lightwork.analysis.format.QuantityFormat;
import dev.lightwork.analysis.link.LinkBudget;

/**
 * Lanes (or other items) that read the same, shown as one row with a count so a 512-lane design keeps a readable
 * table; an item that must be seen alone (a failing lane) is never grouped. One decision for every face: the review
 * report's tables and the Link Budget and Power views group with it.
 *
 * @param ids the items of the group in their original order
 * @param representative the first item (all of them read the same)
 * @param failing whether this is an item kept alone
 */
public record LaneGroup<T>(List<String> ids, T representative, boolean failing) {

    public LaneGroup {
        ids = List.copyOf(ids);
    }

    /**
     * Groups {@code items} (in their order) by the text {@code row} produces; {@code alone} items get a group each.
     * Groups keep the order of their first item.
     */
    public static <T> List<LaneGroup<T>> of(Map<String, T> items, Function<T, String> row, Predicate<T> alone) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        Map<String, T> first = new LinkedHashMap<>();
        List<LaneGroup<T>> result = new ArrayList<>();
        Map<String, Integer> position = new LinkedHashMap<>();
        for (Map.Entry<String, T> e : items.entrySet()) {
            T item = e.getValue();
            if (alone.test(item)) {
                result.add(new LaneGroup<>(List.of(e.getKey()), item, true));
                continue;
            }
            String key = row.apply(item);
            if (!ids.containsKey(key)) {
                ids.put(key, new ArrayList<>());
                first.put(key, item);
                position.put(key, result.size());
                result.add(null); // placeholder keeps groups in order of their first item
            }
            ids.get(key).add(e.getKey());
        }
        for (Map.Entry<String, Integer> p : position.entrySet()) {
            result.set(p.getValue(), new LaneGroup<>(ids.get(p.getKey()), first.get(p.getKey()), false));
        }
        return result;
    }

    /**
     * Lanes whose link budgets are identical at printing precision (every term as {@link QuantityFormat} prints it, the
     * PMD and the problems) share a group; a lane below {@code requiredMarginDb} or with an unknown margin is alone.
     *
     * @param budgets by lane id, in lane order
     */
    public static List<LaneGroup<LinkBudget>> ofBudgets(Map<String, LinkBudget> budgets, double requiredMarginDb) {
        return of(budgets, LaneGroup::budgetKey, b -> !b.passes(requiredMarginDb));
    }

    /** Lane powers (W, by lane id) equal to the milliwatt share one group. */
    public static List<LaneGroup<Double>> ofLanePowers(Map<String, Double> laneW) {
        return of(laneW, QuantityFormat::watts, w -> false);
    }

    /** What two lanes must share to be "identical": every budget term as printed, the PMD and the problems. */
    public static String budgetKey(LinkBudget b) {
        Stream<String> terms = Stream.of(QuantityFormat.db(b.laserOutputDbm()), QuantityFormat.db(b.temperatureDeratingDb()),
                b.sharedLaser() ? "1:" + b.laserLaneCount() + " " + QuantityFormat.db(b.splitLossDb()) : "none",
                QuantityFormat.db(b.modulatorLossDb()), QuantityFormat.db(b.muxLossDb()), QuantityFormat.db(b.txAttachLossDb()),
                QuantityFormat.db(b.averageLaunchDbm()), QuantityFormat.db(b.extinctionRatioDb()), QuantityFormat.db(b.txOmaDbm()),
                QuantityFormat.db(b.tdecqDb()), QuantityFormat.db(b.fibreLossDb()), QuantityFormat.db(b.connectorLossDb()),
                QuantityFormat.db(b.spliceLossDb()), QuantityFormat.db(b.channelInsertionLossDb()), QuantityFormat.db(b.penaltiesDb()),
                QuantityFormat.db(b.rxOmaDbm()), QuantityFormat.db(b.marginReferenceDbm()), QuantityFormat.db(b.pmdSensitivityDbm()),
                QuantityFormat.db(b.marginDb()), QuantityFormat.ber(b.preFecBer(), b.preFecBerIsBound()),
                QuantityFormat.ber(b.postFecBer(), b.postFecBerIsBound()), QuantityFormat.db(b.demuxLossDb()),
                QuantityFormat.db(b.rxAttachLossDb()), QuantityFormat.db(b.detectorOmaDbm()), QuantityFormat.db(b.derivedSensitivityDbm()),
                QuantityFormat.db(b.internalMarginDb()));
        return terms.collect(Collectors.joining("|")) + "|" + b.pmdId() + "|" + b.problems();
    }

    public int count() {
        return ids.size();
    }

    /** "lane3", "lane0, lane1, lane2", or "lane0, lane1 ... lane511" for a large group. */
    public String label() {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        if (ids.size() <= 4) {
            return String.join(", ", ids);
        }
        return ids.get(0) + ", " + ids.get(1) + " ... " + ids.get(ids.size() - 1);
    }
}
