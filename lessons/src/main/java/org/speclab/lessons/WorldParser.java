package org.speclab.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.snakeyaml.engine.v2.nodes.Node;
import org.speclab.engine.scenario.WorldSpec;
import org.speclab.engine.scenario.WorldSpec.FileSpec;
import org.speclab.engine.scenario.WorldSpec.InodeSpec;
import org.speclab.engine.scenario.WorldSpec.UprobeSpec;
import org.speclab.engine.scenario.WorldSpec.VmaSpec;

/** Reads {@code world:} into a {@link WorldSpec}: names unique and resolved, VMAs page-aligned and disjoint. */
final class WorldParser {
    static final List<String> KEYS = List.of("seq", "inodes", "files", "vmas", "uprobes");
    static final int DEFAULT_SEQ = 2;
    static final int MAX_ENTRIES = Limits.WORLD_ENTRIES;
    private static final List<String> FILE_KEYS = List.of("name", "inode", "open", "backing");
    private static final List<String> VMA_KEYS = List.of("start", "end", "file", "pgoff");
    private static final List<String> UPROBE_KEYS = List.of("name", "inode", "offset", "installed");

    private final Nodes n;
    private final Map<String, Where> inodes = new LinkedHashMap<>();
    private final Map<String, FileSpec> files = new LinkedHashMap<>();
    private final Map<String, UprobeSpec> uprobes = new LinkedHashMap<>();
    private final List<VmaSpec> vmas = new ArrayList<>();
    private final List<Where> vmaWheres = new ArrayList<>();
    private long seq = DEFAULT_SEQ;
    private Node seqNode;

    private WorldParser(Nodes n) { this.n = n; }

    /** The world of the valid entries; problems recorded for the rest. */
    static WorldParser parse(Nodes n, Node world) {
        WorldParser p = new WorldParser(n);
        n.mapping(world, "world", KEYS).ifPresent(p::read);
        return p;
    }

    WorldSpec spec() {
        List<InodeSpec> is = inodes.keySet().stream().map(InodeSpec::new).toList();
        return new WorldSpec(is, List.copyOf(files.values()), vmas, List.copyOf(uprobes.values()), (int) seq);
    }

    boolean hasInode(String name) { return inodes.containsKey(name); }

    boolean hasFile(String name) { return files.containsKey(name); }

    boolean hasUprobe(String name) { return uprobes.containsKey(name); }

    List<String> inodeNames() { return List.copyOf(inodes.keySet()); }

    List<String> fileNames() { return List.copyOf(files.keySet()); }

    List<String> uprobeNames() { return List.copyOf(uprobes.keySet()); }

    long seq() { return seq; }

    /** The {@code seq:} node, for problems that need the knobs (seq-bits); null when left at the default. */
    Node seqNode() { return seqNode; }

    private void read(Nodes.Fields f) {
        f.get("seq").ifPresent(s -> {
            seqNode = s;
            OptionalLong v = n.number(s, "world.seq");
            if (v.isEmpty()) return;
            if (v.getAsLong() > 0xffff_fffeL) {
                n.problem(s, "world.seq " + v.getAsLong() + " is out of range: mm_lock_seq is a 32-bit count",
                        "write an even number from 0 to 4294967294 (0xfffffffe)");
                return;
            }
            if (v.getAsLong() % 2 != 0) {
                n.problem(s, "world.seq must be even: an odd mm_lock_seq means a writer holds mmap_lock, and none does at the start",
                        "write an even number such as 2; let a thread run `mmap-write-lock` to start with a writer");
                return;
            }
            seq = v.getAsLong();
        });
        f.get("inodes").flatMap(i -> list(i, "world.inodes")).ifPresent(this::readInodes);
        f.get("files").flatMap(i -> list(i, "world.files")).ifPresent(l -> l.forEach(this::readFile));
        f.get("vmas").flatMap(i -> list(i, "world.vmas")).ifPresent(l -> l.forEach(this::readVma));
        f.get("uprobes").flatMap(i -> list(i, "world.uprobes")).ifPresent(l -> l.forEach(this::readUprobe));
    }

    /** A world list, cut at {@link #MAX_ENTRIES}: a lesson shows a few objects, and the checker explores them all. */
    private Optional<List<Node>> list(Node node, String what) {
        return n.list(node, what).map(l -> {
            if (l.size() <= MAX_ENTRIES) return l;
            n.problem(l.get(MAX_ENTRIES), what + " has more than " + MAX_ENTRIES + " entries", "a lesson needs only a few; remove some");
            return l.subList(0, MAX_ENTRIES);
        });
    }

    private void readInodes(List<Node> list) {
        for (Node i : list) {
            n.name(i, "inode name").ifPresent(name -> {
                if (inodes.containsKey(name)) n.problem(i, "inode '" + name + "' is declared twice", "remove one of them");
                else inodes.put(name, n.where(i));
            });
        }
    }

    private void readFile(Node entry) {
        n.mapping(entry, "a world.files entry", FILE_KEYS).ifPresent(f -> {
            Optional<String> name = f.require("name", "name: f1").flatMap(v -> n.name(v, "file name"));
            Optional<String> inode = f.require("inode", "inode: libfoo").flatMap(v -> inodeRef(v));
            boolean open = f.get("open").flatMap(v -> n.bool(v, "open")).orElse(false);
            boolean backing = f.get("backing").flatMap(v -> n.bool(v, "backing")).orElse(false);
            if (name.isEmpty()) return;
            if (name.get().equals("anon")) {
                n.problem(f.get("name").orElseThrow(), "'anon' is not a file name: operations use it for anonymous memory", "pick another name");
            } else if (files.containsKey(name.get())) {
                n.problem(f.get("name").orElseThrow(), "file '" + name.get() + "' is declared twice", "give each file its own name");
            } else {
                // kept even with a bad inode (already reported), so VMAs naming it do not report it again
                files.put(name.get(), new FileSpec(name.get(), inode.orElse(null), open, backing));
            }
        });
    }

    private Optional<String> inodeRef(Node v) {
        Optional<String> name = n.name(v, "inode");
        if (name.isPresent() && !inodes.containsKey(name.get())) {
            n.problem(v, "unknown inode '" + name.get() + "'", inodes.isEmpty() ? "declare it under world.inodes"
                    : Suggest.fix(name.get(), inodes.keySet(), "inodes") + ", or declare it under world.inodes");
            return Optional.empty();
        }
        return name;
    }

    private void readVma(Node entry) {
        n.mapping(entry, "a world.vmas entry", VMA_KEYS).ifPresent(f -> {
            OptionalLong start = f.require("start", "start: 0x400000").map(v -> address(v, "start")).orElse(OptionalLong.empty());
            OptionalLong end = f.require("end", "end: 0x404000").map(v -> address(v, "end")).orElse(OptionalLong.empty());
            long pgoff = f.get("pgoff").map(v -> n.number(v, "pgoff")).orElse(OptionalLong.of(0)).orElse(-1);
            String file = null;
            boolean fileOk = true;
            Optional<Node> fileNode = f.get("file");
            if (fileNode.isPresent()) {
                Optional<String> name = n.name(fileNode.get(), "file");
                fileOk = name.isPresent();
                if (name.isPresent() && !name.get().equals("anon")) {
                    if (files.containsKey(name.get())) {
                        file = name.get();
                    } else {
                        fileOk = false;
                        n.problem(fileNode.get(), "unknown file '" + name.get() + "'", files.isEmpty() ? "declare it under world.files"
                                : Suggest.fix(name.get(), files.keySet(), "files") + ", or declare it under world.files");
                    }
                }
            }
            if (start.isEmpty() || end.isEmpty() || pgoff < 0 || !fileOk) return;
            if (end.getAsLong() <= start.getAsLong()) {
                n.problem(f.get("end").orElseThrow(), "the VMA ends at " + Numbers.hex(end.getAsLong()) + ", not after its start "
                        + Numbers.hex(start.getAsLong()), "make end greater than start");
                return;
            }
            Where w = n.where(entry);
            for (int i = 0; i < vmas.size(); i++) {
                VmaSpec o = vmas.get(i);
                if (start.getAsLong() < o.end() && o.start() < end.getAsLong()) {
                    n.problem(w, "VMA [" + Numbers.hex(start.getAsLong()) + ", " + Numbers.hex(end.getAsLong()) + ") overlaps VMA ["
                            + Numbers.hex(o.start()) + ", " + Numbers.hex(o.end()) + ") declared at line " + vmaWheres.get(i).line(),
                            "VMAs of one mm never overlap; move or shorten one of them");
                    return;
                }
            }
            vmas.add(new VmaSpec(start.getAsLong(), end.getAsLong(), file, pgoff));
            vmaWheres.add(w);
        });
    }

    private OptionalLong address(Node v, String what) {
        OptionalLong a = n.number(v, what);
        if (a.isPresent() && !Numbers.aligned(a.getAsLong())) {
            n.problem(v, "VMA " + what + " " + Numbers.hex(a.getAsLong()) + " is not page-aligned",
                    "use a multiple of 0x1000, e.g. " + Numbers.hex(a.getAsLong() & ~(Numbers.PAGE - 1)));
            return OptionalLong.empty();
        }
        return a;
    }

    private void readUprobe(Node entry) {
        n.mapping(entry, "a world.uprobes entry", UPROBE_KEYS).ifPresent(f -> {
            Optional<String> name = f.require("name", "name: u1").flatMap(v -> n.name(v, "uprobe name"));
            Optional<String> inode = f.require("inode", "inode: libfoo").flatMap(this::inodeRef);
            OptionalLong offset = f.require("offset", "offset: 0x1100").map(v -> n.number(v, "offset")).orElse(OptionalLong.empty());
            boolean installed = f.get("installed").flatMap(v -> n.bool(v, "installed")).orElse(true);
            if (name.isEmpty()) return;
            if (uprobes.containsKey(name.get())) {
                n.problem(f.get("name").orElseThrow(), "uprobe '" + name.get() + "' is declared twice", "give each uprobe its own name");
                return;
            }
            if (inode.isEmpty() || offset.isEmpty()) {
                // kept (its problem is reported), so operations naming it do not report it again
                uprobes.put(name.get(), new UprobeSpec(name.get(), null, -1, installed));
                return;
            }
            for (UprobeSpec u : uprobes.values()) {
                if (inode.get().equals(u.inode()) && u.offset() == offset.getAsLong()) {
                    n.problem(entry, "uprobe '" + name.get() + "' has the same (inode, offset) as '" + u.name() + "'",
                            "the uprobes tree holds one uprobe per (inode, offset); remove one");
                    return;
                }
            }
            uprobes.put(name.get(), new UprobeSpec(name.get(), inode.get(), offset.getAsLong(), installed));
        });
    }
}
