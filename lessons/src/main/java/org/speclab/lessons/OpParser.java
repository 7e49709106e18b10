package org.speclab.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.speclab.engine.program.Op;
import org.speclab.lessons.YamlDocument.Word;

/**
 * The operation grammar of lesson threads ({@code munmap 0x400000 0x4000}) into the engine's {@link Op}s. Each bad
 * word is reported at its own column. Names are checked here only for shape; {@link References} resolves them.
 */
final class OpParser {
    /** An operation and the words it was written with (word 0 is the operation's name). */
    record Parsed(Op op, List<Word> words) {
        Where at(int word) { return words.get(Math.min(word, words.size() - 1)).where(); }
    }

    private record Syntax(String usage, String example, int min, int max) {}

    static final Map<String, Syntax> SYNTAX = new LinkedHashMap<>();

    static {
        syntax("uprobe-hit", "ADDR", "uprobe-hit 0x401100", 1, 1);
        syntax("munmap", "ADDR LEN", "munmap 0x400000 0x4000", 2, 2);
        syntax("mmap-fixed", "ADDR LEN FILE|anon [PGOFF]", "mmap-fixed 0x400000 0x4000 f2 0", 3, 4);
        syntax("mremap", "FROM LEN TO", "mremap 0x400000 0x4000 0x800000", 3, 3);
        syntax("mprotect", "ADDR LEN", "mprotect 0x401000 0x3000", 2, 2);
        syntax("open", "FILE INODE [backing]", "open f2 libbar", 2, 3);
        syntax("close", "FILE", "close f1", 1, 1);
        syntax("uprobe-register", "NAME INODE OFFSET", "uprobe-register u4 libfoo 0x1100", 3, 3);
        syntax("uprobe-unregister", "NAME", "uprobe-unregister u1", 1, 1);
        syntax("fork", "", "fork", 0, 0);
        syntax("mmap-write-lock", "", "mmap-write-lock", 0, 0);
        syntax("mmap-write-unlock", "", "mmap-write-unlock", 0, 0);
        syntax("iput", "INODE", "iput libfoo", 1, 1);
        syntax("inode-alloc", "INODE", "inode-alloc libnew", 1, 1);
    }

    private static void syntax(String name, String usage, String example, int min, int max) {
        SYNTAX.put(name, new Syntax(usage, example, min, max));
    }

    private final Nodes n;

    OpParser(Nodes n) { this.n = n; }

    Optional<Parsed> parse(ScalarNode node) {
        List<Word> words = n.doc().words(node);
        if (words.isEmpty()) {
            n.problem(node, "empty operation", "write an operation such as `munmap 0x400000 0x4000`");
            return Optional.empty();
        }
        Word head = words.get(0);
        Syntax s = SYNTAX.get(head.text());
        if (s == null) {
            n.problem(head.where(), "unknown operation '" + head.text() + "'", Suggest.fix(head.text(), SYNTAX.keySet(), "operations"));
            return Optional.empty();
        }
        int args = words.size() - 1;
        if (args < s.min() || args > s.max()) {
            Where w = args > s.max() ? words.get(s.max() + 1).where() : head.where();
            String takes = s.usage().isEmpty() ? "takes no arguments" : "takes " + s.usage();
            n.problem(w, "'" + head.text() + "' " + takes + ", not " + args + " argument" + (args == 1 ? "" : "s"),
                    "write e.g. `" + s.example() + "`");
            return Optional.empty();
        }
        int before = n.problems().count();
        Op op = build(head.text(), words);
        return op == null || n.problems().count() > before ? Optional.empty() : Optional.of(new Parsed(op, words));
    }

    private Op build(String name, List<Word> w) {
        return switch (name) {
            case "uprobe-hit" -> {
                OptionalLong addr = number(w, 1, "ADDR");
                yield addr.isEmpty() ? null : new Op.UprobeHit(addr.getAsLong());
            }
            case "munmap", "mprotect" -> {
                long addr = page(w, 1, "ADDR");
                long len = length(w, 2);
                if (addr < 0 || len < 0) yield null;
                yield name.equals("munmap") ? new Op.Munmap(addr, len) : new Op.Mprotect(addr, len);
            }
            case "mmap-fixed" -> {
                long addr = page(w, 1, "ADDR");
                long len = length(w, 2);
                String file = word(w, 3, "FILE");
                long pgoff = w.size() > 4 ? number(w, 4, "PGOFF").orElse(-1) : 0;
                yield addr < 0 || len < 0 || file == null || pgoff < 0 ? null
                        : new Op.MmapFixed(addr, len, file.equals("anon") ? null : file, pgoff);
            }
            case "mremap" -> mremap(w);
            case "open" -> {
                String file = word(w, 1, "FILE");
                String inode = word(w, 2, "INODE");
                boolean backing = w.size() > 3;
                if (backing && !w.get(3).text().equals("backing")) {
                    n.problem(w.get(3).where(), "the third word of 'open' can only be 'backing', not '" + w.get(3).text() + "'",
                            "write `open f2 libbar backing` for an overlayfs backing file, or leave it out");
                    yield null;
                }
                if (file != null && file.equals("anon")) {
                    n.problem(w.get(1).where(), "'anon' is not a file name: mmap-fixed uses it for anonymous memory", "pick another name");
                    yield null;
                }
                yield file == null || inode == null ? null : new Op.Open(file, inode, backing);
            }
            case "close" -> name(w, 1, "FILE", Op.Close::new);
            case "uprobe-register" -> {
                String un = word(w, 1, "NAME");
                String inode = word(w, 2, "INODE");
                OptionalLong off = number(w, 3, "OFFSET");
                yield un == null || inode == null || off.isEmpty() ? null : new Op.UprobeRegister(un, inode, off.getAsLong());
            }
            case "uprobe-unregister" -> name(w, 1, "NAME", Op.UprobeUnregister::new);
            case "fork" -> new Op.Fork();
            case "mmap-write-lock" -> new Op.MmapWriteLockOp();
            case "mmap-write-unlock" -> new Op.MmapWriteUnlockOp();
            case "iput" -> name(w, 1, "INODE", Op.Iput::new);
            case "inode-alloc" -> name(w, 1, "INODE", Op.InodeAlloc::new);
            default -> throw new IllegalStateException("no builder for " + name);
        };
    }

    private Op mremap(List<Word> w) {
        long from = page(w, 1, "FROM");
        long len = length(w, 2);
        long to = page(w, 3, "TO");
        if (from < 0 || len < 0 || to < 0) return null;
        if (to < from + len && from < to + len) {
            n.problem(w.get(3).where(), "mremap's target [" + Numbers.hex(to) + ", " + Numbers.hex(to + len) + ") overlaps its source ["
                    + Numbers.hex(from) + ", " + Numbers.hex(from + len) + ")", "move it to a free range (MREMAP_FIXED needs disjoint ranges)");
            return null;
        }
        return new Op.Mremap(from, len, to);
    }

    private Op name(List<Word> w, int i, String what, java.util.function.Function<String, Op> make) {
        String s = word(w, i, what);
        return s == null ? null : make.apply(s);
    }

    private String word(List<Word> w, int i, String what) {
        Word word = w.get(i);
        if (!Nodes.NAME.matcher(word.text()).matches()) {
            n.problem(word.where(), what + " '" + word.text() + "' is not a name", "use one word of letters, digits, '.', '_' and '-'");
            return null;
        }
        return word.text();
    }

    private OptionalLong number(List<Word> w, int i, String what) {
        OptionalLong v = Numbers.parse(w.get(i).text());
        if (v.isEmpty()) n.problem(w.get(i).where(), "bad number '" + w.get(i).text() + "' for " + what, Numbers.FIX);
        return v;
    }

    /** A page-aligned address, or -1 after a problem. */
    private long page(List<Word> w, int i, String what) {
        OptionalLong v = number(w, i, what);
        if (v.isEmpty()) return -1;
        if (!Numbers.aligned(v.getAsLong())) {
            n.problem(w.get(i).where(), what + " " + w.get(i).text() + " is not page-aligned",
                    "use a multiple of 0x1000, e.g. " + Numbers.hex(v.getAsLong() & ~(Numbers.PAGE - 1)));
            return -1;
        }
        return v.getAsLong();
    }

    private long length(List<Word> w, int i) {
        long len = page(w, i, "LEN");
        if (len == 0) {
            n.problem(w.get(i).where(), "LEN is 0", "give the length in bytes, a positive multiple of 0x1000");
            return -1;
        }
        return len;
    }

    static List<String> names() { return new ArrayList<>(SYNTAX.keySet()); }
}
