package org.coopgraph.api.reports.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Turns the report's XHTML into PDF bytes with openhtmltopdf (PDFBox 3) and Batik for the inline SVG
 * charts. Reproducible: the renderer's own clock-based metadata is replaced before saving (creation and
 * modification date from {@link PdfMetadata#date()}, the file identifier seeded from
 * {@link PdfMetadata#documentKey()}), so the same XHTML and metadata give byte-identical PDFs.
 */
public final class PdfRenderer {

    static final String PRODUCER = "coopgraph (openhtmltopdf, PDFBox)";

    /** Renders {@code xhtml} (well-formed XHTML, every resource inline). */
    public byte[] render(String xhtml, PdfMetadata metadata) {
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            ReportFonts.register(builder, document);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.withProducer(PRODUCER);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                stamp(document, metadata);
                ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
    }

    private static void stamp(PDDocument document, PdfMetadata metadata) {
        PDDocumentInformation info = document.getDocumentInformation();
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.set(metadata.date().getYear(), metadata.date().getMonthValue() - 1, metadata.date().getDayOfMonth());
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setTitle(metadata.title());
        info.setSubject(metadata.subject());
        info.setAuthor(metadata.author());
        info.setKeywords(metadata.keywords());
        info.setProducer(PRODUCER);
        info.setCreator("coopgraph");
        document.getDocumentCatalog().setLanguage(metadata.language());
        document.setDocumentId(seed(metadata.documentKey()));
    }

    /** The first eight bytes of SHA-256 of the key: PDFBox derives the trailer's /ID from it. */
    static long seed(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = (seed << 8) | (hash[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
