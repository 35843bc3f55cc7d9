package org.xinsheng.nlp.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one line of JSON Lines into its top-level fields (strings, numbers, booleans, null; nested values are
 * skipped). Streaming jackson-core keeps the command-line tools free of the application context.
 */
public final class JsonLine {

    public static final JsonFactory FACTORY = new JsonFactory();

    private JsonLine() {
    }

    /** The fields of a JSON object, or an exception when the line is not one. */
    public static Map<String, Object> parse(String line) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    throw new IOException("malformed object");
                }
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (v) {
                    case VALUE_STRING -> fields.put(name, p.getText());
                    case VALUE_NUMBER_INT -> fields.put(name, p.getLongValue());
                    case VALUE_NUMBER_FLOAT -> fields.put(name, p.getDoubleValue());
                    case VALUE_TRUE -> fields.put(name, Boolean.TRUE);
                    case VALUE_FALSE -> fields.put(name, Boolean.FALSE);
                    case VALUE_NULL -> fields.put(name, null);
                    default -> {
                        fields.put(name, NESTED);
                        p.skipChildren();
                    }
                }
            }
            if (p.nextToken() != null) {
                throw new IOException("trailing content after the object");
            }
        }
        return fields;
    }

    /** Marks a field whose value was an object or array. */
    public static final Object NESTED = new Object();
}
