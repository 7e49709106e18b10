package org.speclab.app.lanes;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.speclab.app.lanes.LanesModel.SeqPoint;
import org.speclab.app.lanes.LanesModel.Span;

/**
 * The mm_lock_seq track under the lanes: a step plot of the count over the step axis, the value written at each
 * change, and each odd span (a write section) shaded, hatched and labelled "writer", so it never rests on colour.
 */
final class SeqTrackPainter {
    static final String LEGEND = "mm_lock_seq";
    private final LanesPalette p;
    private final GraphicsContext g;
    private final LaneScale sc;
    private final LanesModel m;
    private final LabelBoard board;

    SeqTrackPainter(LanesPalette p, GraphicsContext g, LaneScale sc, LanesModel m, LabelBoard board) {
        this.board = board;
        this.p = p;
        this.g = g;
        this.sc = sc;
        this.m = m;
    }

    /** Where the count after {@code step} starts to hold, and where a run ending at {@code step} stops. */
    double start(int step) { return step == 0 ? sc.x(0) - sc.slot() / 2 : sc.x(step); }

    double end(int step) { return step < m.current() ? sc.x(step + 1) : sc.x(m.current()) + sc.slot() / 2; }

    /** The write sections as bands; in the track ({@code track}) also hatched and labelled. */
    void shadeOdd(double top, double height, boolean track) {
        g.save();
        g.beginPath();
        g.rect(sc.left(), top, sc.width(), height);
        g.clip();
        Color odd = p.odd();
        for (Span s : m.odd()) {
            double x0 = start(s.from());
            double x1 = end(s.to());
            g.setFill(track ? odd : odd.deriveColor(0, 1, 1, 0.5));
            g.fillRect(x0, top, x1 - x0, height);
            if (track) hatch(x0, top, x1 - x0, height);
        }
        g.restore();
    }

    void paint(double top, double height, double gutter) {
        g.setStroke(p.rule());
        g.setLineWidth(1);
        g.strokeRect(sc.left(), top, sc.width(), height);
        Font small = p.small();
        javafx.geometry.Bounds track = LabelBoard.region(0, top, sc.right(), height);
        javafx.geometry.Bounds plot = LabelBoard.region(sc.left(), top, sc.width(), height);
        board.ask(2, track, new LabelBoard.Place(LEGEND, 4, top + 2, small, p.muted(), TextAlignment.LEFT, VPos.TOP, null));
        List<SeqPoint> pts = m.seq();
        if (pts.isEmpty()) return;
        // the count now, large in the gutter's corner; smaller when the track is low and the legend is in the way
        String now = Long.toString(pts.get(pts.size() - 1).value());
        double size = Math.min(p.value().getSize(), height * 0.55);
        LabelBoard.Place[] values = new LabelBoard.Place[3];
        for (int k = 0; k < values.length; k++) {
            Font big = Font.font(p.value().getFamily(), FontWeight.BOLD, Math.max(small.getSize(), size * (1 - 0.25 * k)));
            values[k] = new LabelBoard.Place(now, gutter - 8, top + height - 2, big, p.text(), TextAlignment.RIGHT, VPos.BOTTOM, null);
        }
        board.ask(3, track, values);
        shadeOdd(top, height, true);
        writerLabels(top, small, plot);

        long lo = pts.stream().mapToLong(SeqPoint::value).min().orElse(0);
        long hi = pts.stream().mapToLong(SeqPoint::value).max().orElse(0);
        double yTop = top + small.getSize() + 6;
        double yBottom = top + height - 5;
        g.save();
        g.beginPath();
        g.rect(sc.left(), top, sc.width(), height);
        g.clip();
        g.setStroke(p.text());
        g.setLineWidth(2.2);
        double lastLabel = Double.NEGATIVE_INFINITY;
        int i = 0;
        while (i < pts.size()) {
            // one horizontal run per value, then the riser to the next value
            int j = i;
            while (j + 1 < pts.size() && pts.get(j + 1).value() == pts.get(i).value()) j++;
            SeqPoint pt = pts.get(i);
            double y = y(pt.value(), lo, hi, yTop, yBottom);
            double x0 = start(pt.step());
            double x1 = j + 1 < pts.size() ? start(pts.get(j + 1).step()) : end(pts.get(j).step());
            g.strokeLine(x0, y, x1, y);
            if (j + 1 < pts.size()) g.strokeLine(x1, y, x1, y(pts.get(j + 1).value(), lo, hi, yTop, yBottom));
            String v = Long.toString(pt.value());
            if (x0 + 2 > lastLabel) {
                board.ask(5, plot, new LabelBoard.Place(v, x0 + 3, y - 2, small, p.text(), TextAlignment.LEFT, VPos.BOTTOM, null));
                lastLabel = x0 + 3 + v.length() * small.getSize() * 0.7;
            }
            i = j + 1;
        }
        g.restore();
    }

    /** "writer" across an odd span, when it fits beside the value written at the span's start. */
    private void writerLabels(double top, Font small, javafx.geometry.Bounds plot) {
        Font f = Font.font(p.small().getFamily(), FontWeight.BOLD, p.small().getSize());
        for (Span s : m.odd()) {
            double x0 = Math.max(start(s.from()), sc.left());
            double x1 = Math.min(end(s.to()), sc.right());
            if (x1 - x0 < f.getSize() * 4.2 + small.getSize() * 2.5) continue;
            board.ask(6, plot, new LabelBoard.Place("writer", (x0 + x1) / 2 + small.getSize(), top + 2, f, p.writer().darker(), TextAlignment.CENTER, VPos.TOP, null));
        }
    }

    /** Diagonal hatching: the odd span reads as "different" even without colour. */
    private void hatch(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
        g.setStroke(p.writer().deriveColor(0, 1, 1, 0.55));
        g.setLineWidth(1);
        for (double d = -h; d < w; d += 7) g.strokeLine(x + d, y + h, x + d + h, y);
        g.restore();
    }

    private static double y(long v, long lo, long hi, double yTop, double yBottom) {
        if (hi == lo) return (yTop + yBottom) / 2;
        return yBottom - (double) (v - lo) / (hi - lo) * (yBottom - yTop);
    }
}
