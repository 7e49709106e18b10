package org.speclab.app.lanes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The labels of one paint of the lanes canvas. Painters ask for labels with a rank (0 first: the CPUs' names, the
 * step just run; larger: lesser labels) and, for some, fallback places; {@link #draw} then places them in rank
 * order, each at its first place that lies inside its region and overlaps no label placed before it, and skips a
 * label with no such place. A short card so shows fewer labels, never labels on top of each other.
 */
final class LabelBoard {
    /** A label's box on the canvas, and its font size. */
    record Box(String text, double x, double y, double w, double h, double px) {
        boolean overlaps(Box o) { return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h; }

        boolean inside(Bounds r) {
            return x >= r.getMinX() - 0.5 && y >= r.getMinY() - 0.5 && x + w <= r.getMaxX() + 0.5 && y + h <= r.getMaxY() + 0.5;
        }
    }

    /** One place to draw a label: its text, anchor, font and colour, and an optional backdrop. */
    record Place(String text, double x, double y, Font font, Color colour, TextAlignment align, VPos baseline, Color backdrop) {}

    private record Ask(int rank, int order, Bounds region, List<Place> places) {}

    private final Text measure = new Text();
    private final List<Ask> asks = new ArrayList<>();
    private final List<Box> placed = new ArrayList<>();

    static Bounds region(double x, double y, double w, double h) { return new BoundingBox(x, y, Math.max(0, w), Math.max(0, h)); }

    /** Asks for a label at the first of {@code places} that fits {@code region} and is free. */
    void ask(int rank, Bounds region, Place... places) { asks.add(new Ask(rank, asks.size(), region, List.of(places))); }

    /** Places and draws every label asked for since the last call; returns the boxes drawn. */
    List<Box> draw(GraphicsContext g) {
        placed.clear();
        List<Ask> byRank = new ArrayList<>(asks);
        asks.clear();
        byRank.sort(Comparator.comparingInt(Ask::rank).thenComparingInt(Ask::order));
        for (Ask a : byRank) {
            for (Place p : a.places()) {
                Box b = box(p);
                if (!b.inside(a.region()) || placed.stream().anyMatch(b::overlaps)) continue;
                paint(g, p, b);
                placed.add(b);
                break;
            }
        }
        return List.copyOf(placed);
    }

    Box box(Place p) {
        measure.setFont(p.font());
        measure.setText(p.text());
        double w = measure.getLayoutBounds().getWidth();
        double h = measure.getLayoutBounds().getHeight();
        double x = switch (p.align()) {
            case CENTER -> p.x() - w / 2;
            case RIGHT -> p.x() - w;
            default -> p.x();
        };
        double y = switch (p.baseline()) {
            case TOP -> p.y();
            case CENTER -> p.y() - h / 2;
            case BOTTOM -> p.y() - h;
            default -> p.y() + measure.getBaselineOffset() - h;
        };
        // a backdrop adds a margin around the text
        return p.backdrop() == null ? new Box(p.text(), x, y, w, h, p.font().getSize())
                : new Box(p.text(), x - 3, y - 1, w + 6, h + 2, p.font().getSize());
    }

    private static void paint(GraphicsContext g, Place p, Box b) {
        if (p.backdrop() != null) {
            g.setFill(p.backdrop());
            g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 6, 6);
        }
        LanesPainter.text(g, p.text(), p.x(), p.y(), p.font(), p.colour(), p.align(), p.baseline());
    }
}
