package org.speclab.app.shell;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.speclab.app.course.CourseOrder;
import org.speclab.app.course.LessonFacts;
import org.speclab.app.theme.Styles;
import org.speclab.lessons.Lesson;

/**
 * The lesson browser: shown at start and on L (or the Lessons button) from any lesson. Every bundled lesson in
 * course order, with its B number for a broken variant, difficulty, minutes and done / not done.
 */
final class StartPanel extends ScrollPane {
    private final ShellViewModel vm;
    private final VBox list = new VBox(10);
    /**
     * The row the keys are on is the scene's focus owner, marked {@code :current} (a fill and a bar a hall can see,
     * shell.css) whether or not this window has the focus: a clicker on the presenter window drives it too, and
     * {@code :focused} shows only in the focused window.
     */
    private final javafx.beans.value.ChangeListener<Node> onFocusOwner = (o, a, owner) -> mark(owner);
    /** The row last marked: scrolled into view after the next layout pass, when a just-filled list has its places. */
    private Node scrollPending;
    private final Runnable afterLayout = this::scrollAfterLayout;

    StartPanel(ShellViewModel vm) {
        this.vm = vm;
        setId("start-panel");
        list.setId("start-list");
        list.setAlignment(Pos.TOP_CENTER);
        // as wide as the window allows up to a reading width in em (shell.css): projector type gets a wider list
        VBox centre = new VBox(list);
        centre.setId("start-centre");
        centre.setAlignment(Pos.TOP_CENTER);
        setContent(centre);
        setFitToWidth(true);
        visibleProperty().bind(vm.browsingProperty());
        managedProperty().bind(visibleProperty());
        // done marks change while a lesson is open: rebuild each time the browser is shown
        vm.browsingProperty().addListener((o, a, b) -> {
            if (b) {
                fill();
                focusWhereTheCourseGoesOn();
            } else {
                handFocusBack();
            }
        });
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) old.focusOwnerProperty().removeListener(onFocusOwner);
            if (scene != null) {
                scene.focusOwnerProperty().addListener(onFocusOwner);
                // the rows join the scene after this panel does: focus one once they are in it
                if (vm.browsingProperty().get()) javafx.application.Platform.runLater(this::focusWhereTheCourseGoesOn);
                mark(scene.getFocusOwner());
            }
        });
        fill();
    }

    /** Marks the row that is {@code owner}, and scrolls it into view once it is laid out. */
    private void mark(Node owner) {
        for (Node n : list.getChildren()) {
            if (!(n instanceof Button row)) continue;
            row.pseudoClassStateChanged(Styles.CURRENT, row == owner);
            if (row != owner || getScene() == null) continue;
            scrollPending = row;
            getScene().removePostLayoutPulseListener(afterLayout);
            getScene().addPostLayoutPulseListener(afterLayout);
            javafx.application.Platform.requestNextPulse();
        }
    }

    private void scrollAfterLayout() {
        if (getScene() != null) getScene().removePostLayoutPulseListener(afterLayout);
        Node row = scrollPending;
        scrollPending = null;
        if (row != null && row.getScene() == getScene()) scrollIntoView(row);
    }

    /**
     * The browser's keys ({@link Keys} asks while it shows): ↑/↓ (and a clicker's PageUp/PageDown) move between the
     * rows, Home/End to the first/last, Enter or Space open the focused row. True when the key was one of them.
     */
    boolean key(KeyCode k) {
        List<Button> rows = list.getChildren().stream().filter(Button.class::isInstance).map(Button.class::cast).toList();
        if (rows.isEmpty() || getScene() == null) return false;
        int at = rows.indexOf(getScene().getFocusOwner());
        int firstLesson = rows.size() - CourseOrder.lessons().size();
        int last = rows.size() - 1;
        if ((k == KeyCode.ENTER || k == KeyCode.SPACE) && at >= 0) rows.get(at).fire();
        else if (k == KeyCode.DOWN || k == KeyCode.KP_DOWN || k == KeyCode.PAGE_DOWN) rows.get(at < 0 ? firstLesson : Math.min(at + 1, last)).requestFocus();
        else if (k == KeyCode.UP || k == KeyCode.KP_UP || k == KeyCode.PAGE_UP) rows.get(at < 0 ? last : Math.max(at - 1, 0)).requestFocus();
        else if (k == KeyCode.HOME) rows.get(firstLesson).requestFocus();
        else if (k == KeyCode.END) rows.get(last).requestFocus();
        else return false;
        return true;
    }

    /**
     * The browser opens on the lesson after the open one in course order (the first with none open): a clicker's
     * Enter goes on with the course, and the class sees at once where the keys are.
     */
    private void focusWhereTheCourseGoesOn() {
        if (getScene() == null || !vm.browsingProperty().get()) return;
        List<Lesson> course = CourseOrder.lessons();
        String open = vm.loadedProperty().get() ? vm.stepper().session().lesson().id() : "";
        int at = 0;
        for (int i = 0; i < course.size(); i++) {
            if (course.get(i).id().equals(open)) at = Math.min(i + 1, course.size() - 1);
        }
        Node row = list.lookup("#start-" + course.get(at).id());
        if (row != null) row.requestFocus();
    }

    /** A lesson opened from a focused row: the lesson's keys start from the window again, not from a hidden row. */
    private void handFocusBack() {
        if (getScene() == null) return;
        for (Node n = getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == this) {
                getScene().getRoot().requestFocus();
                return;
            }
        }
    }

    /** Scrolls so that a row reached by the keyboard is on screen. */
    private void scrollIntoView(Node row) {
        Node content = getContent();
        double extra = content.getLayoutBounds().getHeight() - getViewportBounds().getHeight();
        if (extra <= 0) return;
        Bounds r = content.sceneToLocal(row.localToScene(row.getLayoutBounds()));
        double top = extra * getVvalue();
        double view = getViewportBounds().getHeight();
        if (r.getMinY() < top) setVvalue(Math.max(0, r.getMinY() / extra));
        else if (r.getMaxY() > top + view) setVvalue(Math.min(1, (r.getMaxY() - view) / extra));
    }

    private void fill() {
        Label heading = new Label("Pick a lesson");
        heading.setId("start-heading");
        Label hint = new Label("Each lesson is a race between a uprobe hit and the kernel changing the address space. "
                + "Space or PageDown follows the lesson; step the CPUs yourself to try another interleaving.");
        hint.setWrapText(true);
        hint.getStyleClass().add("start-hint");
        list.getChildren().setAll(heading, hint);
        if (vm.loadedProperty().get()) {
            Button back = new Button("← Back to " + vm.stepper().session().title() + " (Esc)");
            back.setId("start-back");
            back.setMnemonicParsing(false);
            back.setWrapText(true);   // a long title at projector size takes two lines, never "…"
            back.setMinHeight(Region.USE_PREF_SIZE);
            back.setOnAction(e -> vm.closeBrowser());
            list.getChildren().add(back);
        }
        int n = 1;
        for (Lesson l : CourseOrder.lessons()) list.getChildren().add(entry(n++, l));
        if (getScene() != null) mark(getScene().getFocusOwner());
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private Button entry(int n, Lesson l) {
        LessonFacts facts = LessonFacts.of(l);
        String tag = CourseOrder.brokenTag(l);
        Label number = new Label(tag.isEmpty() ? n + "." : tag);
        number.getStyleClass().add("start-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        // long titles and questions wrap, and each row is as tall as its text: never cut to "…"
        Label title = wrapped(l.title(), "start-title");
        Label question = wrapped(l.question(), "start-question");
        boolean done = vm.progress().done(l.id());
        Label meta = new Label(facts.difficulty() + " · about " + facts.minutes() + " min · " + facts.steps() + " steps · "
                + (done ? "✓ done" : "not done"));
        meta.setId("start-meta-" + l.id());
        meta.getStyleClass().add("start-meta");
        VBox text = new VBox(2, title, question, meta);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(12, number, text);
        row.setAlignment(Pos.CENTER_LEFT);
        Button b = new RowButton(row);
        b.setId("start-" + l.id());
        b.getStyleClass().add("start-lesson");
        if (done) b.getStyleClass().add("start-done");
        b.setTooltip(new javafx.scene.control.Tooltip(l.question()));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> vm.load(l));
        return b;
    }

    /**
     * A lesson's row: a button as tall as its wrapped text at the width it is given. A Button's skin sizes its
     * graphic for no particular width, so wrapped labels would come out one word a line (a row a screen high).
     */
    private static final class RowButton extends Button {
        RowButton(Region content) {
            super(null, content);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        public Orientation getContentBias() { return Orientation.HORIZONTAL; }

        @Override
        protected double computePrefHeight(double width) {
            double w = (width < 0 ? prefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + getGraphic().prefHeight(w) + snappedBottomInset();
        }

        @Override
        protected double computeMinHeight(double width) { return computePrefHeight(width); }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            getGraphic().resizeRelocate(snappedLeftInset(), snappedTopInset(), getWidth() - snappedLeftInset() - snappedRightInset(),
                    getHeight() - snappedTopInset() - snappedBottomInset());
        }
    }
}
