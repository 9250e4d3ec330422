package io.deepscalper.registry.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Emits the few pickle protocol-2 opcodes a PyTorch state_dict needs. No memo is written: the
 * unpickler only needs memo entries for back-references, and a state_dict has none.
 */
final class PickleWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    PickleWriter proto() {
        out.write(0x80);
        out.write(2);
        return this;
    }

    /** {@code GLOBAL}: pushes {@code module.name}. */
    PickleWriter global(String module, String name) {
        out.write('c');
        out.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    PickleWriter mark() {
        out.write('(');
        return this;
    }

    PickleWriter emptyTuple() {
        out.write(')');
        return this;
    }

    /** {@code TUPLE}: the items since the last mark. */
    PickleWriter tuple() {
        out.write('t');
        return this;
    }

    /** {@code REDUCE}: calls the callable below the top with the argument tuple on top. */
    PickleWriter reduce() {
        out.write('R');
        return this;
    }

    /** {@code BINPERSID}: the tuple on top is a persistent id (a storage reference in PyTorch). */
    PickleWriter persistentId() {
        out.write('Q');
        return this;
    }

    /** {@code SETITEMS}: key/value pairs since the last mark into the dict below the mark. */
    PickleWriter setItems() {
        out.write('u');
        return this;
    }

    PickleWriter string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write('X');
        int32(b.length);
        out.writeBytes(b);
        return this;
    }

    /** {@code BININT}: a signed 32-bit integer. */
    PickleWriter integer(long v) {
        out.write('J');
        int32(Math.toIntExact(v));
        return this;
    }

    PickleWriter falseValue() {
        out.write(0x89);
        return this;
    }

    /** A tuple of integers (shapes and strides). */
    PickleWriter intTuple(long[] values) {
        mark();
        for (long v : values) {
            integer(v);
        }
        return tuple();
    }

    /** {@code collections.OrderedDict()}. */
    PickleWriter emptyOrderedDict() {
        return global("collections", "OrderedDict").emptyTuple().reduce();
    }

    byte[] stop() {
        out.write('.');
        return out.toByteArray();
    }

    private void int32(int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }
}
