package org.speclab.engine.variant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VariantsTest {
    @Test
    void switchingVariantKeepsTheLessonsOwnKnobOverrides() {
        // given: B5 with inode-free=immediate, as its lesson sets it
        Variant b5 = Variants.byName("end-check-before-tree-lookup").orElseThrow();
        Variant lesson = b5.withKnobs(KnobSetting.apply(b5.knobs(), "inode-free", "immediate"));
        // when
        Variant merged = Variants.keepingOverrides(Variants.V6_14, lesson);
        // then
        assertThat(merged.name()).isEqualTo("v6.14");
        assertThat(merged.knobs().inodeFree()).isEqualTo(Knobs.InodeFree.IMMEDIATE);
        assertThat(merged.path()).isEqualTo(Variants.V6_14.path());
    }

    @Test
    void aBrokenVariantsOwnKnobsAreNotCarriedOverAsOverrides() {
        Variant b7 = Variants.byName("filp-plain-kfree").orElseThrow();
        assertThat(Variants.keepingOverrides(Variants.V6_14, b7).knobs()).isEqualTo(Variants.V6_14.knobs());
    }
}
