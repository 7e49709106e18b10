package org.speclab.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speclab.lessons.Lesson;

/** The handout's type comes from the app's own font, embedded, so the PDF reads the same on any machine. */
class HandoutPdfTest {
    @TempDir Path dir;

    @Test
    void embedsTheBundledDejaVuFontsAndKeepsTheirArrowsAndMarks() throws Exception {
        // given: a page whose narration uses glyphs outside WinAnsi (→, ≠, ✓)
        Path pdf = dir.resolve("handout.pdf");
        var page = new HandoutPdf.Page(new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB), "Step 3",
                "filp[0] → f2, so vm_file ≠ f1 ✓", "", new Lesson.Quiz(4, "Which uprobe?", List.of("u1", "u2"), 2));
        // when
        HandoutPdf.write("munmap-file-reuse", "Can a reader return a uprobe never mapped at bp?", List.of(page), pdf);
        // then: both fonts are DejaVu, embedded (a subset), and the text keeps its marks
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            PDResources res = doc.getPage(0).getResources();
            for (COSName name : res.getFontNames()) fonts.add(res.getFont(name));
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.endsWith("+DejaVuSans")).anyMatch(n -> n.endsWith("+DejaVuSans-Bold"));
            assertThat(fonts).allMatch(PDFont::isEmbedded);
            assertThat(new PDFTextStripper().getText(doc)).contains("filp[0] → f2, so vm_file ≠ f1 ✓");
        }
    }
}
