package io.deepscalper.registry.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny pickle virtual machine for the opcodes PyTorch state_dicts use, written from the pickle
 * specification, so the exported {@code data.pkl} can be checked in Java without Python. Unknown opcodes
 * fail, so the test also proves the exporter emits nothing unexpected.
 */
final class MiniUnpickler {
    /** A {@code GLOBAL} reference. */
    record Global(String module, String name) {
    }

    /** A {@code BINPERSID} value. */
    record PersistentId(List<Object> id) {
    }

    /** A call of a global with arguments ({@code REDUCE}), other than OrderedDict(). */
    record Call(Global callable, List<Object> args) {
    }

    private static final Object MARK = new Object();

    static Object load(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        Deque<Object> stack = new ArrayDeque<>();
        while (true) {
            int op = in.get() & 0xff;
            switch (op) {
                case 0x80 -> {
                    int proto = in.get();
                    if (proto != 2) {
                        throw new IllegalStateException("protocol " + proto);
                    }
                }
                case 'c' -> stack.push(new Global(line(in), line(in)));
                case '(' -> stack.push(MARK);
                case ')' -> stack.push(List.of());
                case 't' -> stack.push(popToMark(stack));
                case 'X' -> {
                    byte[] b = new byte[in.getInt()];
                    in.get(b);
                    stack.push(new String(b, StandardCharsets.UTF_8));
                }
                case 'J' -> stack.push((long) in.getInt());
                case 0x89 -> stack.push(Boolean.FALSE);
                case 'Q' -> stack.push(new PersistentId(asList(stack.pop())));
                case 'R' -> {
                    List<Object> args = asList(stack.pop());
                    Global g = (Global) stack.pop();
                    if (g.equals(new Global("collections", "OrderedDict")) && args.isEmpty()) {
                        stack.push(new LinkedHashMap<String, Object>());
                    } else {
                        stack.push(new Call(g, args));
                    }
                }
                case 'u' -> {
                    List<Object> items = popToMark(stack);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> dict = (Map<String, Object>) stack.peek();
                    for (int i = 0; i < items.size(); i += 2) {
                        dict.put((String) items.get(i), items.get(i + 1));
                    }
                }
                case '.' -> {
                    if (stack.size() != 1 || in.hasRemaining()) {
                        throw new IllegalStateException("STOP with " + stack.size() + " values and "
                                + in.remaining() + " bytes left");
                    }
                    return stack.pop();
                }
                default -> throw new IllegalStateException("unexpected opcode 0x" + Integer.toHexString(op)
                        + " at " + (in.position() - 1));
            }
        }
    }

    private static String line(ByteBuffer in) {
        StringBuilder sb = new StringBuilder();
        for (byte b; (b = in.get()) != '\n'; ) {
            sb.append((char) b);
        }
        return sb.toString();
    }

    private static List<Object> popToMark(Deque<Object> stack) {
        List<Object> items = new ArrayList<>();
        for (Object o; (o = stack.pop()) != MARK; ) {
            items.add(0, o);
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o) {
        return (List<Object>) o;
    }
}
