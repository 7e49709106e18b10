package org.speclab.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.speclab.lessons.Lesson;

/**
 * Writes a lesson handout with Apache PDFBox: A4 portrait, one page per narrated step (the frame, the step, the
 * narration, the quiz asked before it), and the quiz answers on a last page, so a handout can go to students.
 */
final class HandoutPdf {
    /** One page: the picture and what the lesson says at that step. */
    record Page(BufferedImage frame, String heading, String narration, String explanation, Lesson.Quiz quiz) {}

    private static final float MARGIN = 40;
    /** Bundled with the app (assets/…/fonts, Bitstream Vera licence), so a handout looks the same on any machine. */
    static final String REGULAR_FONT = "/org/speclab/assets/fonts/DejaVuSans.ttf";
    static final String BOLD_FONT = "/org/speclab/assets/fonts/DejaVuSans-Bold.ttf";

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;

    private HandoutPdf(PDDocument doc) throws IOException {
        this.doc = doc;
        regular = load(doc, REGULAR_FONT);
        bold = load(doc, BOLD_FONT);
    }

    /** Embeds the subset of a bundled TrueType font that the handout uses. */
    private static PDFont load(PDDocument doc, String resource) throws IOException {
        try (InputStream in = HandoutPdf.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("the font " + resource + " is missing from the app — rebuild it");
            return PDType0Font.load(doc, in);
        }
    }

    static void write(String title, String question, List<Page> pages, Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            HandoutPdf w = new HandoutPdf(doc);
            for (int i = 0; i < pages.size(); i++) w.page(title, question, pages.get(i), i + 1, pages.size());
            w.answers(title, pages);
            Path parent = pdf.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            doc.save(pdf.toFile());
        }
    }

    private void page(String title, String question, Page p, int n, int of) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            float y = page.getMediaBox().getHeight() - MARGIN;
            y = text(out, title + "  ·  " + n + "/" + of, bold, 11, MARGIN, y, width);
            y = text(out, question, regular, 9, MARGIN, y - 2, width);
            PDImageXObject image = LosslessFactory.createFromImage(doc, p.frame());
            float h = width * p.frame().getHeight() / p.frame().getWidth();
            y -= 8 + h;
            out.drawImage(image, MARGIN, y, width, h);
            y -= 18;
            y = text(out, p.heading(), bold, 13, MARGIN, y, width);
            if (!p.narration().isEmpty()) y = text(out, p.narration(), regular, 13, MARGIN, y - 4, width);
            if (!p.explanation().isEmpty() && !p.explanation().equals(p.narration())) y = text(out, p.explanation(), regular, 10, MARGIN, y - 4, width);
            if (p.quiz() != null) {
                y = text(out, "Predict the next step: " + p.quiz().question(), bold, 12, MARGIN, y - 14, width);
                for (int i = 0; i < p.quiz().choices().size(); i++) {
                    y = text(out, (i + 1) + ".  " + p.quiz().choices().get(i), regular, 12, MARGIN + 12, y - 3, width - 12);
                }
            }
        }
    }

    private void answers(String title, List<Page> pages) throws IOException {
        List<Page> quizzes = pages.stream().filter(p -> p.quiz() != null).toList();
        if (quizzes.isEmpty()) return;
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float width = page.getMediaBox().getWidth() - 2 * MARGIN;
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            float y = page.getMediaBox().getHeight() - MARGIN;
            y = text(out, title + "  ·  answers", bold, 13, MARGIN, y, width);
            for (Page p : quizzes) {
                y = text(out, p.heading() + ": " + p.quiz().question(), bold, 11, MARGIN, y - 10, width);
                y = text(out, "Answer " + p.quiz().answer() + ": " + p.quiz().answerText(), regular, 11, MARGIN + 12, y - 2, width - 12);
            }
        }
    }

    /** Writes {@code s} wrapped to {@code width} from the top line at {@code y}; returns the y under it. */
    private float text(PDPageContentStream out, String s, PDFont font, float size, float x, float y, float width) throws IOException {
        float lead = size * 1.3f;
        for (String line : wrap(printable(s), font, size, width)) {
            y -= lead;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(line);
            out.endText();
        }
        return y;
    }

    /** A glyph the embedded font lacks would make PDFBox throw: it shows as '?'. */
    private String printable(String s) {
        StringBuilder ok = new StringBuilder();
        s.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                regular.encode(ch);
                bold.encode(ch);
                ok.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                ok.append('?');
            }
        });
        return ok.toString();
    }

    static List<String> wrap(String s, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : s.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String next = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(next) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(next);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
