package org.speclab.app.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The published uprobe-nop figures the chart marks, read from the CSV under assets (header
 * {@code cpus,before_mps,after_mps}, {@code #} comments, blank cells = not published), so rows can be added
 * without code. Column {@code X_mps} becomes the variant {@link #VARIANTS}{@code .get(X)}; other columns are ignored.
 */
public final class PublishedPoints {
    public static final String RESOURCE = "/org/speclab/assets/throughput/uprobe-nop-published.csv";
    /** before = the 6.13 locked lookup, after = the 6.14 speculative one. */
    public static final Map<String, String> VARIANTS = Map.of("before", "v6.13", "after", "v6.14");

    /** One published figure: total millions of hits per second of {@code variant} on {@code cpus} CPUs. */
    public record Point(int cpus, String variant, double mps) {
        public double perCpuMps() { return mps / cpus; }
    }

    private PublishedPoints() {}

    /** The bundled file's points, in file order. */
    public static List<Point> bundled() {
        try (InputStream in = PublishedPoints.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Points of {@code text}; a malformed line is an IllegalArgumentException naming {@code source:line}. */
    public static List<Point> parse(String text, String source) {
        List<Point> points = new ArrayList<>();
        String[] header = null;
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                String[] cells = t.split(",", -1);
                if (header == null) {
                    header = cells;
                    if (!cells[0].strip().equals("cpus")) throw new IllegalArgumentException(source + ":" + lineNo + ": the header must start with 'cpus'");
                    continue;
                }
                int cpus = Integer.parseInt(cells[0].strip());
                for (int c = 1; c < Math.min(cells.length, header.length); c++) {
                    String column = header[c].strip().toLowerCase(Locale.ROOT);
                    String cell = cells[c].strip();
                    if (cell.isEmpty() || !column.endsWith("_mps")) continue;
                    String variant = VARIANTS.get(column.substring(0, column.length() - 4));
                    if (variant != null) points.add(new Point(cpus, variant, Double.parseDouble(cell)));
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ":" + lineNo + ": not a number (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return points;
    }
}
