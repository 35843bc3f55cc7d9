package org.xinsheng.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON object field by field, collecting a reason for every missing or ill-typed field, so that a client
 * learns about all its mistakes in one 400 answer. JSON null counts as absent.
 */
public final class JsonBody {

    private final JsonNode root;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    /** A request body as the controllers receive it: the raw text, or null when there is none. */
    public static JsonBody parse(JsonMapper mapper, @Nullable String body) {
        return parse(mapper, bytes(body));
    }

    /**
     * The body's bytes for parsers that take them. Controllers take the body as a String: a nullable byte[]
     * parameter makes Micronaut's processor warn about a nullable primitive on every build.
     */
    public static byte[] bytes(@Nullable String body) {
        return body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    }

    public static JsonBody parse(JsonMapper mapper, byte[] body) {
        JsonNode root;
        try {
            root = body == null || body.length == 0 ? null : mapper.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed_json", "The body is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed_json", "The body must be a JSON object.");
        }
        return new JsonBody(root);
    }

    public void onlyFields(Set<String> allowed) {
        for (Map.Entry<String, JsonNode> e : root.entries()) {
            if (!allowed.contains(e.getKey())) {
                reject(e.getKey(), "unknown field");
            }
        }
    }

    /** The field is in the body with the value null (a request to clear it), as against left out. */
    public boolean isNull(String field) {
        JsonNode node = root.get(field);
        return node != null && node.isNull();
    }

    public boolean has(String field) {
        return root.get(field) != null;
    }

    private Optional<JsonNode> present(String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    /** A string, trimmed; blank counts as absent. */
    public Optional<String> string(String field, int maxLength) {
        Optional<JsonNode> node = present(field);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.get().isString()) {
            reject(field, "must be a string");
            return Optional.empty();
        }
        String value = node.get().getStringValue().strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            reject(field, "must be at most " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public Optional<String> requiredString(String field, int maxLength) {
        boolean given = present(field).isPresent();
        Optional<String> value = string(field, maxLength);
        if (value.isEmpty() && !errors.containsKey(field)) {
            reject(field, given ? "must not be blank" : "is required");
        }
        return value;
    }

    public Optional<Long> wholeNumber(String field, long min, long max) {
        Optional<JsonNode> node = present(field);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.get().isNumber()) {
            reject(field, "must be a whole number");
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = node.get().getBigDecimalValue();
        } catch (NumberFormatException e) { // 1e400 reads as infinity
            reject(field, "must be between " + min + " and " + max);
            return Optional.empty();
        }
        if (value.stripTrailingZeros().scale() > 0) {
            reject(field, "must be a whole number");
            return Optional.empty();
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            reject(field, "must be between " + min + " and " + max);
            return Optional.empty();
        }
        return Optional.of(value.longValueExact());
    }

    public Optional<Double> number(String field, double min, double max) {
        Optional<JsonNode> node = present(field);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.get().isNumber()) {
            reject(field, "must be a number");
            return Optional.empty();
        }
        double value = node.get().getDoubleValue();
        if (!(value >= min && value <= max)) {
            reject(field, "must be between " + min + " and " + max);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public Optional<Boolean> bool(String field) {
        Optional<JsonNode> node = present(field);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.get().isBoolean()) {
            reject(field, "must be true or false");
            return Optional.empty();
        }
        return Optional.of(node.get().getBooleanValue());
    }

    /** A string that must be one of the given keys. */
    public Optional<String> oneOf(String field, Set<String> keys) {
        Optional<String> value = string(field, 64);
        if (value.isPresent() && !keys.contains(value.get())) {
            reject(field, "must be one of " + String.join(", ", keys.stream().sorted().toList()));
            return Optional.empty();
        }
        return value;
    }

    /** An array of non-blank strings, each at most maxLength; empty when absent. */
    public java.util.List<String> strings(String field, int maxItems, int maxLength) {
        Optional<JsonNode> node = present(field);
        if (node.isEmpty()) {
            return java.util.List.of();
        }
        if (!node.get().isArray() || node.get().size() > maxItems) {
            reject(field, "must be an array of at most " + maxItems + " strings");
            return java.util.List.of();
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode item : node.get().values()) {
            if (!item.isString() || item.getStringValue().isBlank() || item.getStringValue().length() > maxLength) {
                reject(field, "must be an array of strings of 1 to " + maxLength + " characters");
                return java.util.List.of();
            }
            out.add(item.getStringValue().strip());
        }
        return out;
    }

    public void reject(String field, String reason) {
        errors.putIfAbsent(field, reason);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
