package org.speclab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineVersionTest {

    @Test
    void versionIsTheFilteredProjectVersion() {
        // when
        String version = EngineVersion.version();

        // then
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    }
}
