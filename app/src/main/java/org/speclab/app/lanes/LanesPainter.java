package org.speclab.app.lanes;

import java.util.List;
import org.speclab.app.theme.ThreadShape;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.speclab.app.lanes.LanesModel.Bracket;
import org.speclab.app.lanes.LanesModel.Lane;
import org.speclab.app.lanes.LanesModel.Mark;
import org.speclab.app.lanes.LanesModel.Role;

/**
 * Draws a {@link LanesModel} on a canvas: lanes with a name gutter, the readers' brackets, the step marks, and
 * the mm_lock_seq track below ({@link SeqTrackPainter}). Geometry is in fractions of the canvas size.
 */
final class LanesPainter {
    private static final double READER_WEIGHT = 1.6;
    private static final double DAEMON_WEIGHT = 0.6;
    private static final double MAX_NAME_MARKER = 8;

    private final LanesPalette p;
    private final Text measure = new Text();
    private final LabelBoard board = new LabelBoard();
    private List<LabelBoard.Box> labels = List.of();

    LanesPainter(LanesPalette palette) { this.p = palette; }

    /** {@code appear} (0..1) grows the newest mark in, so the class sees where the step landed. */
    void paint(GraphicsContext g, double w, double h, LanesModel m, double appear) {
        g.clearRect(0, 0, w, h);
        labels = List.of();
        if (m.lanes().isEmpty() || w < 40 || h < 40) return;
        double pad = 3;
        double gutter = Math.min(Math.max(w * 0.3, w - 12 * p.small().getSize()), gutter(m));
        double trackH = Math.max(trackMin(), h * 0.27);
        double lanesBottom = h - trackH - pad;
        LaneScale sc = LaneScale.fit(gutter, w - gutter - pad, m.span(), m.current(), Math.max(12, p.small().getSize() * 1.3));

        // the write sections, faintly across the lanes too, so their overlap with a bracket is plain
        SeqTrackPainter track = new SeqTrackPainter(p, g, sc, m, board);
        track.shadeOdd(pad, lanesBottom - pad, false);

        // each lane its name's height, then the rest by weight (a reader's lane holds its bracket)
        double total = 0;
        double least = 0;
        for (Lane l : m.lanes()) {
            total += weight(l);
            least += laneMin(l);
        }
        double area = lanesBottom - pad;
        double squeeze = area < least ? area / least : 1;
        double rest = Math.max(0, area - least);
        double y = pad;
        for (int i = 0; i < m.lanes().size(); i++) {
            Lane lane = m.lanes().get(i);
            double lh = laneMin(lane) * squeeze + rest * weight(lane) / total;
            lane(g, sc, m, lane, y, lh, w, i, appear);
            y += lh;
        }
        track.paint(lanesBottom + pad, trackH - pad * 2, gutter);
        if (m.current() > 0 && sc.visible(m.current())) {
            g.setStroke(p.text().deriveColor(0, 1, 1, 0.35));
            g.setLineWidth(1);
            g.setLineDashes(3, 3);
            g.strokeLine(sc.x(m.current()), pad, sc.x(m.current()), h - pad);
            g.setLineDashes((double[]) null);
        }
        // the labels last, on top, in rank order: a short card drops the lesser ones instead of piling them up
        labels = board.draw(g);
    }

    /**
     * The least height at which every lane shows its name (at the small size at least) and the track its legend and count: lower,
     * names would have to shrink below the card's smallest type (they never do; the card scales as a whole).
     */
    double minHeight(LanesModel m) {
        double least = 0;
        for (Lane l : m.lanes()) least += laneMin(l);
        double pad = 3;
        return Math.ceil(Math.max(least + 2 * pad + trackMin() + pad, (least + 3 * pad) / 0.73));
    }

    /** The narrowest the canvas may be: its name gutter beside a plot of a few steps. */
    double minWidth(LanesModel m) { return m.lanes().isEmpty() ? 0 : Math.ceil(gutter(m) + 12 * p.small().getSize()); }

    /**
     * A lane's least height: its name at the small size at least (a taller lane draws it larger), an RCU
     * machine's too: a lane the class cannot name is a lane it cannot follow.
     */
    private double laneMin(Lane l) { return Math.ceil(p.small().getSize() * 1.25); }

    /** The track's least height: its legend over a readable count and plot. */
    private double trackMin() { return Math.max(40, p.small().getSize() * 2.8); }

    /** The labels the last paint drew (for tests: none overlaps another). */
    List<LabelBoard.Box> labels() { return labels; }

    /** Wide enough for the longest lane name with its marker, and for the track's legend. */
    private double gutter(LanesModel m) {
        double names = width(SeqTrackPainter.LEGEND, p.small());
        for (Lane l : m.lanes()) names = Math.max(names, width(l.name(), nameFont(l)) + 4 + MAX_NAME_MARKER * 2.6);
        return names + 12;
    }

    private Font nameFont(Lane l) { return nameFont(l, Double.MAX_VALUE); }

    /** The lane's name font, shrunk to fit a low lane (a small window). */
    private Font nameFont(Lane l, double laneHeight) {
        Font f = l.role() == Role.DAEMON ? p.small() : p.name();
        // never below the card's small type: a lane too low for its name is a card too small (minHeight)
        double size = Math.min(f.getSize(), Math.max(p.small().getSize(), laneHeight * 0.8));
        return Font.font(f.getFamily(), l.role() == Role.DAEMON ? FontWeight.NORMAL : FontWeight.BOLD, size);
    }

    private static double weight(Lane l) {
        return l.role() == Role.READER ? READER_WEIGHT : l.role() == Role.DAEMON ? DAEMON_WEIGHT : 1;
    }

    private void lane(GraphicsContext g, LaneScale sc, LanesModel m, Lane lane, double top, double lh, double w, int row, double appear) {
        if (row % 2 == 1) {
            g.setFill(p.rule().deriveColor(0, 1, 1, 0.18));
            g.fillRect(0, top, w, lh);
        }
        g.setStroke(p.rule());
        g.setLineWidth(1);
        g.strokeLine(0, top + lh, w, top + lh);
        // a reader's lane keeps a strip at its bottom for the bracket labels
        double strip = lane.role() == Role.READER ? p.small().getSize() + 6 : 0;
        double cy = top + (lh - strip) / 2;
        Color role = p.role(lane.role());
        double r = Math.min(lh * 0.2, MAX_NAME_MARKER);
        shape(g, lane.shape(), 4 + r * 1.3, top + lh / 2, r, role, null);
        // every lane's name comes first (the lane is at least its height); a daemon's (rcu) is muted
        Color nameColour = lane.role() == Role.DAEMON ? p.muted() : p.text();
        Font nf = nameFont(lane, lh);
        LabelBoard.Place[] names = new LabelBoard.Place[3];
        for (int k = 0; k < names.length; k++) {
            Font f = Font.font(nf.getFamily(), lane.role() == Role.DAEMON ? FontWeight.NORMAL : FontWeight.BOLD, Math.max(p.small().getSize(), nf.getSize() * (1 - 0.18 * k)));
            names[k] = new LabelBoard.Place(lane.name(), 8 + r * 2.6, top + lh / 2, f, nameColour, TextAlignment.LEFT, VPos.CENTER, null);
        }
        board.ask(0, LabelBoard.region(0, top, sc.left(), lh), names);
        javafx.geometry.Bounds laneArea = LabelBoard.region(sc.left(), top, sc.width(), lh);

        g.save();
        g.beginPath();
        g.rect(sc.left(), top, sc.width(), lh);
        g.clip();
        for (Bracket b : m.brackets()) if (b.thread() == lane.thread()) bracket(g, sc, b, top, lh, strip, laneArea);
        double slot = sc.slot();
        double mr = Math.max(2.5, Math.min(Math.min(lh * 0.17, slot * 0.36), 9));
        boolean roomForLabels = lh - strip >= mr * 2 + p.small().getSize() * 1.8;
        for (Mark mk : m.marksOf(lane.thread())) {
            if (!sc.visible(mk.step())) continue;
            double x = sc.x(mk.step());
            if (mk.current()) continue;
            shape(g, lane.shape(), x, cy, mr, role, null);
            double tw = width(mk.label(), p.small());
            if (roomForLabels && tw <= slot * 1.9) {
                boolean above = mk.step() % 2 == 0;
                board.ask(7, laneArea, new LabelBoard.Place(mk.label(), x, above ? cy - mr - 1 : cy + mr + 1, p.small(), p.muted(),
                        TextAlignment.CENTER, above ? VPos.BOTTOM : VPos.TOP, null));
            }
        }
        g.restore();
        for (Mark mk : m.marksOf(lane.thread())) {
            if (mk.current() && sc.visible(mk.step())) current(g, sc, sc.x(mk.step()), cy, mr, lane, role, mk.label(), appear);
        }
    }

    /** The step just executed: bigger, ringed, and labelled (above it, else beside it in a low lane). */
    private void current(GraphicsContext g, LaneScale sc, double x, double cy, double mr, Lane lane, Color role, String label, double appear) {
        double r = Math.max(mr * 1.5, 5) * (0.4 + 0.6 * appear);
        g.setGlobalAlpha(0.3 + 0.7 * appear);
        shape(g, lane.shape(), x, cy, r, role, p.text());
        g.setGlobalAlpha(1);
        Font f = Font.font(p.small().getFamily(), FontWeight.BOLD, p.small().getSize() * 1.1);
        Color back = p.card().deriveColor(0, 1, 1, 0.85);
        // beside the mark, level with it, but never above the canvas's top edge
        double side = Math.max(2, cy - f.getSize() * 0.65);
        board.ask(1, LabelBoard.region(sc.left(), 0, sc.width(), Double.MAX_VALUE),
                new LabelBoard.Place(label, x, cy - r - 4, f, p.text(), TextAlignment.CENTER, VPos.BOTTOM, back),
                new LabelBoard.Place(label, x + r + 6, side, f, p.text(), TextAlignment.LEFT, VPos.TOP, back),
                new LabelBoard.Place(label, x - r - 6, side, f, p.text(), TextAlignment.RIGHT, VPos.TOP, back),
                new LabelBoard.Place(label, x, cy + r + 4, f, p.text(), TextAlignment.CENTER, VPos.TOP, back));
    }

    /**
     * A reader's [S2 … S9] window, over the whole lane: green with ✓ when no write section touched it, red,
     * thicker and with ✗ when one did; dashed along the bottom while still open. The label sits in the strip at
     * the lane's bottom, inside the bracket when it fits, else just after it.
     */
    private void bracket(GraphicsContext g, LaneScale sc, Bracket b, double top, double lh, double strip, javafx.geometry.Bounds laneArea) {
        double half = sc.slot() * 0.46;
        double x0 = sc.x(b.from()) - half;
        double x1 = sc.x(b.to()) + half;
        double y0 = top + 2;
        double y1 = top + lh - 2;
        Color c = switch (b.status()) {
            case OPEN -> p.reader();
            case PASSED -> p.passed();
            case OVERLAPPED -> p.overlapped();
        };
        g.setFill(c.deriveColor(0, 1, 1, 0.09));
        g.fillRect(x0, y0, x1 - x0, y1 - y0);
        g.setStroke(c);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineWidth(b.overlapped() ? 2.6 : 1.8);
        double serif = Math.max(2, Math.min(7, (x1 - x0) / 3));
        g.strokePolyline(new double[] {x0 + serif, x0, x0, x0 + serif}, new double[] {y0, y0, y1, y1}, 4);
        if (b.closed()) g.strokePolyline(new double[] {x1 - serif, x1, x1, x1 - serif}, new double[] {y0, y0, y1, y1}, 4);
        else g.setLineDashes(5, 4);
        g.strokeLine(x0, y1, x1, y1);
        g.setLineDashes((double[]) null);
        Font f = Font.font(p.small().getFamily(), FontWeight.BOLD, p.small().getSize());
        String label = b.label();
        double tw = width(label, f);
        boolean inside = x1 - x0 >= tw + 10;
        double lx = inside ? (b.closed() ? x1 - tw - 5 : x0 + 5) : x1 + 4;
        board.ask(4, laneArea, new LabelBoard.Place(label, lx, y1 - 1 - (strip - f.getSize()) / 2, f, c, TextAlignment.LEFT, VPos.BOTTOM, null));
    }

    void shape(GraphicsContext g, ThreadShape s, double cx, double cy, double r, Color fill, Color ring) {
        double[] pts = s.points(cx, cy, r);
        g.setFill(fill);
        if (pts.length == 0) g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        else g.fillPolygon(xs(pts), ys(pts), pts.length / 2);
        if (ring == null) return;
        g.setStroke(ring);
        g.setLineWidth(2);
        if (pts.length == 0) g.strokeOval(cx - r - 2, cy - r - 2, 2 * r + 4, 2 * r + 4);
        else {
            double[] out = s.points(cx, cy, r + 2.5);
            g.strokePolygon(xs(out), ys(out), out.length / 2);
        }
    }

    static void text(GraphicsContext g, String s, double x, double y, Font f, Color c, TextAlignment a, VPos v) {
        g.setFont(f);
        g.setFill(c);
        g.setTextAlign(a);
        g.setTextBaseline(v);
        g.fillText(s, x, y);
    }

    double width(String s, Font f) {
        measure.setFont(f);
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }

    private static double[] xs(double[] pts) {
        double[] out = new double[pts.length / 2];
        for (int i = 0; i < out.length; i++) out[i] = pts[2 * i];
        return out;
    }

    private static double[] ys(double[] pts) {
        double[] out = new double[pts.length / 2];
        for (int i = 0; i < out.length; i++) out[i] = pts[2 * i + 1];
        return out;
    }
}
