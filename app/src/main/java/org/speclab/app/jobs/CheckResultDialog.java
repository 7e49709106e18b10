package org.speclab.app.jobs;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.engine.check.CheckResult;

/** The checker's answer: the verdict, the outcome set, and a button per witness or counterexample to open it. */
public final class CheckResultDialog extends Dialog<Void> {
    public CheckResultDialog(String lesson, CheckResult r, Consumer<List<String>> open) {
        setTitle("Check: " + lesson);
        setHeaderText(headline(r));
        getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane table = new GridPane();
        table.setHgap(16);
        table.setVgap(6);
        int row = 0;
        if (r.counterexample() != null) {
            var cx = r.counterexample();
            Label what = new Label(OutcomeWords.property(cx.violation().property()) + ". " + cx.violation().explanation());
            what.setWrapText(true);
            what.setMaxWidth(640);
            what.setId("check-violation");
            table.add(what, 0, row);
            table.add(openButton("open-counterexample", "Open the counterexample (" + cx.schedule().size() + " steps)", cx.schedule(), open), 1, row++);
        }
        for (var e : r.outcomes().entrySet()) {
            Label name = new Label(OutcomeWords.display(e.getKey()) + "\n" + OutcomeWords.outcome(e.getKey()));
            name.getStyleClass().add("check-outcome");
            name.setWrapText(true);
            name.setMaxWidth(640);
            name.setMinHeight(Label.USE_PREF_SIZE);
            table.add(name, 0, row);
            table.add(openButton("open-" + row, "Open the shortest run (" + e.getValue().size() + " steps)", e.getValue(), open), 1, row++);
        }
        Label size = new Label(String.format("%,d states, %,d transitions in %.2f s (%,.0f states/s)", r.states(), r.transitions(), r.seconds(),
                r.statesPerSecond()));
        VBox box = new VBox(12, table, size);
        box.setPadding(new Insets(8));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setId("check-result");
    }

    private Button openButton(String id, String text, List<String> schedule, Consumer<List<String>> open) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> {
            open.accept(schedule);
            close();
        });
        return b;
    }

    static String headline(CheckResult r) {
        return switch (r.verdict()) {
            case HOLDS -> "Holds: no interleaving returns a wrong uprobe (P1), reads freed memory (P2), frees a uprobe in use (P3), trusts a "
                    + "negative without the lock (P4) or livelocks. " + r.outcomes().size() + " outcomes are possible.";
            case VIOLATED -> "Violated: the shortest counterexample has " + r.counterexample().schedule().size() + " steps.";
            case INCONCLUSIVE -> "Inconclusive: stopped at the state bound.";
            case CANCELLED -> "Cancelled.";
        };
    }
}
