package dev.lightwork.cli.tests;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Checks a JSON document against a JSON schema (draft-07), for the keywords the SARIF 2.1.0 schema uses. Any
 * other keyword makes it throw, so it never passes a document it did not really check. Returns the violations,
 * each with its JSON path.
 */
final class JsonSchemaCheck {

    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "title", "description", "default", "definitions", "$ref", "type",
            "enum", "minimum", "maximum", "pattern", "format", "properties", "required", "additionalProperties", "items", "minItems",
            "uniqueItems", "anyOf", "oneOf");

    private final JsonObject root;

    JsonSchemaCheck(JsonObject root) {
        this.root = root;
    }

    List<String> violations(JsonElement document) {
        List<String> out = new ArrayList<>();
        check(root, document, "$", out);
        return out;
    }

    private void check(JsonObject schema, JsonElement v, String path, List<String> out) {
        for (String key : schema.keySet()) {
            if (!KEYWORDS.contains(key)) {
                throw new IllegalStateException("schema keyword '" + key + "' is not supported by this check");
            }
        }
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").getAsString()), v, path, out); // draft-07: siblings of $ref are ignored
            return;
        }
        if (schema.has("type") && !hasType(v, schema.get("type"))) {
            out.add(path + ": expected type " + schema.get("type") + ", found " + v);
            return;
        }
        if (schema.has("enum") && !contains(schema.getAsJsonArray("enum"), v)) {
            out.add(path + ": " + v + " is not one of " + schema.get("enum"));
        }
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()) {
            double x = v.getAsDouble();
            if (schema.has("minimum") && x < schema.get("minimum").getAsDouble()) {
                out.add(path + ": " + x + " < minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && x > schema.get("maximum").getAsDouble()) {
                out.add(path + ": " + x + " > maximum " + schema.get("maximum"));
            }
        }
        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
            String s = v.getAsString();
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").getAsString()).matcher(s).find()) {
                out.add(path + ": '" + s + "' does not match " + schema.get("pattern"));
            }
            if (schema.has("format")) {
                format(schema.get("format").getAsString(), s, path, out);
            }
        }
        if (v.isJsonObject()) {
            object(schema, v.getAsJsonObject(), path, out);
        }
        if (v.isJsonArray()) {
            JsonArray a = v.getAsJsonArray();
            if (schema.has("minItems") && a.size() < schema.get("minItems").getAsInt()) {
                out.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("uniqueItems") && schema.get("uniqueItems").getAsBoolean() && new HashSet<>(a.asList()).size() != a.size()) {
                out.add(path + ": items are not unique");
            }
            if (schema.has("items")) {
                for (int i = 0; i < a.size(); i++) {
                    check(schema.getAsJsonObject("items"), a.get(i), path + "[" + i + "]", out);
                }
            }
        }
        if (schema.has("anyOf") && matching(schema.getAsJsonArray("anyOf"), v, path) == 0) {
            out.add(path + ": matches none of anyOf");
        }
        if (schema.has("oneOf") && matching(schema.getAsJsonArray("oneOf"), v, path) != 1) {
            out.add(path + ": does not match exactly one of oneOf");
        }
    }

    private void object(JsonObject schema, JsonObject o, String path, List<String> out) {
        JsonObject properties = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
        if (schema.has("required")) {
            for (JsonElement name : schema.getAsJsonArray("required")) {
                if (!o.has(name.getAsString())) {
                    out.add(path + ": required property '" + name.getAsString() + "' is missing");
                }
            }
        }
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            String child = path + "." + e.getKey();
            if (properties.has(e.getKey())) {
                check(properties.getAsJsonObject(e.getKey()), e.getValue(), child, out);
            } else if (schema.has("additionalProperties")) {
                JsonElement additional = schema.get("additionalProperties");
                if (additional.isJsonPrimitive() && !additional.getAsBoolean()) {
                    out.add(path + ": property '" + e.getKey() + "' is not allowed");
                } else if (additional.isJsonObject()) {
                    check(additional.getAsJsonObject(), e.getValue(), child, out);
                }
            }
        }
    }

    private int matching(JsonArray alternatives, JsonElement v, String path) {
        int n = 0;
        for (JsonElement alternative : alternatives) {
            List<String> errors = new ArrayList<>();
            check(alternative.getAsJsonObject(), v, path, errors);
            n += errors.isEmpty() ? 1 : 0;
        }
        return n;
    }

    private static void format(String format, String s, String path, List<String> out) {
        try {
            switch (format) {
                case "uri" -> {
                    if (!new URI(s).isAbsolute()) {
                        out.add(path + ": '" + s + "' is not an absolute URI");
                    }
                }
                case "uri-reference" -> new URI(s);
                case "date-time" -> OffsetDateTime.parse(s);
                default -> throw new IllegalStateException("format '" + format + "' is not supported by this check");
            }
        } catch (URISyntaxException | DateTimeParseException e) {
            out.add(path + ": '" + s + "' is not a valid " + format + ": " + e.getMessage());
        }
    }

    private JsonObject resolve(String ref) {
        if (!ref.startsWith("#/definitions/")) {
            throw new IllegalStateException("only local definitions are supported: " + ref);
        }
        return root.getAsJsonObject("definitions").getAsJsonObject(ref.substring("#/definitions/".length()));
    }

    private static boolean hasType(JsonElement v, JsonElement type) {
        if (type.isJsonArray()) {
            for (JsonElement t : type.getAsJsonArray()) {
                if (hasType(v, t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.getAsString();
        JsonPrimitive p = v.isJsonPrimitive() ? v.getAsJsonPrimitive() : null;
        return switch (t) {
            case "object" -> v.isJsonObject();
            case "array" -> v.isJsonArray();
            case "string" -> p != null && p.isString();
            case "boolean" -> p != null && p.isBoolean();
            case "null" -> v.isJsonNull();
            case "number" -> p != null && p.isNumber();
            case "integer" -> p != null && p.isNumber() && isIntegral(p.getAsBigDecimal());
            default -> throw new IllegalStateException("unknown type " + t);
        };
    }

    private static boolean isIntegral(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    private static boolean contains(JsonArray values, JsonElement v) {
        for (JsonElement e : values) {
            if (e.equals(v)) {
                return true;
            }
        }
        return false;
    }
}
