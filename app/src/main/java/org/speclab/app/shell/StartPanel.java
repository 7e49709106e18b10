package org.speclab.app.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonCatalog;

/** Shown until a lesson is open: every bundled lesson as a button with the question it answers. */
final class StartPanel extends ScrollPane {
    StartPanel(ShellViewModel vm) {
        setId("start-panel");
        Label heading = new Label("Pick a lesson");
        heading.setId("start-heading");
        Label hint = new Label("Each lesson is a race between a uprobe hit and the kernel changing the address space. "
                + "Step the CPUs yourself, or press Run.");
        hint.setWrapText(true);
        hint.getStyleClass().add("start-hint");
        VBox list = new VBox(10, heading, hint);
        list.setId("start-list");
        list.setAlignment(Pos.TOP_CENTER);
        list.setMaxWidth(900);
        // the real kernel's lessons first, the deliberately broken variants after them
        var lessons = LessonCatalog.bundled().stream()
                .sorted(java.util.Comparator.comparing((Lesson l) -> l.scenario().variant().broken())).toList();
        for (Lesson l : lessons) {
            Label title = new Label(l.title());
            title.getStyleClass().add("start-title");
            title.setMaxWidth(840);
            Label question = new Label(l.question());
            question.getStyleClass().add("start-question");
            question.setMaxWidth(840);
            Button b = new Button(null, new VBox(2, title, question));
            b.setId("start-" + l.id());
            b.getStyleClass().add("start-lesson");
            b.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            b.setTooltip(new javafx.scene.control.Tooltip(l.question()));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> vm.load(l));
            list.getChildren().add(b);
        }
        VBox centre = new VBox(list);
        centre.setAlignment(Pos.TOP_CENTER);
        centre.setFillWidth(false);
        setContent(centre);
        setFitToWidth(true);
        visibleProperty().bind(vm.loadedProperty().not());
        managedProperty().bind(visibleProperty());
    }
}
