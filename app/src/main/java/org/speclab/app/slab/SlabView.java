package org.speclab.app.slab;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.animation.FadeTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.speclab.app.theme.Motion;
import org.speclab.app.theme.Styles;

/**
 * The file slab: per cache, the used slots as boxes in fixed slot order (so nothing jumps), then the never-used
 * slots as small faint chips (a run of them as one, {@code filp[1–6] never used}). Only binds {@link SlabViewModel#sceneProperty()}; slot boxes are kept across frames
 * so a reuse can animate.
 */
public final class SlabView extends StackPane {
    private final VBox content = new VBox();
    private final Map<String, SlotBox> boxes = new HashMap<>();

    public SlabView(SlabViewModel vm) {
        setId("slab-view");
        content.setId("slab-content");
        content.getStyleClass().add("slab-content");
        // no scrolling: the fitted card scales the slab down when its slots need more room
        StackPane.setAlignment(content, javafx.geometry.Pos.TOP_LEFT);
        getChildren().add(content);
        vm.sceneProperty().addListener((o, before, now) -> render(now));
        render(vm.scene());
    }

    private void render(SlabScene scene) {
        Set<String> seen = new HashSet<>();
        content.getChildren().clear();
        for (CacheModel c : scene.caches()) content.getChildren().add(cache(c, seen));
        boxes.keySet().retainAll(seen);
    }

    private VBox cache(CacheModel c, Set<String> seen) {
        Label title = new Label(c.cache().shortName());
        title.getStyleClass().addAll("cache-title", Styles.MONO);
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.setTooltip(new Tooltip(c.cache().kernelName()));
        Label freeing = new Label(c.freeing());
        freeing.setId("cache-" + c.cache().shortName() + "-freeing");
        freeing.getStyleClass().add("cache-freeing");
        freeing.setMinWidth(Region.USE_PREF_SIZE);
        // the cache's flag goes under its name in a narrow card: it is not what sets the card's width
        FlowPane head = new FlowPane(title, freeing);
        head.setPrefWrapLength(10);
        head.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        head.getStyleClass().add("cache-head");
        VBox section = new VBox(head);
        section.setId("cache-" + c.cache().shortName());
        section.getStyleClass().add("cache-section");
        for (SlotModel s : c.used()) {
            seen.add(s.id());
            SlotBox box = boxes.get(s.id());
            if (box == null) {
                box = new SlotBox(s);
                boxes.put(s.id(), box);
                appear(box);
            } else {
                box.update(s);
            }
            section.getChildren().add(box);
        }
        for (FilePointer p : c.wild()) section.getChildren().add(wild(p));
        FlowPane unused = new FlowPane();
        unused.getStyleClass().add("slot-unused-row");
        java.util.List<SlotModel> free = c.unused();
        for (int i = 0; i < free.size(); ) {
            // a run of three or more never-used slots is one chip, filp[1–6]: the slots matter, not six small labels
            int j = i;
            while (j + 1 < free.size() && free.get(j + 1).index() == free.get(j).index() + 1) j++;
            if (j - i >= 2) {
                unused.getChildren().add(run(free.subList(i, j + 1)));
                i = j + 1;
                continue;
            }
            Label chip = new Label(free.get(i).label());
            chip.setId("slot-" + free.get(i).id());
            chip.getStyleClass().addAll("slot-unused", Styles.MONO);
            unused.getChildren().add(chip);
            i++;
        }
        if (!unused.getChildren().isEmpty()) section.getChildren().add(unused);
        return section;
    }

    /** Never-used slots in a row, as one chip: {@code filp[1–6] never used}; its tooltip names each. */
    private static Label run(java.util.List<SlotModel> slots) {
        SlotModel first = slots.get(0);
        SlotModel last = slots.get(slots.size() - 1);
        String name = first.cache().shortName();
        Label chip = new Label(name + "[" + first.index() + "–" + last.index() + "] never used");
        chip.setId("slot-" + first.id() + "-" + last.index());
        chip.getStyleClass().addAll("slot-unused", Styles.MONO);
        chip.setTooltip(new Tooltip(String.join(", ", slots.stream().map(SlotModel::label).toList()) + ": never allocated"));
        return chip;
    }

    /** A torn vm_file load points at no slot at all: shown beside the cache, in red. */
    private static Node wild(FilePointer p) {
        ThreadTag tag = new ThreadTag("pointer-" + p.threadName(), p.threadName(), p.thread(), Styles.READER, " →");
        tag.pseudoClassStateChanged(Styles.VIOLATION, true);
        Label caption = new Label("✖ a torn pointer: not a struct file");
        caption.setId("pointer-" + p.threadName() + "-caption");
        caption.getStyleClass().add("pointer-caption");
        caption.pseudoClassStateChanged(Styles.VIOLATION, true);
        // the caption wraps beside its tag in a narrow card, never cut to "…"
        caption.setWrapText(true);
        caption.setMinWidth(0);
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(caption, javafx.scene.layout.Priority.ALWAYS);
        tag.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(tag, caption);
        row.getStyleClass().add("slot-row");
        return row;
    }

    private static void appear(Node n) {
        if (Motion.instant()) return;
        FadeTransition fade = new FadeTransition(Motion.duration(), n);
        fade.setFromValue(0);
        fade.setToValue(1);
        fade.play();
    }
}
