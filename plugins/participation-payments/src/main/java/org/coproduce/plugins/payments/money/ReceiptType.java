package org.coproduce.plugins.payments.money;

import java.util.Optional;

/** The kinds of receipt file accepted, recognised by their first bytes (never by name or declared type). */
public enum ReceiptType {
    PNG("image/png", ".png"), JPEG("image/jpeg", ".jpg"), PDF("application/pdf", ".pdf");

    private final String mediaType;
    private final String extension;

    ReceiptType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose signature {@code head} starts with, if any. */
    public static Optional<ReceiptType> detect(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /** The type with this media type. */
    public static Optional<ReceiptType> ofMediaType(String mediaType) {
        for (ReceiptType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head == null || head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
