package org.coproduce.portal.story;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.coproduce.plugin.Problem;

/**
 * Checks an uploaded picture by its content, never by its name or declared type: the first bytes must be
 * those of a PNG, JPEG or GIF, its size must be sensible, and it must decode. It is then drawn afresh and
 * encoded again (JPEG stays JPEG, the others become PNG), which leaves behind all metadata (camera, place,
 * comments) and anything hidden after the image data. Large pictures are scaled down.
 */
public final class PictureProcessor {

    /** The most an upload may hold. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Longest side after scaling down. */
    public static final int MAX_SIDE = 1600;
    private static final long MAX_PIXELS = 40_000_000L;

    /** A picture ready to store and serve. */
    public record Processed(byte[] bytes, String contentType, String extension, int width, int height) {
    }

    private enum Format {
        PNG("png"), JPEG("jpeg"), GIF("gif");

        final String readerName;

        Format(String readerName) {
            this.readerName = readerName;
        }
    }

    private PictureProcessor() {
    }

    /** The picture checked and re-encoded, or a 400 (not a picture we take) or 413 (too large). */
    public static Processed process(byte[] data) {
        if (data == null || data.length == 0) {
            throw problem("Please choose a picture to upload.");
        }
        if (data.length > MAX_BYTES) {
            throw new Problem(Problem.Kind.TOO_LARGE, "too_large", "The picture is too large: it can be at most 5 MB.",
                    List.of(new Problem.FieldMessage("picture", "The picture can be at most 5 MB.")), 0);
        }
        Format format = detect(data);
        if (format == null) {
            throw problem("This file is not a PNG, JPEG or GIF picture, whatever its name says. Please choose a photo or image.");
        }
        BufferedImage image = decode(data, format);
        BufferedImage clean = redraw(image, format == Format.JPEG);
        boolean jpeg = format == Format.JPEG;
        return new Processed(encode(clean, jpeg), jpeg ? "image/jpeg" : "image/png", jpeg ? "jpg" : "png",
                clean.getWidth(), clean.getHeight());
    }

    private static Format detect(byte[] data) {
        if (startsWith(data, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Format.PNG;
        }
        if (startsWith(data, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        }
        if (startsWith(data, 'G', 'I', 'F', '8', '7', 'a') || startsWith(data, 'G', 'I', 'F', '8', '9', 'a')) {
            return Format.GIF;
        }
        return null;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Decodes with the reader for the detected format only, after checking the dimensions it declares. */
    private static BufferedImage decode(byte[] data, Format format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw problem("This kind of picture cannot be read here. Please use PNG or JPEG.");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(input, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (reader.getWidth(0) < 1 || reader.getHeight(0) < 1 || pixels > MAX_PIXELS) {
                throw problem("The picture is too big in width and height. Please use one under 40 megapixels.");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw problem("The picture could not be read. It may be damaged.");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem p) {
                throw p;
            }
            throw problem("The picture could not be read. It may be damaged or not really a picture.");
        } finally {
            reader.dispose();
        }
    }

    /** Draws the picture onto a new canvas (scaled down if large): nothing but pixels is carried over. */
    private static BufferedImage redraw(BufferedImage image, boolean opaque) {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage canvas = new BufferedImage(width, height, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (opaque) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    private static byte[] encode(BufferedImage image, boolean jpeg) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(jpeg ? "jpeg" : "png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (jpeg) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.88f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static Problem problem(String message) {
        return Problem.invalid(Map.of("picture", message));
    }
}
