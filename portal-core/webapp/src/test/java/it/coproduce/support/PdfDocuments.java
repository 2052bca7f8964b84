package it.coproduce.support;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Opens a PDF the portal serves and reads its text, as a person opening the download would. */
public final class PdfDocuments {

    private PdfDocuments() {
    }

    /** The text of every page of the PDF at the path, fetched with the bearer token; fails unless it is a PDF. */
    public static String text(Portal portal, String path, String token) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("No PDF at " + path + ": " + response.statusCode());
            }
            PdfReader reader = new PdfReader(response.body());
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            reader.close();
            return text.toString();
        } catch (IOException e) {
            throw new AssertionError("The PDF at " + path + " did not open", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
