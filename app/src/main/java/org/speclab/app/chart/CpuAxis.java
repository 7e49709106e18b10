package org.speclab.app.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.ValueAxis;

/**
 * The CPU axis: ticks at whole multiples of a unit that divides the last CPU count, so that count (80, the machine
 * of the benchmark's headline) is always a labelled tick, at any width. NumberAxis also ticks its upper bound
 * (the plot runs a little past the last count, so its marks are not clipped), and JavaFX then hides the label
 * next to that unlabelled end tick: the 80. Here the unit grows (10, 20, 40, …) until the labels have room, and
 * the upper bound is never a tick of its own.
 */
final class CpuAxis extends ValueAxis<Number> {
    private final int last;
    private double unit = 10;

    /** An axis from 0 to a little past {@code last} CPUs; {@code last} is a multiple of 10. */
    CpuAxis(int last, double upperBound) {
        super(0, upperBound);
        this.last = last;
        setAutoRanging(false);
        setMinorTickVisible(false);
        // a larger type (projector mode, Ctrl+=) needs a coarser unit at the same length
        tickLabelFontProperty().addListener(o -> requestAxisLayout());
    }

    /** The unit the last layout chose. */
    double unit() { return unit; }

    /**
     * The smallest unit among 10, 20, 40, … (each divides {@code last}) whose labels are each at least one and a half
     * label widths apart, so JavaFX's overlap rules hide none of them.
     */
    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double span = getUpperBound() - getLowerBound();
        double labelWidth = measureTickMarkLabelSize(Integer.toString(last), getTickLabelRotation()).getWidth();
        unit = 10;
        while (unit < last && length > 0 && unit * length / span < labelWidth * 1.5 + getTickLabelGap()) {
            unit = last % (unit * 2) == 0 ? unit * 2 : last;
        }
        List<Number> ticks = new ArrayList<>();
        for (double v = 0; v <= last; v += unit) ticks.add(v);
        return ticks;
    }

    @Override
    protected String getTickMarkLabel(Number value) { return Integer.toString(value.intValue()); }

    @Override
    protected List<Number> calculateMinorTickMarks() { return List.of(); }

    @Override
    protected Object getRange() { return new double[] {getLowerBound(), getUpperBound()}; }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        currentLowerBound.set(bounds[0]);
    }
}
