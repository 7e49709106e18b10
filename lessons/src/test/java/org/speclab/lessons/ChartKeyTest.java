package org.speclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The optional {@code chart} key: where the throughput chart opens, validated with located messages. */
class ChartKeyTest {
    @Test
    void aLessonWithoutTheKeyHasNoChartSetting() {
        assertThat(Texts.load(Texts.VALID).chartSetting()).isEmpty();
    }

    @Test
    void readsCpusAndWriters() {
        // given
        String text = Texts.VALID + "chart: { cpus: 16, writers: 2000 }\n";

        // when
        Lesson l = Texts.load(text);

        // then
        assertThat(l.chartSetting()).contains(new Lesson.Chart(16, 2000));
    }

    @Test
    void writersDefaultToNoneAndCpusToEight() {
        assertThat(Texts.load(Texts.VALID + "chart: { writers: 10 }\n").chartSetting()).contains(new Lesson.Chart(8, 10));
        assertThat(Texts.load(Texts.VALID + "chart: { cpus: 40 }\n").chartSetting()).contains(new Lesson.Chart(40, 0));
    }

    @Test
    void aCpuCountBeyondTheModelledMachineIsLocated() {
        // given: the chart key is line 17
        String text = Texts.VALID + "chart: { cpus: 96 }\n";

        // when
        String p = Texts.first(text);

        // then
        assertThat(p).isEqualTo("t.yaml:17:16: chart.cpus (CPUs of the modelled machine) must be from 1 to 80, not 96 — write a number in that range");
    }

    @Test
    void aMisspeltChartKeySuggestsTheRightOne() {
        String p = Texts.first(Texts.VALID + "chart: { cpu: 16 }\n");

        assertThat(p).startsWith("t.yaml:17:10: unknown key 'cpu' in chart — did you mean 'cpus'?");
    }

    @Test
    void aNegativeWriterRateIsRefused() {
        String p = Texts.first(Texts.VALID + "chart: { cpus: 8, writers: -5 }\n");

        assertThat(p).startsWith("t.yaml:17:28: bad number '-5' for chart.writers");
    }
}
