package io.mediadesk.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mediadesk.sync.client.model.FileQuery;
import io.mediadesk.sync.client.model.RemoteItem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;

/**
 * A listing as a lazy stream. The service answers a bare array with no total and no cursor
 * (spec §3.1), so pages are fetched with {@code skip}/{@code limit} as the stream is read, and a
 * page shorter than the limit (or empty) ends it. Nothing is fetched until the first element is
 * asked for, and a {@code limit(10)} on the stream costs one request.
 */
final class FilePages extends Spliterators.AbstractSpliterator<RemoteItem> {
    private static final TypeReference<List<RemoteItem>> PAGE = new TypeReference<>() { };

    private final Endpoints endpoints;
    private final FileQuery query;
    private final Deque<RemoteItem> buffer = new ArrayDeque<>();
    private long skip;
    private boolean exhausted;

    private FilePages(Endpoints endpoints, FileQuery query) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.endpoints = endpoints;
        this.query = query;
    }

    static Stream<RemoteItem> stream(Endpoints endpoints, FileQuery query) {
        return StreamSupport.stream(new FilePages(endpoints, query), false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super RemoteItem> action) {
        if (buffer.isEmpty() && !exhausted) {
            fetch();
        }
        RemoteItem next = buffer.pollFirst();
        if (next == null) {
            return false;
        }
        action.accept(next);
        return true;
    }

    private void fetch() {
        HttpUrl.Builder url = endpoints.api("v1", "files");
        for (Map.Entry<String, String> param : query.params().entrySet()) {
            url.addQueryParameter(param.getKey(), param.getValue());
        }
        url.addQueryParameter("skip", Long.toString(skip)).addQueryParameter("limit", Integer.toString(query.pageSize()));
        List<RemoteItem> page = endpoints.get(url.build(), PAGE);
        buffer.addAll(page);
        skip += page.size();
        exhausted = page.size() < query.pageSize();
    }
}
