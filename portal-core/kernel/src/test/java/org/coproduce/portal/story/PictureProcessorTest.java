package org.coproduce.portal.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.coproduce.plugin.Problem;
import org.junit.jupiter.api.Test;

class PictureProcessorTest {

    static byte[] picture(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, new Color((x * 7) % 256, (y * 5) % 256, 120).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A PNG with a text chunk (as cameras and editors add) just before its end. */
    static byte[] pngWithText(String text) throws IOException {
        byte[] png = picture("png", 20, 10);
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        int iend = png.length - 12;
        byte[] result = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, result, 0, iend);
        System.arraycopy(chunk.array(), 0, result, iend, chunk.capacity());
        System.arraycopy(png, iend, result, iend + chunk.capacity(), 12);
        return result;
    }

    @Test
    void aPngIsReencodedWithoutItsTextChunks() throws IOException {
        byte[] upload = pngWithText("GPS 51.48N 3.18W taken at 12 High Street");
        assertTrue(new String(upload, StandardCharsets.ISO_8859_1).contains("High Street"), "the test file has it");

        PictureProcessor.Processed picture = PictureProcessor.process(upload);

        assertEquals("image/png", picture.contentType());
        assertEquals("png", picture.extension());
        assertEquals(20, picture.width());
        assertEquals(10, picture.height());
        assertFalse(new String(picture.bytes(), StandardCharsets.ISO_8859_1).contains("High Street"), "metadata gone");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(picture.bytes()));
        assertEquals(20, decoded.getWidth());
        assertEquals(new Color(7 * 3, 5 * 4, 120).getRGB(), decoded.getRGB(3, 4), "the pixels are kept");
    }

    @Test
    void aJpegStaysAJpegAndTrailingDataIsDropped() throws IOException {
        byte[] jpeg = picture("jpg", 30, 40);
        byte[] withTrailer = Arrays.copyOf(jpeg, jpeg.length + 20);
        System.arraycopy("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), 0, withTrailer, jpeg.length, 20);
        PictureProcessor.Processed picture = PictureProcessor.process(withTrailer);
        assertEquals("image/jpeg", picture.contentType());
        assertEquals("jpg", picture.extension());
        assertEquals(0xFF, picture.bytes()[0] & 0xFF);
        assertEquals(0xD8, picture.bytes()[1] & 0xFF);
        assertFalse(new String(picture.bytes(), StandardCharsets.ISO_8859_1).contains("<script"));
    }

    @Test
    void aGifBecomesAPng() throws IOException {
        PictureProcessor.Processed picture = PictureProcessor.process(picture("gif", 8, 8));
        assertEquals("image/png", picture.contentType());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(picture.bytes(), 4));
    }

    @Test
    void largePicturesAreScaledDown() throws IOException {
        PictureProcessor.Processed picture = PictureProcessor.process(picture("png", 3200, 800));
        assertEquals(1600, picture.width());
        assertEquals(400, picture.height());
    }

    @Test
    void filesThatAreNotPicturesAreRefusedWhateverTheyClaim() {
        for (byte[] notAPicture : new byte[][] {"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "%PDF-1.7 ...".getBytes(StandardCharsets.UTF_8), {0x50, 0x4B, 0x03, 0x04}, {(byte) 0x89, 'P', 'N'}}) {
            Problem problem = assertThrows(Problem.class, () -> PictureProcessor.process(notAPicture));
            assertEquals(Problem.Kind.INVALID, problem.kind());
            assertEquals("picture", problem.fields().get(0).field());
        }
    }

    @Test
    void aDamagedPictureIsRefused() throws IOException {
        byte[] png = picture("png", 50, 50);
        byte[] broken = Arrays.copyOf(png, 60);
        Problem problem = assertThrows(Problem.class, () -> PictureProcessor.process(broken));
        assertEquals(Problem.Kind.INVALID, problem.kind());
        assertTrue(problem.getMessage().endsWith("."));
    }

    @Test
    void emptyAndOversizedUploads() {
        assertEquals(Problem.Kind.INVALID, assertThrows(Problem.class, () -> PictureProcessor.process(new byte[0])).kind());
        assertEquals(Problem.Kind.INVALID, assertThrows(Problem.class, () -> PictureProcessor.process(null)).kind());
        byte[] huge = new byte[PictureProcessor.MAX_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertEquals(Problem.Kind.TOO_LARGE, assertThrows(Problem.class, () -> PictureProcessor.process(huge)).kind());
    }

    @Test
    void aPictureClaimingHugeDimensionsIsRefusedBeforeDecoding() throws IOException {
        byte[] png = picture("png", 10, 10);
        // width and height live at bytes 16-23 of the IHDR chunk; claim 20000 x 20000
        ByteBuffer.wrap(png).putInt(16, 20000).putInt(20, 20000);
        Problem problem = assertThrows(Problem.class, () -> PictureProcessor.process(png));
        assertEquals(Problem.Kind.INVALID, problem.kind());
    }
}
