package dev.fmnist.dashboard.server;

import com.sun.net.httpserver.Headers;

/**
 * What a request must be before the server looks at what it asks for: GET or HEAD, no body, a short query, and a
 * path of plain segments ({@code [A-Za-z0-9._-]}, none of them {@code .} or {@code ..}) with no percent-encoding
 * at all (the page never needs it, so encoded and double-encoded traversal never reach a handler), no backslash and
 * no empty segment.
 */
final class RequestGuard {
    /** The longest path accepted. */
    static final int MAX_PATH = 256;
    /** The longest query string accepted (the page sends none; a cache-buster fits). */
    static final int MAX_QUERY = 256;

    private RequestGuard() {
    }

    /**
     * Why the server refuses a request.
     *
     * @param status the HTTP status
     * @param reason one line for the response body
     */
    record Refusal(int status, String reason) {
    }

    /** The refusal of this request, or null when it may be routed. */
    static Refusal check(String method, String rawPath, String rawQuery, Headers headers) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return new Refusal(405, "only GET and HEAD are answered");
        }
        String length = headers.getFirst("Content-Length");
        if ((length != null && !length.strip().equals("0")) || headers.containsKey("Transfer-Encoding")) {
            return new Refusal(413, "requests may not have a body");
        }
        if (rawQuery != null && rawQuery.length() > MAX_QUERY) {
            return new Refusal(414, "the query string is longer than " + MAX_QUERY + " characters");
        }
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return new Refusal(400, "the path must start with /");
        }
        if (rawPath.length() > MAX_PATH) {
            return new Refusal(414, "the path is longer than " + MAX_PATH + " characters");
        }
        if (rawPath.equals("/")) {
            return null;
        }
        for (String segment : rawPath.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return new Refusal(400, "the path has an empty, . or .. segment");
            }
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '.' || c == '_' || c == '-';
                if (!plain) {
                    return new Refusal(400, "the path has a character outside A-Z, a-z, 0-9, '.', '_' and '-'"
                            + (c == '%' ? " (no percent-encoding is accepted)" : ""));
                }
            }
        }
        return null;
    }
}
