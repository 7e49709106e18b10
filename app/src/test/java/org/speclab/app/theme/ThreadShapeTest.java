package org.speclab.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreadShapeTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            0, CIRCLE,   0
            1, SQUARE,   4
            2, TRIANGLE, 3
            3, DIAMOND,  4
            4, HEXAGON,  6
            5, PENTAGON, 5
            7, CIRCLE,   0
            """)
    void shapeIsChosenByThreadIndexAndCycles(int thread, ThreadShape shape, int corners) {
        assertThat(ThreadShape.of(thread)).isEqualTo(shape);
        assertThat(shape.points(10, 10, 5)).hasSize(2 * corners);
    }
}
