package org.coproduce.portal.guidance.web;

/** A section in the draft form: heading, text, and whether to remove it. */
public class EditableSection {

    private String heading;
    private String body;
    private boolean remove;

    public EditableSection() {
        this("", "");
    }

    public EditableSection(String heading, String body) {
        this.heading = heading;
        this.body = body;
    }

    boolean isEmpty() {
        return (heading == null || heading.isBlank()) && (body == null || body.isBlank());
    }

    public String getHeading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isRemove() {
        return remove;
    }

    public void setRemove(boolean remove) {
        this.remove = remove;
    }
}
