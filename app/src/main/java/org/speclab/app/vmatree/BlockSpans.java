package org.speclab.app.vmatree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each block sits on the strip, in pixels: at its addresses, except that a block too narrow for its words
 * (a one-page VMA next to a large one) is widened, taking the room from its wider neighbours in the same lane.
 * The strip stays in address order and the blocks keep their gaps; only the scale is no longer linear. When the
 * lane has not room enough for every block's words, the blocks keep what they get and say they clip (the card
 * then scales the view down). A lane whose blocks all fit with their state beside their title asks for that (one
 * line high); else each block asks the least that shows its words, its state wrapped under its title.
 */
final class BlockSpans {
    private BlockSpans() {}

    /** Left and right edge of each block, 0 at the strip's left, for a strip {@code width} wide. */
    static Map<BlockNode, double[]> widen(List<BlockNode> blocks, double width) {
        Map<BlockNode, double[]> out = new HashMap<>();
        Map<Long, List<BlockNode>> lanes = new HashMap<>();
        for (BlockNode n : blocks) {
            out.put(n, new double[] {n.x0.get() * width, n.x1.get() * width});
            lanes.computeIfAbsent(Math.round(n.lane.get()), k -> new ArrayList<>()).add(n);
        }
        for (List<BlockNode> lane : lanes.values()) widen(lane, width, oneLineFits(lane, width), out);
        return out;
    }

    /** Every block of the lane, each at least as wide as its title and state on one line, side by side. */
    private static boolean oneLineFits(List<BlockNode> lane, double width) {
        double sum = 0;
        for (BlockNode n : lane) sum += Math.max(n.wantedWidth(true), (n.x1.get() - n.x0.get()) * width);
        return sum <= width;
    }

    private static void widen(List<BlockNode> lane, double width, boolean oneLine, Map<BlockNode, double[]> out) {
        lane.sort(Comparator.comparingDouble(n -> n.x0.get()));
        int k = lane.size();
        double[] w = new double[k];
        double[] want = new double[k];
        double deficit = 0;
        double slack = 0;
        for (int i = 0; i < k; i++) {
            double[] s = out.get(lane.get(i));
            w[i] = Math.max(0, s[1] - s[0]);
            want[i] = Math.min(lane.get(i).wantedWidth(oneLine), width);
            deficit += Math.max(0, want[i] - w[i]);
            slack += Math.max(0, w[i] - want[i]);
        }
        if (deficit <= 0.5) return;
        // widths: the narrow grow to their words; when the lane has not room for that, the wide give up room in
        // proportion to what they can spare (and the narrow grow as far as that goes)
        double free = width;
        for (double x : w) free -= x;
        double fromWide = Math.max(0, deficit - Math.max(0, free));
        double take = slack <= 0 ? 0 : Math.min(1, fromWide / slack);
        double grow = Math.min(1, (Math.max(0, free) + slack * take) / deficit);
        double[] d = new double[k];
        for (int i = 0; i < k; i++) d[i] = w[i] < want[i] ? w[i] + (want[i] - w[i]) * grow : w[i] - (w[i] - want[i]) * take;
        // places: each at its address or right after the block before it; then pulled back inside the strip
        double[] x = new double[k];
        double end = 0;
        for (int i = 0; i < k; i++) {
            x[i] = Math.max(out.get(lane.get(i))[0], end);
            end = x[i] + d[i];
        }
        double limit = width;
        for (int i = k - 1; i >= 0; i--) {
            if (x[i] + d[i] > limit) x[i] = Math.max(0, limit - d[i]);
            limit = x[i];
        }
        for (int i = 0; i < k; i++) out.get(lane.get(i))[0] = x[i];
        for (int i = 0; i < k; i++) out.get(lane.get(i))[1] = x[i] + d[i];
    }
}
