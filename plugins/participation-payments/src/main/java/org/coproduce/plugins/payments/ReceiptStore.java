package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.plugin.Problem;
import org.coproduce.plugins.payments.money.ReceiptType;

/**
 * Receipt files in the plugin's data folder ({@code <data>/plugins/participation-payments/receipts}), under names
 * the server makes up. A file is accepted only when its first bytes are those of a PNG, JPEG or PDF and it is
 * no larger than the configured limit.
 */
@ApplicationScoped
public class ReceiptStore {

    /** What was stored. */
    public record Stored(String file, ReceiptType type, long bytes) {
    }

    private volatile Path folder;

    /** Called when the plugin starts. */
    void useFolder(Path dataDirectory) {
        folder = dataDirectory.resolve("receipts");
    }

    /** Reads at most {@code maxBytes} from {@code in}, checks it, and writes it under a new name. */
    public Stored store(InputStream in, long maxBytes) {
        byte[] content;
        try {
            content = in == null ? new byte[0] : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new Problem(Problem.Kind.INVALID, "unreadable", "The file could not be read. Please try again.");
        }
        if (content.length == 0) {
            throw Problem.invalid(java.util.Map.of("receipt", "Please choose a receipt file."));
        }
        if (content.length > maxBytes) {
            throw new Problem(Problem.Kind.TOO_LARGE, "too_large",
                    "The receipt is too large: the limit is " + (maxBytes / (1024 * 1024)) + " MB.");
        }
        ReceiptType type = ReceiptType.detect(content).orElseThrow(() -> Problem.invalid(java.util.Map.of("receipt",
                "A receipt must be a photo (PNG or JPEG) or a PDF.")));
        String name = UUID.randomUUID() + type.extension();
        try {
            Files.createDirectories(folder());
            Files.write(folder().resolve(name), content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a receipt", e);
        }
        return new Stored(name, type, content.length);
    }

    /** The stored file's content, if it is there. */
    public Optional<byte[]> read(String file) {
        if (!file.matches("[0-9a-f-]{36}\\.(png|jpg|pdf)")) {
            return Optional.empty();
        }
        try {
            Path path = folder().resolve(file);
            return Files.isRegularFile(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a receipt", e);
        }
    }

    private Path folder() {
        if (folder == null) {
            throw new IllegalStateException("The payments plugin has not started.");
        }
        return folder;
    }
}
