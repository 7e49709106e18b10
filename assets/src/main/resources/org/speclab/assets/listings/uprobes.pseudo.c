           // SpecLab's own teaching pseudo-C. NOT kernel source.
           // Modelled on kernel/events/uprobes.c and mm/mmap_lock,
           // Linux 6.14. Names are the kernel's; the code is ours.
           //
           // Left column: [X] marks the line of one atomic engine step.
           // Unlabelled lines are comments, glue, or calls whose steps
           // are labelled where the called function is listed.

           // ══ The probed thread ══════════════════════════════════

           // ── handle_swbp(): the thread hit a uprobe's int3 ───────
           // uprobe_notify_resume() calls it on the way to user mode.
           void handle_swbp(struct pt_regs *regs)
           {
               struct uprobe *uprobe;
               unsigned long bp_vaddr;
               int is_swbp;

[H0]           bp_vaddr = uprobe_get_swbp_addr(regs);
[H1]           rcu_read_lock_trace();    // no found uprobe is freed
                                         // until the unlock below
               uprobe = find_active_uprobe_rcu(bp_vaddr, &is_swbp);

[H2]           if (uprobe) {
                   // restart unless UPROBE_COPY_INSN is set, then
                   // run the consumers and emulate (nop) or
                   // single-step the saved original instruction:
                   // pre_ssout() first takes a ref, try_get_uprobe()
                   // (refcount 0: a dying uprobe, restart instead)
                   handler_chain(uprobe, regs);
               } else if (is_swbp > 0) {
                   force_sig(SIGTRAP);   // a real int3, not a uprobe
               } else {                  // the breakpoint went away:
                   instruction_pointer_set(regs, bp_vaddr); // re-run
               }
[H3]           rcu_read_unlock_trace();  // now uprobes may be freed
           }

           // Not emulated (insn=single-step): the single-step trap
           // ends it later and drops pre_ssout()'s reference.
           static void handle_singlestep(struct uprobe_task *utask)
           {
[SS]           put_uprobe(utask->active_uprobe); // last: free_deferred
           }

           // ── find_active_uprobe_rcu(): fast path, then locked ────
           // Caller holds rcu_read_lock_trace().
           static struct uprobe *
           find_active_uprobe_rcu(unsigned long bp_vaddr, int *is_swbp)
           {
               struct mm_struct *mm = current->mm;
               struct vm_area_struct *vma;
               struct uprobe *uprobe;
               struct inode *inode;
               loff_t off;

               uprobe = find_active_uprobe_speculative(bp_vaddr);
               if (uprobe)
                   return uprobe;        // never touched mmap_lock

               // A speculative NULL is never trusted: ask again,
               // this time holding mmap_lock for read.
[L1]           mmap_read_lock(mm);       // sleeps behind writers
[L2]           vma = vma_lookup(mm, bp_vaddr);
               if (vma) {
[L3]               if (vma->vm_file) {   // stable: we hold the lock
                       inode = file_inode(vma->vm_file);
                       off = vaddr_to_offset(vma, bp_vaddr);
                       uprobe = find_uprobe_rcu(inode, off);
                   }
               }
[L4]           if (!uprobe)              // is our int3 still there?
                   *is_swbp = vma ? is_trap_at_addr(mm, bp_vaddr)
                                  : -EFAULT;
[L5]           if (!uprobe && test_and_clear_bit(MMF_RECALC_UPROBES,
                                                 &mm->flags))
                   mmf_recalc_uprobes(mm);  // redo MMF_HAS_UPROBES
[L6]           mmap_read_unlock(mm);
               return uprobe;
           }

           // ── find_active_uprobe_speculative(): no lock, no ref ───
           // Any load below may hit memory a writer is changing or
           // has freed; only the seqcount check at the end tells
           // whether what was read belongs together.
           static struct uprobe *
           find_active_uprobe_speculative(unsigned long bp_vaddr)
           {
               struct mm_struct *mm = current->mm;
               struct vm_area_struct *vma;
               struct file *file;
               struct inode *inode;
               struct uprobe *uprobe;
               unsigned long pgoff, start;
               unsigned int seq;
               loff_t off;

[S1]           rcu_read_lock();          // guard(rcu)() in the kernel:
                                         // call_rcu'd VMAs and empty
                                         // typesafe slab pages wait
                                         // for us; a freed file slot
                                         // may be reused at once
[S2]           if (!mmap_lock_speculate_try_begin(mm, &seq))
                   goto fail;            // odd: a writer is inside
[S3]           vma = vma_lookup(mm, bp_vaddr);   // a pointer only
               if (!vma)
                   goto fail;
[S4]           file = READ_ONCE(vma->vm_file);   // takes no reference
               if (!file)
                   goto fail;            // anonymous memory
               // S5..S7 are plain loads with no barrier between them
[S5]           pgoff = vma->vm_pgoff;
[S6]           start = vma->vm_start;
[S7]           inode = file->f_inode;    // a key: never dereferenced
               // inline, not vaddr_to_offset(): shift, then cast
[S8]           off = (loff_t)(pgoff << PAGE_SHIFT) + (bp_vaddr - start);
               uprobe = find_uprobe_rcu(inode, off);
               if (!uprobe)
                   goto fail;
[S9]           if (mmap_lock_speculate_retry(mm, seq))
                   goto fail;            // a writer ran: trust nothing
[S10]          rcu_read_unlock();
               return uprobe;            // hit, without mmap_lock
           fail:
[S_FAIL]       rcu_read_unlock();
               return NULL;              // the caller takes the lock
           }

           // The engine is sequentially consistent: it stands in
           // for the smp_rmb() in try_begin/retry and the writer's
           // smp_wmb() (S5..S7 may be plain loads: KCSAN is told by
           // kcsan_atomic_next(KCSAN_SEQLOCK_REGION_MAX)).
           // mmap_lock_speculate_try_begin(mm, &seq):
           //     seq = mm->mm_lock_seq; returns true iff seq is even.
           //     Never spins: odd means a writer holds mmap_lock, and
           //     waiting for it costs as much as taking the lock.
           //     !CONFIG_PER_VMA_LOCK: always false (never speculate).
           // mmap_lock_speculate_retry(mm, seq):
           //     returns true iff mm->mm_lock_seq != seq: a write
           //     section began since try_begin, so the reads are void.
           //     !CONFIG_PER_VMA_LOCK: always true.

           // ── find_uprobe_rcu(): lockless rb-tree lookup ──────────
           // uprobes_tree is sorted by (inode ADDRESS, offset). A walk
           // racing a tree writer can miss, never find a wrong one.
           struct uprobe *
           find_uprobe_rcu(struct inode *inode, loff_t off)
           {
               struct uprobe *uprobe;
               unsigned int seq;

               do {
[T1]               seq = read_seqcount_begin(&uprobes_seqcount);
                   // odd: spin (!RT) or wait on uprobes_treelock (RT)
[T2]               uprobe = rb_find_rcu(key(inode, off), &uprobes_tree);
                   if (uprobe)
                       return uprobe;    // a hit needs no re-check
[T3]           } while (read_seqcount_retry(&uprobes_seqcount, seq));
               return NULL;              // missed, and no writer ran
           }

           // ══ Writers ════════════════════════════════════════════

           // ── mmap_write_lock() / unlock() / downgrade() ──────────
           // mm_lock_seq is odd exactly while a write section runs,
           // and moves by 2 per section; 32-bit on every arch.
           void mmap_write_lock(struct mm_struct *mm)
           {
[WL1]          down_write(&mm->mmap_lock);   // waits for everyone
[WL2]          mm->mm_lock_seq++;            // now odd
           }

           void mmap_write_unlock(struct mm_struct *mm)
           {
[WU1]          mm->mm_lock_seq++;    // even: vma_end_write_all()
[WU2]          up_write(&mm->mmap_lock);     // wakes the waiters
           }

           void mmap_write_downgrade(struct mm_struct *mm)
           {
[WD1]          mm->mm_lock_seq++;    // even, but we are not done!
[WD2]          downgrade_write(&mm->mmap_lock);  // writer -> reader
           }

           // ── helpers of the VMA writers ──────────────────────────
           void vma_start_write(struct vm_area_struct *vma)
           {
[VSW]          vma->vm_lock_seq = mm->mm_lock_seq;  // VMA locked
           }

           void remove_vma(struct vm_area_struct *vma)
           {
[FPUT]         if (vma->vm_file) fput(vma->vm_file);
               // the last fput frees nothing yet: it queues __fput()
               // with task_work_add(TWA_RESUME), run on the way out
[VFREE]        vm_area_free(vma);   // call_rcu(): kept until a GP
           }

           // ── task_work_run(): on the way back to user space ──────
           // runs the __fput() each last fput() queued; for munmap
           // that is after vm_area_free() and mmap_read_unlock()
           static void __fput(struct file *file)
           {
               // ->release(), dput(): may drop the inode's last ref
[TW]           file_free(file);  // filp is SLAB_TYPESAFE_BY_RCU:
                                 // the slot may be reused at once;
                                 // kmem_cache_free queues no GP
           }

           // ── munmap(): do_vmi_align_munmap() ─────────────────────
           int do_vmi_align_munmap(..., start, end)
           {
               mmap_write_lock(mm);                   // WL1 WL2
               __split_vma() at start and at end;     // SPL SPH
               for each vma in [start, end)
                   vma_start_write(vma);              // VSW
[MU2]          vma_iter_clear_gfp(&vmi, start, end);  // one store
               // new lookups find nothing; old pointers still work
               // vms_complete_munmap_vmas():
               mmap_write_downgrade(mm);              // WD1 WD2
               // the count is even again, the VMAs are not freed yet
               // vms_clear_ptes() -> unmap_vmas(), read-locked;
               // for each detached vma, unmap_single_vma():
[MU3]          if (vma->vm_file)
                   uprobe_munmap(vma, start, end);  // may set RECALC
[MU4]          unmap_page_range(...);  // zap its page tables
               for each detached vma
                   remove_vma(vma);                   // FPUT VFREE
[RU]           mmap_read_unlock(mm);
           }   // the file is freed on return to user space: TW

           // ── __split_vma(vma, addr, new_below) ───────────────────
           // The old VMA is changed IN PLACE while the tree still
           // maps its old range to it: between SPL3 and SPL4 a
           // lockless reader sees a new vm_start, an old vm_pgoff.
           int __split_vma(vmi, vma, addr, new_below)
           {
               if (new_below) {          // new gets [vm_start, addr)
[SPL1]             new = vm_area_dup(vma);   // + get_file()
                   new->vm_end = addr;
[SPL2]             vma_start_write(vma); vma_start_write(new);
[SPL3]             vma->vm_start = addr;
[SPL4]             vma->vm_pgoff += (addr - start) >> PAGE_SHIFT;
[SPL5]             vma_complete(...);  // tree: [start, addr) -> new
               } else {                  // new gets [addr, vm_end)
[SPH1]             new = vm_area_dup(vma);   // + get_file()
                   new->vm_start = addr;
                   new->vm_pgoff += (addr - start) >> PAGE_SHIFT;
[SPH2]             vma_start_write(vma); vma_start_write(new);
[SPH3]             vma->vm_end = addr;
[SPH4]             vma_complete(...);  // tree: [addr, end) -> new
               }
           }

           // ── mmap(MAP_FIXED) of a file: mmap_region() ────────────
           unsigned long mmap_region(file, addr, len, pgoff)
           {
               mmap_write_lock(mm);                   // WL1 WL2
               __split_vma() at addr and addr + len;  // SPL SPH
               for each old vma in [addr, addr + len)
                   vma_start_write(old);              // VSW
[MM2]          vma = vm_area_alloc(mm);  // range and pgoff set,
               vma->vm_file = get_file(file);  // all before it is
                                               // visible in the tree
               vma_start_write(vma);                  // VSW
[MM4]          vma_iter_store(&vmi, vma);  // replaces old: 1 store
               // __mmap_complete(): first vms_complete_munmap_vmas()
               for each old vma
                   remove_vma(old);                   // FPUT VFREE
               // then the new mapping's breakpoints
[MM5]          uprobe_mmap(vma);     // int3 at uprobes in range
               mmap_write_unlock(mm);                 // WU1 WU2
           }

           // ── mremap(MREMAP_MAYMOVE | MREMAP_FIXED): move_vma() ──
           unsigned long move_vma(vma, old, len, new_addr)
           {
               mmap_write_lock(mm);                   // WL1 WL2
               __split_vma() at old and old + len;    // SPL SPH
               // copy_vma(): a copy of vma at the new address
[MR1]          new = vm_area_dup(vma);   // same file (get_file)
               new->vm_start = new_addr; new->vm_pgoff = pgoff;
[MR2]          vma_link(mm, new);    // tree: new range -> new
               // move_vma(): the old range goes, in one step with
               // installing the probes of the new range
[MR3]          vma_iter_clear(old range); uprobe_mmap(new);
               remove_vma(vma);                       // FPUT VFREE
               mmap_write_unlock(mm);                 // WU1 WU2
           }

           // ── mprotect(): do_mprotect_pkey() ──────────────────────
           int do_mprotect_pkey(start, len, prot)
           {
               mmap_write_lock(mm);                   // WL1 WL2
               __split_vma() at start and at end;     // SPL SPH
[MP1]          vm_flags_reset(vma, newflags);  // lookups ignore it
               mmap_write_unlock(mm);                 // WU1 WU2
           }

           // ── fork(): dup_mmap() ──────────────────────────────────
           // Write-locks the PARENT's mm but changes nothing in it:
           // the count still moves by 2, so speculations fall back.
           int dup_mmap(struct mm_struct *mm, struct mm_struct *oldmm)
           {
               mmap_write_lock(oldmm);                // WL1 WL2
[FK1]          for each vma of oldmm: copy it into mm;
               mmap_write_unlock(oldmm);              // WU1 WU2
           }

           // ── files and inodes: no mm lock at all ─────────────────
           // open(): do_filp_open() gets a struct file from the slab
[OPEN]         file = alloc_empty_file(flags, cred);
               // maybe a freed file's slot! init_file() sets
               // f_inode = NULL first: a reader of the reused slot
               // may load NULL (a miss, then fallback)
               // do_dentry_open(file, ...):
[OPEN2]        file->f_inode = inode;  // now another file's inode

           // close(): the descriptor's reference goes
[CLOSE]        fput(file);           // VMAs may still hold refs;
                                     // the last one defers to TW

           // unlink + last dput(): the dentry's inode ref goes
[IPUT]         iput(inode);    // last ref: destroy_inode -> call_rcu

           // creat(): a new file gets a new inode
[IALLOC]       inode = new_inode(sb);  // may get a freed address

           // ── uprobe_register(inode, offset, uc) ──────────────────
           struct uprobe *uprobe_register(inode, offset, uc)
           {
[UR1]          uprobe = alloc_uprobe(inode, offset);  // ref = 1;
                                         // the registrant pins inode
[UR2]          write_lock(&uprobes_treelock);
               write_seqcount_begin(&uprobes_seqcount);   // odd
[UR3]          insert_uprobe(uprobe);    // rb_find_add_rcu()
[UR4]          write_seqcount_end(&uprobes_seqcount);     // even
               write_unlock(&uprobes_treelock);
               // register_for_each_vma(): each mm mapping inode@offset
               mmap_write_lock(mm);                   // WL1 WL2
[UR5]          install_breakpoint(uprobe, mm, vma, vaddr);
               // first time: copy the insn, set UPROBE_COPY_INSN;
               // then set MMF_HAS_UPROBES, then set_swbp(): int3
               mmap_write_unlock(mm);                 // WU1 WU2
           }

           // ── uprobe_unregister_nosync(uprobe, uc) ────────────────
           // The caller then runs uprobe_unregister_sync() before it
           // frees uc: that keeps the consumer; the uprobe's memory
           // is kept by the SRCU -> RCU Tasks Trace chain (UU6).
           void uprobe_unregister_nosync(struct uprobe *uprobe, uc)
           {
               down_write(&uprobe->register_rwsem);
[UU0]          consumer_del(uprobe, uc); // list_del_rcu(): from now
                                     // on handler_chain() runs none
               // register_for_each_vma(): each mm mapping the probe
               mmap_write_lock(mm);                   // WL1 WL2
[UU1]          remove_breakpoint(uprobe, mm, vaddr);  // insn back,
                                     // set_bit(MMF_RECALC_UPROBES)
               mmap_write_unlock(mm);                 // WU1 WU2
               up_write(&uprobe->register_rwsem);
[UU2]          put_uprobe(uprobe);   // ref 0: free_deferred below
           }

           // uprobe_free_deferred(): a work item, after the last put
           static void uprobe_free_deferred(struct work_struct *work)
           {
[UU3]          write_lock(&uprobes_treelock);
               write_seqcount_begin(&uprobes_seqcount);   // odd
[UU4]          rb_erase(&uprobe->rb_node, &uprobes_tree);
[UU5]          write_seqcount_end(&uprobes_seqcount);     // even
               write_unlock(&uprobes_treelock);
[UU6]          call_srcu(...) -> call_rcu_tasks_trace(..., free);
               // kept until every reader in H1..H3 has left
           }

           // back in the probe's owner, after uprobe_unregister():
[UU7]          path_put(&path);      // drop the registrant's pin

           // ══ RCU machinery ══════════════════════════════════════

           // ── grace periods and callbacks ─────────────────────────
           // Each flavour is a kthread. One step does the first of:
           //   1. run a callback whose grace period has ended;
           //   2. end the GP when every reader it waits for is out;
           //   3. start a GP for waiting callbacks: its waitset is
           //      every reader inside a read section right now.
           void rcu_gp_kthread(void)     // rcu_read_lock(): S1..S10
           {                             // frees VMAs, inodes, and
               for (;;)                  // empty typesafe slab pages
[GP]               advance_grace_period_or_run_callback(&rcu);
           }

           void rcu_tasks_trace_kthread(void)   // H1..H3: uprobes
           {
               for (;;)
[GP_TRACE]         advance_grace_period_or_run_callback(&trace);
           }
