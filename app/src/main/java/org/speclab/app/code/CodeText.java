package org.speclab.app.code;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import org.speclab.app.theme.Styles;

/**
 * The code of one listing line, laid out for the width it gets by {@link CodeWrap}: wrapped between tokens with a
 * hanging indent, so a name is never broken and nothing runs off the right. A line whose name is longer than the
 * pane can hold at the listing's type size is drawn smaller (this row only) rather than cut. The text is a
 * {@link Label} (style class {@code code-text}) without wrapping: what it shows is exactly the lines laid out here.
 */
final class CodeText extends Region {
    private final String source;
    private final Label label = new Label();
    private final Text measure = new Text();
    private final Scale scale = new Scale(1, 1, 0, 0);

    CodeText(String source) {
        this.source = source;
        label.getStyleClass().addAll("code-text", Styles.MONO);
        label.setWrapText(false);
        label.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        label.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        label.getTransforms().add(scale);
        label.setText(source.isEmpty() ? " " : source);
        getChildren().add(label);
        // a blank line still takes one line of height; the label's font changes with the current line (bold)
        label.fontProperty().addListener(o -> requestLayout());
    }

    Label label() { return label; }

    /** The source line laid out for a width: its lines and the scale they are drawn at. */
    record Layout(List<String> lines, double scale) {
        String text() { return String.join("\n", lines); }
    }

    Layout layout(double width) {
        double cw = charWidth();
        double room = width - label.snappedLeftInset() - label.snappedRightInset();
        if (source.isEmpty() || cw <= 0 || room <= 0) return new Layout(List.of(source.isEmpty() ? " " : source), 1);
        int cols = Math.max(1, (int) Math.floor(room / cw + 1e-6));
        int needed = CodeWrap.columnsNeeded(source, cols);
        return new Layout(CodeWrap.wrap(source, needed), Math.min(1, (double) cols / needed));
    }

    private double charWidth() {
        measure.setFont(label.getFont());
        measure.setText("0000000000");
        return measure.getLayoutBounds().getWidth() / 10;
    }

    private double textHeight(Layout l) {
        measure.setFont(label.getFont());
        measure.setLineSpacing(label.getLineSpacing());
        measure.setText(l.text());
        return measure.getLayoutBounds().getHeight() + label.snappedTopInset() + label.snappedBottomInset();
    }

    @Override public Orientation getContentBias() { return Orientation.HORIZONTAL; }

    @Override protected double computeMinWidth(double height) { return snappedLeftInset() + snappedRightInset(); }

    /** Any width will do (it wraps): asking little lets the row give the gutter its width first. */
    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + 12 * charWidth() + label.snappedLeftInset() + label.snappedRightInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        Layout l = layout(inner);
        return snappedTopInset() + Math.ceil(textHeight(l) * l.scale()) + snappedBottomInset();
    }

    @Override protected double computeMinHeight(double width) { return computePrefHeight(width); }

    @Override
    protected void layoutChildren() {
        Layout l = layout(getWidth() - snappedLeftInset() - snappedRightInset());
        if (!l.text().equals(label.getText())) label.setText(l.text());
        scale.setX(l.scale());
        scale.setY(l.scale());
        label.autosize();
        label.relocate(snappedLeftInset(), snappedTopInset());
    }
}
