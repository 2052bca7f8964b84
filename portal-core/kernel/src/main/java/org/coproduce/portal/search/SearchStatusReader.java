package org.coproduce.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads the index's state for administrators. */
@ApplicationScoped
public class SearchStatusReader {

    @Inject
    SearchIndex index;

    @Inject
    SearchOutbox outbox;

    @Inject
    SearchWorker worker;

    @Inject
    Synonyms synonyms;

    public SearchStatus read() {
        if (!index.isOpen()) {
            index.open(synonyms.current().groups());
        }
        long documents = index.withSearcher(s -> (long) s.getIndexReader().numDocs());
        return new SearchStatus(documents, index.applied(), outbox.lastId(), worker.progress(), worker.lastError(),
                index.holds(synonyms.current().groups()));
    }
}
