package org.speclab.engine.variant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses {@code knob=value} overrides such as {@code filp-cache=plain-kfree} onto a set of knobs. */
public final class KnobSetting {
    public static final List<String> NAMES = List.of("per-vma-lock", "preempt-rt", "vma-free", "filp-cache",
            "bfilp-cache", "inode-free", "seq-bits", "load-order", "insn");

    private KnobSetting() {}

    /** Applies one override; throws IllegalArgumentException with a message that says what is allowed. */
    public static Knobs apply(Knobs k, String knob, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (knob) {
            case "per-vma-lock" -> k.withPerVmaLock(bool(knob, v));
            case "preempt-rt" -> k.withPreemptRt(bool(knob, v));
            case "vma-free" -> k.withVmaFree(enumOf(Knobs.VmaFree.class, knob, v));
            case "filp-cache" -> k.withFilpCache(enumOf(Knobs.FileFree.class, knob, v));
            case "bfilp-cache" -> k.withBfilpCache(enumOf(Knobs.FileFree.class, knob, v));
            case "inode-free" -> k.withInodeFree(enumOf(Knobs.InodeFree.class, knob, v));
            case "seq-bits" -> k.withSeqBits(number(knob, v));
            case "load-order" -> k.withLoadOrder(order(v));
            case "insn" -> k.withInsn(enumOf(Knobs.Insn.class, knob, v));
            default -> throw new IllegalArgumentException("unknown knob '" + knob + "' (knobs: " + String.join(", ", NAMES) + ")");
        };
    }

    private static boolean bool(String knob, String v) {
        if (v.equals("true") || v.equals("y") || v.equals("yes")) return true;
        if (v.equals("false") || v.equals("n") || v.equals("no")) return false;
        throw new IllegalArgumentException(knob + " must be true or false, not '" + v + "'");
    }

    private static int number(String knob, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n < 2 || n > 32) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(knob + " must be a number from 2 to 32, not '" + v + "'");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String knob, String v) {
        for (E e : type.getEnumConstants()) if (e.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(v)) return e;
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) allowed.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        throw new IllegalArgumentException(knob + " must be one of " + String.join(", ", allowed) + ", not '" + v + "'");
    }

    private static List<Knobs.Load> order(String v) {
        List<Knobs.Load> out = new ArrayList<>();
        for (String part : v.split(",")) out.add(enumOf(Knobs.Load.class, "load-order", part.trim()));
        if (out.size() != 3 || out.stream().distinct().count() != 3)
            throw new IllegalArgumentException("load-order must list pgoff, start and inode once each, e.g. start,pgoff,inode");
        return out;
    }

    /** Every knob as users write it: {@code filp-cache} → {@code typesafe}, … */
    public static java.util.Map<String, String> describe(Knobs k) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("per-vma-lock", "" + k.perVmaLock());
        m.put("preempt-rt", "" + k.preemptRt());
        m.put("vma-free", show(k.vmaFree()));
        m.put("filp-cache", show(k.filpCache()));
        m.put("bfilp-cache", show(k.bfilpCache()));
        m.put("inode-free", show(k.inodeFree()));
        m.put("seq-bits", "" + k.seqBits());
        m.put("load-order", String.join(",", k.loadOrder().stream().map(KnobSetting::show).toList()));
        m.put("insn", show(k.insn()));
        return m;
    }

    /** The knobs of {@code actual} that differ from {@code base}, as overrides. */
    public static java.util.Map<String, String> differences(Knobs base, Knobs actual) {
        java.util.Map<String, String> a = describe(base);
        java.util.Map<String, String> b = describe(actual);
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        b.forEach((k, v) -> { if (!v.equals(a.get(k))) out.put(k, v); });
        return out;
    }

    /** The knob value as users write it, e.g. {@code plain-kfree}. */
    public static String show(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT).replace('_', '-'); }
}
