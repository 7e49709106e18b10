package org.speclab.lessons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.speclab.engine.program.Op;
import org.speclab.engine.scenario.WorldBuilder;

/**
 * Resolves the names operations use: a file closed or mapped must be declared in the world or opened by an
 * {@code open} (in another thread, or earlier in the same one); likewise inodes ({@code inode-alloc}) and uprobes
 * ({@code uprobe-register}). Names an operation creates must be new. The model's caches have a fixed number of
 * spare slots, so a lesson can create only that many objects of each kind.
 */
final class References {
    private final Nodes n;
    private final WorldParser world;
    private final List<ThreadsParser.Draft> threads;
    /** name → thread index that creates it, per kind. */
    private final Map<String, Integer> opened = new HashMap<>();
    private final Map<String, Integer> allocated = new HashMap<>();
    private final Map<String, Integer> registered = new HashMap<>();

    private References(Nodes n, WorldParser world, List<ThreadsParser.Draft> threads) {
        this.n = n;
        this.world = world;
        this.threads = threads;
    }

    static void check(Nodes n, WorldParser world, List<ThreadsParser.Draft> threads) {
        References r = new References(n, world, threads);
        r.collectCreated();
        for (int t = 0; t < threads.size(); t++) r.checkThread(t);
    }

    private void collectCreated() {
        int files = 0;
        int backing = 0;
        int vmas = 0;
        boolean vmasReported = false;
        for (int t = 0; t < threads.size(); t++) {
            for (OpParser.Parsed p : threads.get(t).ops()) {
                vmas += WorldBuilder.newVmas(p.op());
                if (vmas > Limits.NEW_VMAS && !vmasReported) {
                    vmasReported = true;
                    n.problem(p.at(0), "with the operations before it, this one could need " + vmas + " new VMAs; a lesson may need at most "
                            + Limits.NEW_VMAS, "use fewer VMA operations (each splits up to 2 VMAs; mmap-fixed and mremap also allocate one),"
                            + " or split the lesson in two");
                }
                if (p.op() instanceof Op.Open o) {
                    if (world.hasFile(o.file()) || opened.containsKey(o.file()))
                        n.problem(p.at(1), "file '" + o.file() + "' already exists", "open a new name, e.g. f" + (opened.size() + world.fileNames().size() + 1));
                    else if ((o.backing() ? ++backing : ++files) > WorldBuilder.SPARE)
                        n.problem(p.at(0), "more than " + WorldBuilder.SPARE + " opens of " + (o.backing() ? "backing " : "") + "files",
                                "the model's file cache has " + WorldBuilder.SPARE + " spare slots; open fewer files");
                    else opened.put(o.file(), t);
                } else if (p.op() instanceof Op.InodeAlloc a) {
                    if (world.hasInode(a.inode()) || allocated.containsKey(a.inode()))
                        n.problem(p.at(1), "inode '" + a.inode() + "' already exists", "create a new name, e.g. libnew");
                    else if (allocated.size() >= WorldBuilder.SPARE)
                        n.problem(p.at(0), "more than " + WorldBuilder.SPARE + " new inodes", "the model's inode cache has " + WorldBuilder.SPARE + " spare slots");
                    else allocated.put(a.inode(), t);
                } else if (p.op() instanceof Op.UprobeRegister u) {
                    if (world.hasUprobe(u.name()) || registered.containsKey(u.name()))
                        n.problem(p.at(1), "uprobe '" + u.name() + "' already exists", "register a new name, e.g. u" + (registered.size() + world.uprobeNames().size() + 1));
                    else if (registered.size() >= WorldBuilder.SPARE)
                        n.problem(p.at(0), "more than " + WorldBuilder.SPARE + " registered uprobes", "the model's uprobe cache has " + WorldBuilder.SPARE + " spare slots");
                    else registered.put(u.name(), t);
                }
            }
        }
    }

    private void checkThread(int t) {
        Set<String> earlierFiles = new LinkedHashSet<>();
        Set<String> earlierInodes = new LinkedHashSet<>();
        Set<String> earlierUprobes = new LinkedHashSet<>();
        for (OpParser.Parsed p : threads.get(t).ops()) {
            Op op = p.op();
            if (op instanceof Op.Open o) {
                inode(t, p, 2, o.inode(), earlierInodes);
                earlierFiles.add(o.file());
            } else if (op instanceof Op.Close c) {
                file(t, p, 1, c.file(), earlierFiles);
            } else if (op instanceof Op.MmapFixed m && m.file() != null) {
                file(t, p, 3, m.file(), earlierFiles);
            } else if (op instanceof Op.UprobeRegister u) {
                inode(t, p, 2, u.inode(), earlierInodes);
                earlierUprobes.add(u.name());
            } else if (op instanceof Op.UprobeUnregister u) {
                known(t, p, 1, "uprobe", u.name(), world.uprobeNames(), registered, earlierUprobes,
                        "uprobe-register it in an earlier operation, or declare it under world.uprobes");
            } else if (op instanceof Op.Iput i) {
                inode(t, p, 1, i.inode(), earlierInodes);
            } else if (op instanceof Op.InodeAlloc a) {
                earlierInodes.add(a.inode());
            }
        }
    }

    private void file(int t, OpParser.Parsed p, int word, String name, Set<String> earlier) {
        known(t, p, word, "file", name, world.fileNames(), opened, earlier, "open it in an earlier operation, or declare it under world.files");
    }

    private void inode(int t, OpParser.Parsed p, int word, String name, Set<String> earlier) {
        known(t, p, word, "inode", name, world.inodeNames(), allocated, earlier, "inode-alloc it in an earlier operation, or declare it under world.inodes");
    }

    /** Known: in the world, created by another thread, or created earlier in this one. */
    private void known(int t, OpParser.Parsed p, int word, String kind, String name, List<String> inWorld, Map<String, Integer> created,
                       Set<String> earlier, String how) {
        Integer creator = created.get(name);
        if (inWorld.contains(name) || earlier.contains(name) || (creator != null && creator != t)) return;
        List<String> all = new ArrayList<>(inWorld);
        all.addAll(created.keySet());
        String message = creator != null ? kind + " '" + name + "' is used before this thread creates it" : "unknown " + kind + " '" + name + "'";
        String fix = creator != null ? "move the operation that creates it before this one"
                : all.isEmpty() ? how : Suggest.closest(name, all).map(s -> "did you mean '" + s + "'? or " + how).orElse(how);
        n.problem(p.at(word), message, fix);
    }
}
