package dev.postsummarizer.adapter.out.fetch;

import java.util.Locale;
import java.util.Map;

/**
 * Status line and headers of one response, before its body is read.
 *
 * @param headers lower-case names to the first value
 */
public record ResponseHead(int status, String reason, Map<String, String> headers) {

    public ResponseHead {
        headers = Map.copyOf(headers);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The media type without parameters, lower-case, or "" when the header is missing. */
    public String mediaType() {
        String value = header("content-type");
        if (value == null) {
            return "";
        }
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
