package dev.lightwork.ui.views;

/** A row of the per-lane power table: the lane's share of the parts it uses (W) and of the module load. */
public record LanePower(String laneId, double watts, double shareOfLoad) {
}
