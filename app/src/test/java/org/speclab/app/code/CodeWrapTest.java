package org.speclab.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeWrapTest {
    private static final Listing LISTING = Listing.load();

    @Test
    void everyLineOfTheListingWrapsBetweenTokensAtEveryWidth() {
        List<String> problems = new ArrayList<>();
        for (int cols = 16; cols <= 72; cols++) {
            for (Listing.Line line : LISTING.lines()) {
                List<String> shown = CodeWrap.wrap(line.text(), cols);
                int c = cols;
                WrapCheck.problem(line.text(), shown).ifPresent(p -> problems.add(c + " cols, line " + line.number() + ": " + p + " " + shown));
                // a piece of a name (up to an underscore) longer than a continuation line is the one reason to need more columns
                int needed = CodeWrap.columnsNeeded(line.text(), cols);
                if (needed > cols && longestPiece(line.text()) + cols / 3 + 4 < cols) problems.add(c + " cols, line " + line.number() + " needs " + needed);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The longest piece of the line that never breaks: a token's text between the underscores a name breaks at. */
    private static int longestPiece(String s) {
        int n = 0;
        for (CodeWrap.Token t : CodeWrap.units(CodeWrap.tokens(s.strip()))) {
            if (t.space()) continue;
            for (String piece : t.text().split("(?<=[A-Za-z0-9]_)(?=[A-Za-z0-9])")) n = Math.max(n, piece.length());
        }
        return n;
    }

    @Test
    void aNameLongerThanALineBreaksAfterAnUnderscoreAndItsRestIsMarked() {
        // given: the listing's call of the speculative lookup, 26 columns (a 1280x720 projector)
        String call = "    uprobe = find_active_uprobe_speculative(bp_vaddr);";
        // when
        List<String> shown = CodeWrap.wrap(call, 26);
        // then: the name starts a line of its own, breaks once after an underscore, its rest marked ↪
        assertThat(shown).containsExactly("  uprobe =", "    find_active_uprobe_", "    ↪speculative(", "    bp_vaddr);");
        assertThat(CodeWrap.columnsNeeded(call, 26)).isEqualTo(26);
        // and a name that fits a line whole is never broken
        assertThat(CodeWrap.wrap(call, 36)).containsExactly("  uprobe =", "    find_active_uprobe_speculative(", "    bp_vaddr);");
    }

    @Test
    void aBrokenNameInACommentKeepsItsSlashes() {
        List<String> shown = CodeWrap.wrap("// kcsan_atomic_next(KCSAN_SEQLOCK_REGION_MAX)).", 26);
        assertThat(shown).containsExactly("// kcsan_atomic_next(", "  // KCSAN_SEQLOCK_REGION_", "  // ↪MAX)).");
        assertThat(WrapCheck.problem("// kcsan_atomic_next(KCSAN_SEQLOCK_REGION_MAX)).", shown)).isEmpty();
    }

    @Test
    void theCheckRejectsANameCutWithoutItsMark() {
        assertThat(WrapCheck.problem("find_active_uprobe_speculative(x);", List.of("find_active_uprobe_", "speculative(x);"))).isPresent();
        assertThat(WrapCheck.problem("find_active_uprobe_speculative(x);", List.of("find_active_upr", "↪obe_speculative(x);"))).isPresent();
        assertThat(WrapCheck.problem("find_active_uprobe_speculative(x);", List.of("find_active_uprobe_", "↪speculative(x);"))).isEmpty();
    }

    @Test
    void aLongCallBreaksAtASpaceWithAHangingIndentNeverInsideAName() {
        // given: the listing's L5 line, 24 columns (a 1280x720 projector)
        String l5 = "    if (!uprobe && test_and_clear_bit(MMF_RECALC_UPROBES,";
        // when
        List<String> shown = CodeWrap.wrap(l5, 24);
        // then: half indents, a break at spaces and after "(", the name whole
        assertThat(shown).containsExactly("  if (!uprobe &&", "    test_and_clear_bit(", "    MMF_RECALC_UPROBES,");
    }

    @Test
    void aTrailingCommentThatWrapsKeepsItsSlashes() {
        List<String> shown = CodeWrap.wrap("    rcu_read_lock_trace();    // no found uprobe is freed", 26);
        assertThat(shown).containsExactly("  rcu_read_lock_trace();", "    // no found uprobe is", "    // freed");
        // and one that does not fit whole beside its code starts a line of its own
        assertThat(CodeWrap.wrap("        vma = vma_lookup(mm, bp_vaddr);   // a pointer only", 26))
                .containsExactly("    vma = vma_lookup(mm,", "      bp_vaddr);", "      // a pointer only");
    }

    @Test
    void aRuleShrinksToTheRoomLeft() {
        List<String> shown = CodeWrap.wrap("// ── munmap(): do_vmi_align_munmap() ─────────────────────", 30);
        assertThat(shown).containsExactly("// ── munmap():", "  // do_vmi_align_munmap() ───");
    }

    @Test
    void aWideLineIsLeftAlone() {
        String s = "        uprobe = find_active_uprobe_speculative(bp_vaddr);";
        assertThat(CodeWrap.wrap(s, 60)).containsExactly(s);
    }
}
