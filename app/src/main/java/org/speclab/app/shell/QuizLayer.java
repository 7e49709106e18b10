package org.speclab.app.shell;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.speclab.app.layout.FitPane;
import org.speclab.app.layout.PanelGrid;
import org.speclab.app.narration.QuizView;
import org.speclab.lessons.Panel;

/**
 * Where an open quiz shows: over the story column, in place of the narration it stands in for while open; when the
 * story column is too small for it at its type floor, the question and choices take the code column and Reveal
 * with the answer's explanation the story column. Never over the machine's state in the middle, which is what the
 * class reads to answer. The columns are chosen when the quiz opens (or the window or its panels change), not on
 * Reveal, so the explanation never moves the quiz across the screen. With neither column shown (a state panel
 * maximised) the quiz takes the lower right, as large as it needs.
 */
final class QuizLayer extends Region {
    /** With no story or code column: the share of the width the quiz may take over the panels. */
    private static final double ALONE_SHARE = 0.42;
    private static final double MARGIN = 8;

    private final PanelGrid grid;
    private final QuizView quiz;
    private final FitPane fit;
    /** The quiz's answer part (Reveal, the explanation) when it is split over two columns. */
    private final FitPane answerFit;
    /** What the last choice of column was made for, and the columns chosen (null: none shown, the lower right). */
    private List<Object> placedFor = List.of();
    private Node column;
    private Node answerColumn;

    QuizLayer(PanelGrid grid, QuizView quiz) {
        this.grid = grid;
        this.quiz = quiz;
        fit = new FitPane(quiz);
        fit.setId("quiz-fit");
        fit.visibleProperty().bind(quiz.visibleProperty());
        setId("quiz-layer");
        setMinSize(0, 0);
        // clicks outside the quiz reach the panels under it
        setPickOnBounds(false);
        answerFit = new FitPane(quiz.answerPart());
        answerFit.setId("quiz-answer-fit");
        answerFit.visibleProperty().bind(quiz.answerPart().visibleProperty());
        getChildren().addAll(fit, answerFit);
        fit.visibleProperty().addListener(o -> requestLayout());
        // the grid lays out its columns anew (panels shown, the window's size): follow them
        grid.needsLayoutProperty().addListener((o, was, needs) -> {
            if (needs) requestLayout();
        });
    }

    @Override protected double computePrefWidth(double height) { return 0; }

    @Override protected double computePrefHeight(double width) { return 0; }

    private Node story() {
        for (Node n : grid.getChildren()) if (n.getStyleClass().contains("story-panels")) return n;
        return null;
    }

    private Node code() {
        Node code = grid.card(Panel.CODE);
        return code != null && code.getParent() == grid ? code : null;
    }

    @Override
    protected void layoutChildren() {
        if (!fit.isVisible()) return;
        Node story = story();
        Node code = code();
        List<Object> key = java.util.Arrays.asList(quiz.shownQuiz(), getWidth(), getHeight(), story, code);
        if (!key.equals(placedFor)) {
            placedFor = key;
            place(story, code);
        }
        Bounds at = column == null ? null : inLayer(column);
        if (at == null) {
            double w = Math.floor(getWidth() * ALONE_SHARE);
            double h = Math.min(getHeight() - 2 * MARGIN, fit.prefHeightAt(w, 1));
            fit.resizeRelocate(getWidth() - w - MARGIN, getHeight() - h - MARGIN, w, h);
        } else {
            cover(fit, at);
        }
        Bounds answerAt = answerColumn == null ? null : inLayer(answerColumn);
        if (answerAt != null) cover(answerFit, answerAt);
        fit.layout();
        answerFit.layout();
    }

    private static void cover(FitPane pane, Bounds at) {
        pane.resizeRelocate(Math.round(at.getMinX()), Math.round(at.getMinY()), Math.floor(at.getWidth()), Math.floor(at.getHeight()));
    }

    /**
     * The story column when the whole quiz fits it at its type floor; else, with a code column, the question and
     * choices there and the answer part in the story column; else whichever column there is.
     */
    private void place(Node story, Node code) {
        quiz.setSplit(false);
        answerColumn = null;
        Bounds s = story == null ? null : inLayer(story);
        if (s != null && fitsWhole(s)) {
            column = story;
        } else if (s != null && code != null && inLayer(code) != null) {
            quiz.setSplit(true);
            column = code;
            answerColumn = story;
        } else {
            column = code != null && inLayer(code) != null ? code : s != null ? story : null;
        }
    }

    /** Whether the whole quiz fits {@code b} at its type floor: no word broken, nothing below the column's foot. */
    private boolean fitsWhole(Bounds b) {
        return quiz.minWidth(-1) * quiz.minScale() <= b.getWidth() && fit.prefHeightAt(b.getWidth(), quiz.minScale()) <= b.getHeight();
    }

    /** {@code n}'s bounds in this layer (the grid and the layer share the window's centre); null before layout. */
    private Bounds inLayer(Node n) {
        Bounds b = sceneToLocal(n.localToScene(n.getLayoutBounds()));
        return b == null || b.getWidth() <= 0 || b.getHeight() <= 0 ? null : new BoundingBox(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
