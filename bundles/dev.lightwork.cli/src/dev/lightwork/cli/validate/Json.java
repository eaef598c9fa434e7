package dev.lightwork.cli.validate;

import java.io.IOException;
import java.io.Writer;

import com.google.gson.stream.JsonWriter;

/** Gson's streaming writer with the two conventions of our JSON: non-finite numbers are null, nulls are written. */
final class Json {
    private Json() {
    }

    static JsonWriter writer(Writer out) {
        JsonWriter w = new JsonWriter(out);
        w.setIndent("  ");
        w.setSerializeNulls(true);
        w.setHtmlSafe(false);
        return w;
    }

    static void number(JsonWriter w, String name, double v) throws IOException {
        w.name(name);
        if (Double.isFinite(v)) {
            w.value(v);
        } else {
            w.nullValue();
        }
    }

    static void number(JsonWriter w, String name, Double v) throws IOException {
        number(w, name, v == null ? Double.NaN : v.doubleValue());
    }

    /** A count or line number; 0 (unknown) is written as null. */
    static void positive(JsonWriter w, String name, int v) throws IOException {
        w.name(name);
        if (v > 0) {
            w.value(v);
        } else {
            w.nullValue();
        }
    }

    static void string(JsonWriter w, String name, String v) throws IOException {
        w.name(name).value(v);
    }
}
