package org.speclab.app.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The column's width: what it reports as its least, and what it folds when it is narrower than an item. */
@ExtendWith(ApplicationExtension.class)
public class TailListTest {
    private TailList list;
    private Label older;
    private Label newest;
    private Label brief;

    @Start
    void start(Stage stage) {
        list = new TailList(n -> n + " earlier");
        older = rigid("older: a decision whose head cannot shrink at all");
        newest = rigid("newest: a decision whose head cannot shrink either");
        brief = rigid("newest, short");
        Pane root = new Pane();
        // unmanaged: the test sizes the column, the pane does not resize it to its preferred size
        list.setManaged(false);
        root.getChildren().add(list);
        stage.setScene(new Scene(root, 800, 400));
        stage.show();
    }

    private static Label rigid(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    @Test
    void itsMinimumWidthIsTheNewestItemsNarrowestForm(FxRobot robot) {
        // given: two items that cannot shrink, without a short form for the newest
        robot.interact(() -> {
            list.setItems(List.of(older, newest));
            list.applyCss();
        });
        // then: narrower than the newest would cut it, and the column says so (FitPane scales for it)
        assertThat(list.minWidth(-1)).isGreaterThanOrEqualTo(newest.prefWidth(-1));
        // when: the newest has a one-line short form
        robot.interact(() -> {
            list.setItems(List.of(older, newest), brief);
            list.applyCss();
        });
        // then: the least the column needs is that short form
        assertThat(list.minWidth(-1)).isGreaterThanOrEqualTo(brief.prefWidth(-1)).isLessThan(newest.prefWidth(-1));
    }

    @Test
    void aColumnNarrowerThanAnItemFoldsItRatherThanCutIt(FxRobot robot) {
        // given: room in height for everything, but in width only for the newest's short form
        robot.interact(() -> {
            list.setItems(List.of(older, newest), brief);
            list.applyCss();   // the labels' skins measure them
            double w = brief.prefWidth(-1) + 20;
            list.resize(w, 300);
            list.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // then: the older item folds, the newest shows its short form, and nothing reaches past the column's edge
        assertThat(older.isVisible()).isFalse();
        assertThat(list.compact()).isTrue();
        assertThat(list.hidden()).isEqualTo(1);
        assertThat(overhanging(list)).isEmpty();
        // when: the column is wide enough for every item
        robot.interact(() -> {
            list.resize(Math.max(older.prefWidth(-1), newest.prefWidth(-1)) + 20, 300);
            list.layout();
        });
        // then: all of them whole
        assertThat(older.isVisible()).isTrue();
        assertThat(list.compact()).isFalse();
        assertThat(list.hidden()).isZero();
    }

    /** The visible nodes under {@code root} whose right edge lies past {@code root}'s (a cut a clip would hide). */
    public static List<Node> overhanging(Parent root) {
        Bounds box = root.localToScene(root.getLayoutBounds());
        List<Node> out = new java.util.ArrayList<>();
        collect(root, box.getMaxX() + 0.5, out);
        return out;
    }

    private static void collect(Parent p, double right, List<Node> out) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (!n.isVisible()) continue;
            if (n.localToScene(n.getLayoutBounds()).getMaxX() > right) out.add(n);
            else if (n instanceof Parent c) collect(c, right, out);
        }
    }
}
