package org.coproduce.portal.guidance.imports;

/** An uploaded file whose content is not of a type that can be imported (the API answers 415). */
public class UnsupportedFileType extends RuntimeException {

    public static final String MESSAGE_END = "Please upload a Markdown (.md), plain text (.txt), web page (.html), "
            + "PDF (.pdf) or Word (.docx) file.";

    private final String detectedType;

    public UnsupportedFileType(String detectedType, String message) {
        super(message, null, false, false);
        this.detectedType = detectedType;
    }

    /** The type Tika found in the content, for example {@code application/zip}. */
    public String detectedType() {
        return detectedType;
    }
}
