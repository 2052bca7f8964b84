package org.coproduce.portal.discussion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reply a reply quotes: who wrote it and what it says now. */
@Schema(name = "Quote")
public record QuoteView(long replyId, String authorName, String body) {
}
